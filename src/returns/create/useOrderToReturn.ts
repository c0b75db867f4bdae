import { useGetOne } from 'react-admin';
import { returnShippingFeeCents } from '../../domain/returns';
import type { Customer, KlubMember, Order } from '../../domain/types';
import { useReturnEligibility } from './useReturnEligibility';

/** The order a return is created for: whether it may be returned, what remains, and the fee. */
export function useOrderToReturn(order: Order | undefined) {
  const eligibility = useReturnEligibility(order);
  const { data: customer } = useGetOne<Customer>(
    'customers',
    { id: order?.customerId },
    { enabled: !!order },
  );
  const memberId = customer?.klubMemberId;
  const { data: member, isPending: memberPending } = useGetOne<KlubMember>(
    'klub-members',
    { id: memberId ?? undefined },
    { enabled: !!memberId },
  );
  if (!eligibility || !customer || (memberId && memberPending)) return undefined;
  return {
    eligibility,
    feeCents: returnShippingFeeCents(memberId ? member : null),
  };
}
