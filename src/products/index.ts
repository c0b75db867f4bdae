import CheckroomIcon from '@mui/icons-material/Checkroom';
import { lazy } from 'react';
import type { ResourceProps } from 'react-admin';

export const products: ResourceProps = {
  name: 'products',
  icon: CheckroomIcon,
  list: lazy(() => import('./ProductList')),
  show: lazy(() => import('./ProductShow')),
  edit: lazy(() => import('./ProductEdit')),
  create: lazy(() => import('./ProductCreate')),
  recordRepresentation: 'name',
};
