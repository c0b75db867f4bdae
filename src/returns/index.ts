import AssignmentReturnIcon from '@mui/icons-material/AssignmentReturn';
import type { ResourceProps } from 'react-admin';
import { lazyPage } from '../common/lazyPage';
import type { Pages } from '../pages';

/** The views' modules: loaded when first shown, or earlier by `preloadPage` and `prefetchPages`. */
export const returnPages = {
  list: () => import('./ReturnList'),
  show: () => import('./ReturnShow'),
  create: () => import('./create/ReturnCreate'),
} satisfies Pages;

export const returns: ResourceProps = {
  name: 'returns',
  icon: AssignmentReturnIcon,
  list: lazyPage(returnPages.list),
  show: lazyPage(returnPages.show),
  create: lazyPage(returnPages.create),
  recordRepresentation: 'reference',
};
