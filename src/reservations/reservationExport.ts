import type { CsvColumn } from '../common/csv';
import type { Reservation } from '../domain/types';

/** The reservations as the list shows them, the reserved item in its own cells. */
export const RESERVATION_EXPORT_COLUMNS: readonly CsvColumn<Reservation>[] = [
  { label: 'resources.reservations.fields.reference', value: (r) => r.reference },
  {
    label: 'resources.reservations.fields.requestedAt',
    value: (r) => r.requestedAt,
    format: 'dateTime',
  },
  {
    label: 'resources.reservations.fields.confirmBy',
    value: (r) => r.confirmBy,
    format: 'dateTime',
  },
  {
    label: 'resources.reservations.fields.storeId',
    value: (r) => r.storeId,
    format: { reference: 'stores' },
  },
  {
    label: 'resources.reservations.fields.productId',
    value: (r) => r.productId,
    format: { reference: 'products' },
  },
  { label: 'resources.reservations.fields.sku', value: (r) => r.sku },
  { label: 'resources.reservations.fields.size', value: (r) => r.size },
  { label: 'resources.reservations.fields.colour', value: (r) => r.colour },
  { label: 'resources.reservations.fields.quantity', value: (r) => r.quantity },
  {
    label: 'resources.reservations.fields.customerId',
    value: (r) => r.customerId,
    format: { reference: 'customers' },
  },
  {
    label: 'resources.reservations.fields.channel',
    value: (r) => r.channel,
    format: { enum: 'reservationChannel' },
  },
  {
    label: 'resources.reservations.fields.status',
    value: (r) => r.status,
    format: { enum: 'reservationStatus' },
  },
  {
    label: 'resources.reservations.fields.holdUntil',
    value: (r) => r.holdUntil,
    format: 'dateTime',
  },
];
