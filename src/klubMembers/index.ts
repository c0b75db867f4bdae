import LoyaltyIcon from '@mui/icons-material/Loyalty';
import type { ResourceProps } from 'react-admin';
import { lazyPage } from '../common/lazyPage';
import type { Pages } from '../pages';

/** The views' modules: loaded when first shown, or earlier by `preloadPage` and `prefetchPages`. */
export const klubMemberPages = {
  list: () => import('./KlubMemberList'),
  show: () => import('./KlubMemberShow'),
} satisfies Pages;

export const klubMembers: ResourceProps = {
  name: 'klub-members',
  icon: LoyaltyIcon,
  list: lazyPage(klubMemberPages.list),
  show: lazyPage(klubMemberPages.show),
  recordRepresentation: 'memberNumber',
};
