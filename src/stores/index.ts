import StorefrontIcon from '@mui/icons-material/Storefront';
import { lazy } from 'react';
import type { ResourceProps } from 'react-admin';

export const stores: ResourceProps = {
  name: 'stores',
  icon: StorefrontIcon,
  list: lazy(() => import('./StoreList')),
  show: lazy(() => import('./StoreShow')),
  edit: lazy(() => import('./StoreEdit')),
  create: lazy(() => import('./StoreCreate')),
  recordRepresentation: 'name',
};
