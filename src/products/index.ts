import CheckroomIcon from '@mui/icons-material/Checkroom';
import type { ResourceProps } from 'react-admin';
import { lazyPage } from '../common/lazyPage';
import type { Pages } from '../pages';

/** The views' modules: loaded when first shown, or earlier by `preloadPage` and `prefetchPages`. */
export const productPages = {
  list: () => import('./ProductList'),
  show: () => import('./ProductShow'),
  edit: () => import('./ProductEdit'),
  create: () => import('./ProductCreate'),
} satisfies Pages;

export const products: ResourceProps = {
  name: 'products',
  icon: CheckroomIcon,
  list: lazyPage(productPages.list),
  show: lazyPage(productPages.show),
  edit: lazyPage(productPages.edit),
  create: lazyPage(productPages.create),
  recordRepresentation: 'name',
};
