import ReceiptLongIcon from '@mui/icons-material/ReceiptLong';
import { lazy } from 'react';
import type { ResourceProps } from 'react-admin';

export const creditNotes: ResourceProps = {
  name: 'credit-notes',
  icon: ReceiptLongIcon,
  list: lazy(() => import('./CreditNoteList')),
  show: lazy(() => import('./CreditNoteShow')),
  create: lazy(() => import('./CreditNoteCreate')),
  recordRepresentation: 'reference',
};
