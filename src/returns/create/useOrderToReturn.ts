import { useGetList, useGetOne } from 'react-admin';
import { useNow } from '../../common/useNow';
import { returnEligibility, returnShippingFeeCents } from '../../domain/returns';
import type { Customer, KlubMember, Order, ReturnAuthorisation } from '../../domain/types';

/** The order a return is created for: whether it may be returned, what remains, and the fee. */
export function useOrderToReturn(order: Order | undefined) {
  const now = useNow();
  const enabled = !!order;
  const { data: held } = useGetList<ReturnAuthorisation>(
    'returns',
    { filter: { orderId: order?.id }, pagination: { page: 1, perPage: 100 } },
    { enabled },
  );
  const { data: customer } = useGetOne<Customer>(
    'customers',
    { id: order?.customerId },
    { enabled },
  );
  const memberId = customer?.klubMemberId;
  const { data: member, isPending: memberPending } = useGetOne<KlubMember>(
    'klub-members',
    { id: memberId ?? undefined },
    { enabled: !!memberId },
  );
  if (!order || !held || !customer || (memberId && memberPending)) return undefined;
  return {
    eligibility: returnEligibility(order, held, now),
    feeCents: returnShippingFeeCents(memberId ? member : null),
  };
}
