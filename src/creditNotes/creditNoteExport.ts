import type { CsvColumn } from '../common/csv';
import type { CreditNote } from '../domain/types';

/** The credit notes as the list shows them, with the return each was issued for. */
export const CREDIT_NOTE_EXPORT_COLUMNS: readonly CsvColumn<CreditNote>[] = [
  { label: 'resources.credit-notes.fields.reference', value: (n) => n.reference },
  { label: 'resources.credit-notes.fields.issuedAt', value: (n) => n.issuedAt, format: 'dateTime' },
  {
    label: 'resources.credit-notes.fields.customerId',
    value: (n) => n.customerId,
    format: { reference: 'customers' },
  },
  {
    label: 'resources.credit-notes.fields.origin',
    value: (n) => n.origin,
    format: { enum: 'creditNoteOrigin' },
  },
  {
    label: 'resources.credit-notes.fields.returnId',
    value: (n) => n.returnId,
    format: { reference: 'returns' },
  },
  { label: 'resources.credit-notes.fields.reason', value: (n) => n.reason },
  {
    label: 'resources.credit-notes.fields.amountCents',
    value: (n) => n.amountCents,
    format: 'euros',
  },
  {
    label: 'resources.credit-notes.fields.balanceCents',
    value: (n) => n.balanceCents,
    format: 'euros',
  },
  {
    label: 'resources.credit-notes.fields.status',
    value: (n) => n.status,
    format: { enum: 'creditNoteStatus' },
  },
];
