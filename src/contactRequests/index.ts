import ContactSupportIcon from '@mui/icons-material/ContactSupport';
import type { ResourceProps } from 'react-admin';
import { lazyPage } from '../common/lazyPage';
import type { Pages } from '../pages';

/** The views' modules: loaded when first shown, or earlier by `preloadPage` and `prefetchPages`. */
export const contactRequestPages = {
  list: () => import('./ContactRequestList'),
  show: () => import('./ContactRequestShow'),
  create: () => import('./ContactRequestCreate'),
} satisfies Pages;

export const contactRequests: ResourceProps = {
  name: 'contact-requests',
  icon: ContactSupportIcon,
  list: lazyPage(contactRequestPages.list),
  show: lazyPage(contactRequestPages.show),
  create: lazyPage(contactRequestPages.create),
  recordRepresentation: 'reference',
};
