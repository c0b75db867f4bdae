import type { CsvColumn } from '../common/csv';
import type { ReturnAuthorisation } from '../domain/types';

/** The returns as the list shows them, with the return fee and when each was received. */
export const RETURN_EXPORT_COLUMNS: readonly CsvColumn<ReturnAuthorisation>[] = [
  { label: 'resources.returns.fields.reference', value: (r) => r.reference },
  {
    label: 'resources.returns.fields.requestedAt',
    value: (r) => r.requestedAt,
    format: 'dateTime',
  },
  {
    label: 'resources.returns.fields.orderId',
    value: (r) => r.orderId,
    format: { reference: 'orders' },
  },
  {
    label: 'resources.returns.fields.customerId',
    value: (r) => r.customerId,
    format: { reference: 'customers' },
  },
  {
    label: 'resources.returns.fields.status',
    value: (r) => r.status,
    format: { enum: 'returnStatus' },
  },
  {
    label: 'resources.returns.fields.resolution',
    value: (r) => r.resolution,
    format: { enum: 'resolution' },
  },
  {
    label: 'resources.returns.fields.returnShippingFeeCents',
    value: (r) => r.returnShippingFeeCents,
    format: 'euros',
  },
  { label: 'resources.returns.fields.receivedAt', value: (r) => r.receivedAt, format: 'dateTime' },
  {
    label: 'resources.returns.fields.refundAmountCents',
    value: (r) => r.refundAmountCents,
    format: 'euros',
  },
  {
    label: 'resources.returns.fields.refundDueBy',
    value: (r) => r.refundDueBy,
    format: 'dateTime',
  },
  { label: 'resources.returns.fields.refundedAt', value: (r) => r.refundedAt, format: 'dateTime' },
];
