import PeopleIcon from '@mui/icons-material/People';
import { lazy } from 'react';
import type { ResourceProps } from 'react-admin';
import type { Customer } from '../domain/types';

export const customers: ResourceProps = {
  name: 'customers',
  icon: PeopleIcon,
  list: lazy(() => import('./CustomerList')),
  show: lazy(() => import('./CustomerShow')),
  edit: lazy(() => import('./CustomerEdit')),
  recordRepresentation: (customer: Customer) => `${customer.firstName} ${customer.lastName}`,
};
