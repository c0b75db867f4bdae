import { useGetList } from 'react-admin';
import { useNow } from '../../common/useNow';
import { returnEligibility, type ReturnEligibility } from '../../domain/returns';
import type { Order, ReturnAuthorisation } from '../../domain/types';

/**
 * Whether a return may be created for the order now, and why not; undefined until known. The
 * order's other returns are read only when its status and delivery date leave it a chance.
 */
export function useReturnEligibility(order: Order | undefined): ReturnEligibility | undefined {
  const now = useNow();
  const withoutReturns = order && returnEligibility(order, [], now);
  const { data: held } = useGetList<ReturnAuthorisation>(
    'returns',
    { filter: { orderId: order?.id }, pagination: { page: 1, perPage: 100 } },
    { enabled: !!withoutReturns?.eligible },
  );
  if (!order || !withoutReturns?.eligible) return withoutReturns;
  return held && returnEligibility(order, held, now);
}
