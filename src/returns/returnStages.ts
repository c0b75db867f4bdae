import type { Stage } from '../common/stages';

/** The tabs of the returns list: what the warehouse awaits, what support owes, what is done. */
export const RETURN_STAGES: readonly Stage[] = [
  { id: 'to_receive', statuses: ['authorised'], sort: { field: 'requestedAt', order: 'ASC' } },
  // Sorted by the promise: the overdue refunds come first.
  { id: 'to_refund', statuses: ['received'], sort: { field: 'refundDueBy', order: 'ASC' } },
  {
    id: 'closed',
    statuses: ['refunded', 'credited', 'rejected', 'cancelled'],
    sort: { field: 'requestedAt', order: 'DESC' },
  },
];
