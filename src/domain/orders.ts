import { addParisDays, parisCalendarDaysBetween, parisDate } from './dates';
import type {
  Cents,
  DateOnly,
  Order,
  OrderLine,
  OrderStatus,
  Payment,
  PaymentRefund,
  Timestamp,
} from './types';

export const PROMISE_DAYS = 7;

export const ORDER_TRANSITIONS: Readonly<Record<OrderStatus, readonly OrderStatus[]>> = {
  placed: ['shipped', 'refused', 'cancelled'],
  shipped: ['delivered'],
  delivered: [],
  refused: [],
  cancelled: [],
};

export function canMoveOrder(from: OrderStatus, to: OrderStatus): boolean {
  return ORDER_TRANSITIONS[from].includes(to);
}

export function orderTotals(
  lines: readonly Pick<OrderLine, 'quantity' | 'unitPriceCents'>[],
  discountCents: Cents,
  shippingFeeCents: Cents,
): { subtotalCents: Cents; totalCents: Cents } {
  const subtotalCents = lines.reduce((sum, line) => sum + line.quantity * line.unitPriceCents, 0);
  return { subtotalCents, totalCents: subtotalCents - discountCents + shippingFeeCents };
}

export function promisedBy(placedAt: Timestamp): Timestamp {
  return addParisDays(placedAt, PROMISE_DAYS);
}

type Tracked = Pick<Order, 'status' | 'promisedBy' | 'deliveredAt'>;

/** The instant that breaks the promise: the late delivery, or now while the parcel is overdue. */
function brokenPromiseAt(order: Tracked, now: Timestamp): Timestamp | null {
  if (order.status === 'cancelled' || order.status === 'refused') return null;
  const reference = order.deliveredAt ?? now;
  return Date.parse(reference) > Date.parse(order.promisedBy) ? reference : null;
}

export function isLate(order: Tracked, now: Timestamp): boolean {
  return brokenPromiseAt(order, now) !== null;
}

/** Paris calendar days past the promise: a delivery a few hours late on the same day counts 0. */
export function daysLate(order: Tracked, now: Timestamp): number {
  const brokenAt = brokenPromiseAt(order, now);
  return brokenAt === null ? 0 : parisCalendarDaysBetween(order.promisedBy, brokenAt);
}

/** The card or PayPal is debited at shipment only, once; a refused order is never debited. */
export function paymentAfterTransition(payment: Payment, to: OrderStatus, now: Timestamp): Payment {
  if (to === 'shipped' && payment.status === 'authorised') {
    return { ...payment, status: 'captured', capturedAt: now };
  }
  if (to === 'refused') return { ...payment, status: 'refused' };
  return payment;
}

/** What the order's refunds have sent back to its card or PayPal account so far. */
export function refundedCents(payment: Pick<Payment, 'refunds'>): Cents {
  return payment.refunds.reduce((sum, refund) => sum + refund.amountCents, 0);
}

/** A refund recorded on the payment; the payment is refunded once all it was charged is back. */
export function paymentAfterRefund(payment: Payment, refund: PaymentRefund): Payment {
  const refunds = [...payment.refunds, refund];
  const whole = refundedCents({ refunds }) >= payment.chargedCents;
  return { ...payment, refunds, status: whole ? 'refunded' : 'partially_refunded' };
}

/** What happened to the order's money, as the payment panel tells it. */
export type PaymentState =
  'authorised' | 'captured' | 'refused' | 'cancelled' | 'refunded' | 'partially_refunded';

export function paymentState(order: Pick<Order, 'status' | 'payment'>): PaymentState {
  if (order.status === 'refused' || order.payment.status === 'refused') return 'refused';
  if (order.status === 'cancelled') return 'cancelled';
  const { status, capturedAt } = order.payment;
  if (status === 'refunded' || status === 'partially_refunded') return status;
  return capturedAt ? 'captured' : 'authorised';
}

const SALES_WEEKS = 4;

function dayOfWeek(year: number, month: number, day: number): number {
  return new Date(Date.UTC(year, month - 1, day)).getUTCDay();
}

function wednesdaysOf(year: number, month: number): number[] {
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  const days = Array.from({ length: daysInMonth }, (_, i) => i + 1);
  return days.filter((day) => dayOfWeek(year, month, day) === 3);
}

function dateOnly(year: number, month: number, day: number): DateOnly {
  return new Date(Date.UTC(year, month - 1, day)).toISOString().slice(0, 10);
}

/**
 * Each sales period of a year as [first day, day after the last], Paris dates. They start (French
 * Code de commerce) on the second Wednesday of January, brought forward to the first when the
 * second falls after the 12th, and on the last Wednesday of June, brought forward to the one
 * before when the last falls after the 28th; each lasts four weeks.
 */
function salesPeriods(year: number): [DateOnly, DateOnly][] {
  const january = wednesdaysOf(year, 1);
  const june = wednesdaysOf(year, 6);
  const lastOfJune = june[june.length - 1];
  const starts: [number, number][] = [
    [1, january[1] > 12 ? january[0] : january[1]],
    [6, lastOfJune > 28 ? june[june.length - 2] : lastOfJune],
  ];
  return starts.map(([month, day]) => [
    dateOnly(year, month, day),
    dateOnly(year, month, day + SALES_WEEKS * 7),
  ]);
}

/** Whether the Paris date of `iso` falls in the winter or summer sales. */
export function isSalesPeriod(iso: Timestamp): boolean {
  const today = parisDate(iso);
  const periods = salesPeriods(Number(today.slice(0, 4)));
  return periods.some(([first, end]) => first <= today && today < end);
}
