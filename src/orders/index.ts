import ShoppingCartIcon from '@mui/icons-material/ShoppingCart';
import type { ResourceProps } from 'react-admin';
import { lazyPage } from '../common/lazyPage';
import type { Pages } from '../pages';

/** The views' modules: loaded when first shown, or earlier by `preloadPage` and `prefetchPages`. */
export const orderPages = {
  list: () => import('./OrderList'),
  show: () => import('./OrderShow'),
} satisfies Pages;

export const orders: ResourceProps = {
  name: 'orders',
  icon: ShoppingCartIcon,
  list: lazyPage(orderPages.list),
  show: lazyPage(orderPages.show),
  recordRepresentation: 'reference',
};
