import type { Stage } from '../common/stages';

/** The tabs of the inbox: what support owes an answer, what waits for the customer, what is done. */
export const CONTACT_REQUEST_STAGES: readonly Stage[] = [
  // The queue, by the reply promise: the overdue requests come first.
  { id: 'to_answer', statuses: ['new', 'open'], sort: { field: 'firstReplyDueBy', order: 'ASC' } },
  {
    id: 'waiting_customer',
    statuses: ['waiting_customer'],
    sort: { field: 'receivedAt', order: 'DESC' },
  },
  { id: 'resolved', statuses: ['resolved'], sort: { field: 'resolvedAt', order: 'DESC' } },
];
