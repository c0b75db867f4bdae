import type { CsvColumn } from '../common/csv';
import type { KlubMember } from '../domain/types';

/** The Klub members as the list shows them. */
export const KLUB_MEMBER_EXPORT_COLUMNS: readonly CsvColumn<KlubMember>[] = [
  { label: 'resources.klub-members.fields.memberNumber', value: (m) => m.memberNumber },
  {
    label: 'resources.klub-members.fields.customerId',
    value: (m) => m.customerId,
    format: { reference: 'customers' },
  },
  {
    label: 'resources.klub-members.fields.kind',
    value: (m) => m.kind,
    format: { enum: 'klubKind' },
  },
  {
    label: 'resources.klub-members.fields.status',
    value: (m) => m.status,
    format: { enum: 'klubStatus' },
  },
  { label: 'resources.klub-members.fields.joinedAt', value: (m) => m.joinedAt, format: 'dateTime' },
  { label: 'resources.klub-members.fields.leftAt', value: (m) => m.leftAt, format: 'dateTime' },
];
