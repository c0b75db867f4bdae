import type { SortPayload } from 'react-admin';
import type { ReturnStatus } from '../domain/types';

export interface ReturnStage {
  id: 'to_receive' | 'to_refund' | 'closed';
  statuses: readonly ReturnStatus[];
  sort: SortPayload;
}

/** The tabs of the returns list: what the warehouse awaits, what support owes, what is done. */
export const RETURN_STAGES: readonly ReturnStage[] = [
  { id: 'to_receive', statuses: ['authorised'], sort: { field: 'requestedAt', order: 'ASC' } },
  // Sorted by the promise: the overdue refunds come first.
  { id: 'to_refund', statuses: ['received'], sort: { field: 'refundDueBy', order: 'ASC' } },
  {
    id: 'closed',
    statuses: ['refunded', 'credited', 'rejected', 'cancelled'],
    sort: { field: 'requestedAt', order: 'DESC' },
  },
];

const sameStatuses = (filter: unknown, statuses: readonly string[]) => {
  const values = Array.isArray(filter) ? filter : [filter];
  return values.length === statuses.length && statuses.every((status) => values.includes(status));
};

/** The stage whose statuses the status filter names exactly, if any. */
export const stageOf = (statusFilter: unknown) =>
  RETURN_STAGES.find((stage) => sameStatuses(statusFilter, stage.statuses));

/** The status filter of a stage: one value, or any of several. */
export const stageFilter = ({ statuses }: ReturnStage) =>
  statuses.length === 1 ? statuses[0] : [...statuses];
