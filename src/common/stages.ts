import type { SortPayload } from 'react-admin';

/** A tab of a list: the statuses it gathers, and the order that suits its work. */
export interface Stage<Id extends string = string> {
  id: Id;
  statuses: readonly string[];
  sort: SortPayload;
}

/**
 * The statuses a status filter names: a stage of one status filters on the value, a stage of
 * several (or a KPI's list) on the list. What the status multi-select shows.
 */
export const statusesOf = (filter: unknown): string[] => {
  if (filter === undefined || filter === null || filter === '') return [];
  return Array.isArray(filter) ? filter : [String(filter)];
};

const sameStatuses = (filter: unknown, statuses: readonly string[]) => {
  const values = statusesOf(filter);
  return values.length === statuses.length && statuses.every((status) => values.includes(status));
};

/** The stage whose statuses the status filter names exactly, if any. */
export const stageOf = <S extends Stage>(stages: readonly S[], statusFilter: unknown) =>
  stages.find((stage) => sameStatuses(statusFilter, stage.statuses));

/** The status filter of a stage: one value, or any of several. */
export const stageFilter = ({ statuses }: Stage) =>
  statuses.length === 1 ? statuses[0] : [...statuses];
