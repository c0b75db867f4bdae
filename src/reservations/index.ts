import EventAvailableIcon from '@mui/icons-material/EventAvailable';
import type { ResourceProps } from 'react-admin';
import { lazyPage } from '../common/lazyPage';
import type { Pages } from '../pages';

/** The views' modules: loaded when first shown, or earlier by `preloadPage` and `prefetchPages`. */
export const reservationPages = {
  list: () => import('./ReservationList'),
  show: () => import('./ReservationShow'),
} satisfies Pages;

export const reservations: ResourceProps = {
  name: 'reservations',
  icon: EventAvailableIcon,
  list: lazyPage(reservationPages.list),
  show: lazyPage(reservationPages.show),
  recordRepresentation: 'reference',
};
