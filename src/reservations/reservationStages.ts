import type { Stage } from '../common/stages';

/** The tabs of the reservations list: what the store must answer, what it holds, what is done. */
export const RESERVATION_STAGES: readonly Stage[] = [
  // The queue: the most urgent promise first, the missed ones before all.
  { id: 'to_confirm', statuses: ['pending'], sort: { field: 'confirmBy', order: 'ASC' } },
  { id: 'to_collect', statuses: ['confirmed'], sort: { field: 'holdUntil', order: 'ASC' } },
  {
    id: 'closed',
    statuses: ['collected', 'expired', 'unavailable', 'cancelled'],
    sort: { field: 'requestedAt', order: 'DESC' },
  },
];
