import HistoryIcon from '@mui/icons-material/History';
import type { ResourceProps } from 'react-admin';
import { lazyPage } from '../common/lazyPage';
import { ParisDateField } from '../common/ParisDateField';
import type { Pages } from '../pages';

/** The views' modules: loaded when first shown, or earlier by `preloadPage` and `prefetchPages`. */
export const auditEventPages = {
  list: () => import('./AuditEventList'),
  show: () => import('./AuditEventShow'),
} satisfies Pages;

export const auditEvents: ResourceProps = {
  name: 'audit-events',
  icon: HistoryIcon,
  list: lazyPage(auditEventPages.list),
  show: lazyPage(auditEventPages.show),
  // An event has no reference: it is named by when it happened, not by its id.
  recordRepresentation: <ParisDateField source="at" />,
};
