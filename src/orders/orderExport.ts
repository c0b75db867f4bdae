import type { CsvColumn } from '../common/csv';
import type { Order } from '../domain/types';

/** The orders as the list shows them, with when each left and arrived. */
export const ORDER_EXPORT_COLUMNS: readonly CsvColumn<Order>[] = [
  { label: 'resources.orders.fields.reference', value: (o) => o.reference },
  { label: 'resources.orders.fields.placedAt', value: (o) => o.placedAt, format: 'dateTime' },
  {
    label: 'resources.orders.fields.customerId',
    value: (o) => o.customerId,
    format: { reference: 'customers' },
  },
  {
    label: 'resources.orders.fields.status',
    value: (o) => o.status,
    format: { enum: 'orderStatus' },
  },
  { label: 'resources.orders.fields.totalCents', value: (o) => o.totalCents, format: 'euros' },
  {
    label: 'resources.orders.fields.payment.method',
    value: (o) => o.payment.method,
    format: { enum: 'paymentMethod' },
  },
  {
    label: 'resources.orders.fields.delivery.mode',
    value: (o) => o.delivery.mode,
    format: { enum: 'deliveryMode' },
  },
  { label: 'resources.orders.fields.delivery.carrier', value: (o) => o.delivery.carrier },
  { label: 'resources.orders.fields.promisedBy', value: (o) => o.promisedBy, format: 'date' },
  { label: 'resources.orders.fields.shippedAt', value: (o) => o.shippedAt, format: 'dateTime' },
  {
    label: 'resources.orders.fields.deliveredAt',
    value: (o) => o.deliveredAt,
    format: 'dateTime',
  },
];
