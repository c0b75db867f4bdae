import { useGetOne } from 'react-admin';
import { refundedCents } from '../../domain/orders';
import { splitRefund } from '../../domain/returns';
import type { Order, ReturnAuthorisation } from '../../domain/types';

/**
 * Where a refund goes: back to the card or PayPal account up to what it still holds of the order,
 * the rest as a credit note. A refund made is read as the order's payment recorded it. Undefined
 * while the order loads.
 */
export function useRefundSplit(ret: ReturnAuthorisation, amountCents: number) {
  const enabled = ret.resolution === 'refund';
  const { data: order } = useGetOne<Order>('orders', { id: ret.orderId }, { enabled });
  if (!order) return undefined;
  const { method, refunds } = order.payment;
  if (ret.status === 'refunded') {
    const toPaymentCents = refunds.find((made) => made.returnId === ret.id)?.amountCents ?? 0;
    return { method, toPaymentCents, toCreditNoteCents: amountCents - toPaymentCents };
  }
  const stillChargedCents = order.payment.chargedCents - refundedCents(order.payment);
  return { method, ...splitRefund(amountCents, { chargedCents: stillChargedCents }) };
}
