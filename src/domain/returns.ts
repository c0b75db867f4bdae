import { addParisDays, parisCalendarDaysBetween, parisDate } from './dates';
import { isActiveKlubMember } from './klub';
import type {
  Cents,
  DateOnly,
  Id,
  KlubMember,
  Order,
  Payment,
  ReturnAuthorisation,
  ReturnLine,
  ReturnStatus,
  Timestamp,
} from './types';

export const RETURN_WINDOW_DAYS = 14;
export const REFUND_PROMISE_DAYS = 14;
export const RETURN_SHIPPING_FEE_CENTS = 590;

export const RETURN_TRANSITIONS: Readonly<Record<ReturnStatus, readonly ReturnStatus[]>> = {
  authorised: ['received', 'rejected', 'cancelled'],
  // A reception with no resalable line may be recorded as received first, then rejected.
  received: ['refunded', 'credited', 'rejected'],
  refunded: [],
  credited: [],
  rejected: [],
  cancelled: [],
};

export function canMoveReturn(from: ReturnStatus, to: ReturnStatus): boolean {
  return RETURN_TRANSITIONS[from].includes(to);
}

/** The Paris date of the last day on which a return may be created. */
export function returnWindowClosesOn(deliveredAt: Timestamp): DateOnly {
  return parisDate(addParisDays(deliveredAt, RETURN_WINDOW_DAYS));
}

type ReturnedOrder = Pick<Order, 'status' | 'deliveredAt' | 'lines'>;
type HeldReturn = Pick<ReturnAuthorisation, 'id' | 'status' | 'lines'>;
/** Quantity per sku. */
export type SkuQuantities = Record<string, number>;

export type ReturnEligibility =
  | { eligible: true; remaining: SkuQuantities; deliveredDaysAgo: number }
  | {
      eligible: false;
      reason: 'not_delivered' | 'window_closed' | 'nothing_left';
      deliveredDaysAgo?: number;
    };

/** What may still be returned of each sku: ordered minus what the other live returns hold. */
export function remainingQuantities(
  order: Pick<Order, 'lines'>,
  returnsOfOrder: readonly HeldReturn[],
  excludeReturnId?: Id,
): SkuQuantities {
  const remaining = new Map<string, number>();
  for (const line of order.lines) {
    remaining.set(line.sku, (remaining.get(line.sku) ?? 0) + line.quantity);
  }
  const holding = returnsOfOrder.filter(
    (ret) => ret.status !== 'cancelled' && ret.id !== excludeReturnId,
  );
  for (const line of holding.flatMap((ret) => ret.lines)) {
    const left = remaining.get(line.sku);
    if (left !== undefined) remaining.set(line.sku, Math.max(0, left - line.quantity));
  }
  return Object.fromEntries(remaining);
}

/**
 * What the customer paid for one unit of an order line: its price less its share of the promo
 * discount, shared in proportion to prices and rounded down, so that no refund exceeds the payment.
 */
export function paidUnitPriceCents(
  unitPriceCents: Cents,
  order: Pick<Order, 'subtotalCents' | 'discountCents'>,
): Cents {
  if (order.discountCents === 0 || order.subtotalCents === 0) return unitPriceCents;
  return unitPriceCents - Math.ceil((unitPriceCents * order.discountCents) / order.subtotalCents);
}

/** Day 14 after delivery is the last one accepted, whatever the hour. */
export function returnEligibility(
  order: ReturnedOrder,
  returnsOfOrder: readonly HeldReturn[],
  now: Timestamp,
): ReturnEligibility {
  if (order.status !== 'delivered' || order.deliveredAt === null) {
    return { eligible: false, reason: 'not_delivered' };
  }
  const deliveredDaysAgo = parisCalendarDaysBetween(order.deliveredAt, now);
  if (deliveredDaysAgo > RETURN_WINDOW_DAYS) {
    return { eligible: false, reason: 'window_closed', deliveredDaysAgo };
  }
  const remaining = remainingQuantities(order, returnsOfOrder);
  if (Object.values(remaining).every((quantity) => quantity === 0)) {
    return { eligible: false, reason: 'nothing_left', deliveredDaysAgo };
  }
  return { eligible: true, remaining, deliveredDaysAgo };
}

