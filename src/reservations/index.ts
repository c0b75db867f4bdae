import EventAvailableIcon from '@mui/icons-material/EventAvailable';
import { lazy } from 'react';
import type { ResourceProps } from 'react-admin';

export const reservations: ResourceProps = {
  name: 'reservations',
  icon: EventAvailableIcon,
  list: lazy(() => import('./ReservationList')),
  show: lazy(() => import('./ReservationShow')),
  recordRepresentation: 'reference',
};
