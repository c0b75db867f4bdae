import type { CsvColumn } from '../common/csv';
import type { Customer } from '../domain/types';

/** The customers as the list shows them, the hidden columns included, names in two cells. */
export const CUSTOMER_EXPORT_COLUMNS: readonly CsvColumn<Customer>[] = [
  { label: 'resources.customers.fields.lastName', value: (c) => c.lastName },
  { label: 'resources.customers.fields.firstName', value: (c) => c.firstName },
  { label: 'resources.customers.fields.email', value: (c) => c.email },
  { label: 'resources.customers.fields.phone', value: (c) => c.phone },
  {
    label: 'resources.customers.fields.klubMemberId',
    value: (c) => c.klubMemberId,
    format: { reference: 'klub-members' },
  },
  { label: 'resources.customers.fields.newsletter', value: (c) => c.newsletter, format: 'yesNo' },
  {
    label: 'resources.customers.fields.creditBalanceCents',
    value: (c) => c.creditBalanceCents,
    format: 'euros',
  },
  { label: 'resources.customers.fields.ordersCount', value: (c) => c.ordersCount },
  {
    label: 'resources.customers.fields.totalSpentCents',
    value: (c) => c.totalSpentCents,
    format: 'euros',
  },
  {
    label: 'resources.customers.fields.lastOrderAt',
    value: (c) => c.lastOrderAt,
    format: 'dateTime',
  },
  { label: 'resources.customers.fields.createdAt', value: (c) => c.createdAt, format: 'date' },
];
