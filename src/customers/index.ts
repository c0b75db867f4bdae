import PeopleIcon from '@mui/icons-material/People';
import type { ResourceProps } from 'react-admin';
import { lazyPage } from '../common/lazyPage';
import type { Pages } from '../pages';
import { customerName } from './customerName';

/** The views' modules: loaded when first shown, or earlier by `preloadPage` and `prefetchPages`. */
export const customerPages = {
  list: () => import('./CustomerList'),
  show: () => import('./CustomerShow'),
  edit: () => import('./CustomerEdit'),
} satisfies Pages;

export const customers: ResourceProps = {
  name: 'customers',
  icon: PeopleIcon,
  list: lazyPage(customerPages.list),
  show: lazyPage(customerPages.show),
  edit: lazyPage(customerPages.edit),
  recordRepresentation: customerName,
};
