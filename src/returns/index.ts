import AssignmentReturnIcon from '@mui/icons-material/AssignmentReturn';
import { lazy } from 'react';
import type { ResourceProps } from 'react-admin';

export const returns: ResourceProps = {
  name: 'returns',
  icon: AssignmentReturnIcon,
  list: lazy(() => import('./ReturnList')),
  show: lazy(() => import('./ReturnShow')),
  create: lazy(() => import('./create/ReturnCreate')),
  recordRepresentation: 'reference',
};
