import { useGetMany, useGetManyReference, useGetOne } from 'react-admin';
import { useCanRead } from '../../common/ReadablePages';
import { refundedToPaymentCents, splitRefund } from '../../domain/returns';
import type { CreditNote, Order, ReturnAuthorisation } from '../../domain/types';

/**
 * Where a refund goes: back to the card or PayPal account up to what it still holds of the order,
 * the rest as a credit note. Undefined while loading, or when the role may not read credit notes.
 */
export function useRefundSplit(ret: ReturnAuthorisation, amountCents: number) {
  const canReadNotes = useCanRead('credit-notes');
  const enabled = canReadNotes && ret.resolution === 'refund';
  const { data: order } = useGetOne<Order>('orders', { id: ret.orderId }, { enabled });
  const { data: returnsOfOrder } = useGetManyReference<ReturnAuthorisation>(
    'returns',
    { target: 'orderId', id: ret.orderId, pagination: { page: 1, perPage: 100 } },
    { enabled },
  );
  const noteIds = (returnsOfOrder ?? []).flatMap((other) =>
    other.creditNoteId !== null && other.id !== ret.id ? [other.creditNoteId] : [],
  );
  const { data: notes } = useGetMany<CreditNote>(
    'credit-notes',
    { ids: noteIds },
    { enabled: enabled && noteIds.length > 0 },
  );
  if (!order || !returnsOfOrder || (noteIds.length > 0 && !notes)) return undefined;
  const noteAmount = (id: number) => notes?.find((note) => note.id === id)?.amountCents ?? 0;
  // A refund made is shown as it was made: the refunds of the order made after it do not count.
  const earlier = returnsOfOrder.filter(
    (other) => !ret.refundedAt || (other.refundedAt !== null && other.refundedAt < ret.refundedAt),
  );
  const already = refundedToPaymentCents(earlier, noteAmount, ret.id);
  return {
    method: order.payment.method,
    ...splitRefund(amountCents, { chargedCents: order.payment.chargedCents - already }),
  };
}
