import StorefrontIcon from '@mui/icons-material/Storefront';
import type { ResourceProps } from 'react-admin';
import { lazyPage } from '../common/lazyPage';
import type { Pages } from '../pages';

/** The views' modules: loaded when first shown, or earlier by `preloadPage` and `prefetchPages`. */
export const storePages = {
  list: () => import('./StoreList'),
  show: () => import('./StoreShow'),
  edit: () => import('./StoreEdit'),
  create: () => import('./StoreCreate'),
} satisfies Pages;

export const stores: ResourceProps = {
  name: 'stores',
  icon: StorefrontIcon,
  list: lazyPage(storePages.list),
  show: lazyPage(storePages.show),
  edit: lazyPage(storePages.edit),
  create: lazyPage(storePages.create),
  recordRepresentation: 'name',
};
