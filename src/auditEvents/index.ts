import HistoryIcon from '@mui/icons-material/History';
import { lazy } from 'react';
import type { ResourceProps } from 'react-admin';

export const auditEvents: ResourceProps = {
  name: 'audit-events',
  icon: HistoryIcon,
  list: lazy(() => import('./AuditEventList')),
  show: lazy(() => import('./AuditEventShow')),
};
