import type { Stage } from '../common/stages';

const newestFirst = { field: 'placedAt', order: 'DESC' } as const;

/** One tab per status; the orders to ship come oldest first, the promise running. */
export const ORDER_STAGES: readonly Stage[] = [
  { id: 'placed', statuses: ['placed'], sort: { field: 'placedAt', order: 'ASC' } },
  { id: 'shipped', statuses: ['shipped'], sort: { field: 'promisedBy', order: 'ASC' } },
  { id: 'delivered', statuses: ['delivered'], sort: newestFirst },
  { id: 'refused', statuses: ['refused'], sort: newestFirst },
  { id: 'cancelled', statuses: ['cancelled'], sort: newestFirst },
];
