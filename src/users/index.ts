import ManageAccountsIcon from '@mui/icons-material/ManageAccounts';
import { lazy } from 'react';
import type { ResourceProps } from 'react-admin';

export const users: ResourceProps = {
  name: 'users',
  icon: ManageAccountsIcon,
  list: lazy(() => import('./UserList')),
  show: lazy(() => import('./UserShow')),
  recordRepresentation: 'fullName',
};
