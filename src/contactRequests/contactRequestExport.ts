import type { CsvColumn } from '../common/csv';
import type { ContactRequest } from '../domain/types';

const label = (field: string) => `resources.contact-requests.fields.${field}`;

/** The requests as the inbox shows them, with what the customer typed and the reply promise. */
export const CONTACT_REQUEST_EXPORT_COLUMNS: readonly CsvColumn<ContactRequest>[] = [
  { label: label('reference'), value: (r) => r.reference },
  { label: label('receivedAt'), value: (r) => r.receivedAt, format: 'dateTime' },
  { label: label('channel'), value: (r) => r.channel, format: { enum: 'contactChannel' } },
  { label: label('network'), value: (r) => r.network, format: { enum: 'socialNetwork' } },
  { label: label('reason'), value: (r) => r.reason, format: { enum: 'contactReason' } },
  { label: label('firstName'), value: (r) => r.firstName },
  { label: label('lastName'), value: (r) => r.lastName },
  { label: label('email'), value: (r) => r.email },
  { label: label('phone'), value: (r) => r.phone },
  { label: label('customerId'), value: (r) => r.customerId, format: { reference: 'customers' } },
  { label: label('orderReference'), value: (r) => r.orderReference },
  { label: label('orderId'), value: (r) => r.orderId, format: { reference: 'orders' } },
  { label: label('orderMismatch'), value: (r) => r.orderMismatch, format: 'yesNo' },
  {
    label: label('status'),
    value: (r) => r.status,
    format: { enum: 'contactRequestStatus' },
  },
  { label: label('assigneeId'), value: (r) => r.assigneeId, format: { reference: 'users' } },
  { label: label('firstReplyDueBy'), value: (r) => r.firstReplyDueBy, format: 'dateTime' },
  { label: label('firstRepliedAt'), value: (r) => r.firstRepliedAt, format: 'dateTime' },
  { label: label('resolvedAt'), value: (r) => r.resolvedAt, format: 'dateTime' },
];
