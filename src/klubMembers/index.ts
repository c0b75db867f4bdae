import LoyaltyIcon from '@mui/icons-material/Loyalty';
import { lazy } from 'react';
import type { ResourceProps } from 'react-admin';

export const klubMembers: ResourceProps = {
  name: 'klub-members',
  icon: LoyaltyIcon,
  list: lazy(() => import('./KlubMemberList')),
  show: lazy(() => import('./KlubMemberShow')),
  recordRepresentation: 'memberNumber',
};
