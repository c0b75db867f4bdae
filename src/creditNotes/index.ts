import ReceiptLongIcon from '@mui/icons-material/ReceiptLong';
import type { ResourceProps } from 'react-admin';
import { lazyPage } from '../common/lazyPage';
import type { Pages } from '../pages';

/** The views' modules: loaded when first shown, or earlier by `preloadPage` and `prefetchPages`. */
export const creditNotePages = {
  list: () => import('./CreditNoteList'),
  show: () => import('./CreditNoteShow'),
  create: () => import('./CreditNoteCreate'),
} satisfies Pages;

export const creditNotes: ResourceProps = {
  name: 'credit-notes',
  icon: ReceiptLongIcon,
  list: lazyPage(creditNotePages.list),
  show: lazyPage(creditNotePages.show),
  create: lazyPage(creditNotePages.create),
  recordRepresentation: 'reference',
};
