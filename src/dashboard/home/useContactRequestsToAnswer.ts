import { useMemo } from 'react';
import { useGetList, useList, type ListControllerResult } from 'react-admin';
import type { ContactRequest } from '../../domain/types';
import type { HomeListQuery } from './useHomeList';

/** The requests support owes an answer, as the inbox's "to answer" tab gathers them. */
export const TO_ANSWER: HomeListQuery = {
  resource: 'contact-requests',
  filter: { status: ['new', 'open'] },
  sort: { field: 'firstReplyDueBy', order: 'ASC' },
};

export const OVERDUE_TO_ANSWER: HomeListQuery = {
  ...TO_ANSWER,
  filter: { ...TO_ANSWER.filter, overdue: true },
};

const SHOWN = 10;

const firstOnes = (overdue: boolean) => ({
  filter: { ...TO_ANSWER.filter, overdue },
  sort: TO_ANSWER.sort,
  pagination: { page: 1, perPage: SHOWN },
});

/**
 * The first requests to answer, those past their reply promise first. By the promise alone, a
 * request answered once and reopened by the customer would come among the overdue ones: its
 * promise is old, but kept.
 */
export function useContactRequestsToAnswer(): {
  list: ListControllerResult;
  overdueTotal: number | undefined;
} {
  const overdue = useGetList<ContactRequest>(TO_ANSWER.resource, firstOnes(true));
  const onTime = useGetList<ContactRequest>(TO_ANSWER.resource, firstOnes(false));
  const isPending = overdue.isPending || onTime.isPending;
  const data = useMemo(
    () =>
      isPending ? undefined : [...(overdue.data ?? []), ...(onTime.data ?? [])].slice(0, SHOWN),
    [isPending, overdue.data, onTime.data],
  );
  const error = overdue.error ?? onTime.error;
  const list = useList({ data, isPending, error, resource: TO_ANSWER.resource, perPage: SHOWN });
  // useList takes the rows in an effect, a render after they come: until then, nothing is known.
  const ready = !isPending && list.data !== undefined;
  const total =
    ready && overdue.total !== undefined && onTime.total !== undefined
      ? overdue.total + onTime.total
      : undefined;
  return {
    // The count is the server's, of all of them, not of the rows shown.
    list: { ...list, isPending: !ready, total } as ListControllerResult,
    overdueTotal: ready ? overdue.total : undefined,
  };
}