/** Free for a customer who is an active Klub member when the return is created. */
export function returnShippingFeeCents(
  klubMember: Pick<KlubMember, 'status'> | null | undefined,
): Cents {
  return isActiveKlubMember(klubMember) ? 0 : RETURN_SHIPPING_FEE_CENTS;
}

/** Refunds are promised within 14 calendar days of the parcel reaching the warehouse. */
export function refundDueBy(receivedAt: Timestamp): Timestamp {
  return addParisDays(receivedAt, REFUND_PROMISE_DAYS);
}

type AwaitingRefund = Pick<ReturnAuthorisation, 'status' | 'refundDueBy'>;

export function isRefundOverdue(ret: AwaitingRefund, now: Timestamp): boolean {
  return (
    ret.status === 'received' &&
    ret.refundDueBy !== null &&
    Date.parse(now) > Date.parse(ret.refundDueBy)
  );
}

/** Paris calendar days until the refund is due, negative when overdue; null when none is awaited. */
export function refundDaysLeft(ret: AwaitingRefund, now: Timestamp): number | null {
  if (ret.status !== 'received' || ret.refundDueBy === null) return null;
  return parisCalendarDaysBetween(now, ret.refundDueBy);
}

export type RefundClock =
  | { state: 'left'; days: number }
  | { state: 'due_today' }
  | { state: 'overdue_today' }
  | { state: 'late'; days: number };

/** Where a refund stands against its promise, in Paris calendar days; null when none is awaited. */
export function refundClock(ret: AwaitingRefund, now: Timestamp): RefundClock | null {
  const days = refundDaysLeft(ret, now);
  if (days === null) return null;
  if (days > 0) return { state: 'left', days };
  if (days < 0) return { state: 'late', days: -days };
  return isRefundOverdue(ret, now) ? { state: 'overdue_today' } : { state: 'due_today' };
}

type InspectedLine = Pick<ReturnLine, 'condition' | 'quantity' | 'unitPriceCents'>;

/** Only resalable items (new, unworn, tagged) are accepted. */
function acceptedLines(lines: readonly InspectedLine[]): InspectedLine[] {
  return lines.filter((line) => line.condition === 'resalable');
}

export function receptionOutcome(
  lines: readonly Pick<ReturnLine, 'condition'>[],
): 'received' | 'rejected' {
  return lines.some((line) => line.condition === 'resalable') ? 'received' : 'rejected';
}

export function acceptedLinesCents(lines: readonly InspectedLine[]): Cents {
  return acceptedLines(lines).reduce((sum, line) => sum + line.quantity * line.unitPriceCents, 0);
}

export function refundAmountCents(lines: readonly InspectedLine[], feeCents: Cents): Cents {
  return refundBreakdown(lines, feeCents).amountCents;
}

/** What is refunded, line by line: the fee is deducted up to what the accepted lines are worth. */
export function refundBreakdown(lines: readonly InspectedLine[], feeCents: Cents) {
  const acceptedCents = acceptedLinesCents(lines);
  const deductedFeeCents = Math.min(acceptedCents, feeCents);
  return { acceptedCents, deductedFeeCents, amountCents: acceptedCents - deductedFeeCents };
}

/**
 * A refund goes back to the card or PayPal account first, up to what it was charged; the rest was
 * paid with credit notes and comes back as a new credit note.
 */
export function splitRefund(
  amountCents: Cents,
  payment: Pick<Payment, 'chargedCents'>,
): { toPaymentCents: Cents; toCreditNoteCents: Cents } {
  const toPaymentCents = Math.min(amountCents, payment.chargedCents);
  return { toPaymentCents, toCreditNoteCents: amountCents - toPaymentCents };
}
