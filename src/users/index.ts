import ManageAccountsIcon from '@mui/icons-material/ManageAccounts';
import type { ResourceProps } from 'react-admin';
import { lazyPage } from '../common/lazyPage';
import type { Pages } from '../pages';

/** The views' modules: loaded when first shown, or earlier by `preloadPage` and `prefetchPages`. */
export const userPages = {
  list: () => import('./UserList'),
  show: () => import('./UserShow'),
} satisfies Pages;

export const users: ResourceProps = {
  name: 'users',
  icon: ManageAccountsIcon,
  list: lazyPage(userPages.list),
  show: lazyPage(userPages.show),
  recordRepresentation: 'fullName',
};
