import { CARRIERS } from './carriers';
import { firstReplyBusinessMinutes, firstReplyWithinPromise } from './contactRequests';
import { parisDate } from './dates';
import { confirmedInTime } from './reservations';
import {
  CONTACT_REASONS,
  DELIVERY_MODES,
  DEPARTMENTS,
  RETURN_REASONS,
  type ContactRequest,
  type DateOnly,
  type Department,
  type KlubMember,
  type Order,
  type Reservation,
  type ReturnAuthorisation,
  type Timestamp,
} from './types';

/** Orders placed during the winter and summer sales, and the others. */
const SALES_PERIODS = ['sales', 'rest'] as const;

/**
 * KPI figures are sums of per-day counters. Each record contributes a few `[day, counter, value]`
 * entries; a period's KPIs are ratios and medians over the summed counters, so their cost depends
 * on the period, never on how many records exist.
 */
export type Contribution = [day: DateOnly, counter: string, value: number];
export type Counters = Map<string, number>;
export type GroupBy = 'day' | 'week' | 'month';
export const GROUP_BY: readonly GroupBy[] = ['day', 'week', 'month'];

const DAY_MS = 86_400_000;
const dayOfHour = new Map<string, DateOnly>();

/** The Paris date of an instant, cached per UTC hour (the Paris date cannot change within one). */
export function dayOf(iso: Timestamp): DateOnly {
  const hour = iso.slice(0, 13);
  let day = dayOfHour.get(hour);
  if (day === undefined) {
    day = parisDate(`${hour}:00:00.000Z`);
    dayOfHour.set(hour, day);
  }
  return day;
}

function daysApart(from: Timestamp, to: Timestamp): number {
  return Math.round((Date.parse(dayOf(to)) - Date.parse(dayOf(from))) / DAY_MS);
}

export interface OrderFacts {
  departmentOf: (productId: number) => Department | undefined;
  /** Every membership the customer of the order has held, the current one and those left. */
  klubMembershipsOf: (order: Order) => readonly KlubMember[];
}

/** Whether the customer was an active member of the Klub when the order was placed. */
export function wasKlubMember(member: KlubMember | null, at: Timestamp): boolean {
  if (!member || member.joinedAt > at) return false;
  return member.leftAt === null ? member.status !== 'left' : member.leftAt > at;
}

export function orderContributions(order: Order, facts: OrderFacts): Contribution[] {
  const out: Contribution[] = [];
  if (order.status !== 'refused' && order.status !== 'cancelled') {
    const day = dayOf(order.placedAt);
    out.push([day, 'sales.orders', 1], [day, 'sales.revenueCents', order.totalCents]);
    if (facts.klubMembershipsOf(order).some((member) => wasKlubMember(member, order.placedAt)))
      out.push([day, 'sales.klubOrders', 1]);
  }
  if (order.shippedAt) out.push([dayOf(order.shippedAt), 'delivery.shipped', 1]);
  if (order.deliveredAt) {
    const day = dayOf(order.deliveredAt);
    const onTime = order.deliveredAt <= order.promisedBy ? 1 : 0;
    const days = daysApart(order.placedAt, order.deliveredAt);
    const period = SALES_PERIODS[order.salesPeriod ? 0 : 1];
    out.push(
      [day, 'delivery.delivered', 1],
      [day, 'delivery.onTime', onTime],
      [day, `delivery.days.${days}`, 1],
      [day, `delivery.carrier.${order.delivery.carrier}.delivered`, 1],
      [day, `delivery.carrier.${order.delivery.carrier}.onTime`, onTime],
      [day, `delivery.mode.${order.delivery.mode}.delivered`, 1],
      [day, `delivery.mode.${order.delivery.mode}.onTime`, onTime],
      [day, `delivery.period.${period}.delivered`, 1],
      [day, `delivery.period.${period}.onTime`, onTime],
      [day, `delivery.period.${period}.days`, days],
    );
    for (const line of order.lines) {
      const department = facts.departmentOf(line.productId) ?? 'unknown';
      out.push(
        [day, 'refunds.unitsDelivered', line.quantity],
        [day, `refunds.department.${department}.delivered`, line.quantity],
      );
    }
  }
  return out;
}

export function returnContributions(
  ret: ReturnAuthorisation,
  departmentOf: OrderFacts['departmentOf'],
): Contribution[] {
  const day = dayOf(ret.requestedAt);
  const out: Contribution[] = [[day, 'refunds.returnsCreated', 1]];
  if (ret.status !== 'cancelled') {
    for (const line of ret.lines) {
      const department = departmentOf(line.productId) ?? 'unknown';
      out.push(
        [day, 'refunds.unitsReturned', line.quantity],
        [day, `refunds.reason.${line.reason}`, line.quantity],
        [day, `refunds.department.${department}.returned`, line.quantity],
      );
    }
  }
  if (ret.receivedAt) out.push([dayOf(ret.receivedAt), 'refunds.received', 1]);
  if (
    (ret.status === 'refunded' || ret.status === 'credited') &&
    ret.refundedAt &&
    ret.receivedAt
  ) {
    const resolvedOn = dayOf(ret.refundedAt);
    const inPromise = ret.refundDueBy !== null && ret.refundedAt <= ret.refundDueBy ? 1 : 0;
    out.push(
      [resolvedOn, `refunds.${ret.status}Cents`, ret.refundAmountCents ?? 0],
      [resolvedOn, 'refunds.resolved', 1],
      [resolvedOn, 'refunds.resolvedInPromise', inPromise],
      [resolvedOn, `refunds.days.${daysApart(ret.receivedAt, ret.refundedAt)}`, 1],
      [resolvedOn, `refunds.inPromise.${inPromise ? 'yes' : 'no'}`, 1],
    );
  }
  return out;
}

export function reservationContributions(res: Reservation): Contribution[] {
  const out: Contribution[] = [[dayOf(res.requestedAt), 'reservations.requested', 1]];
  if (res.confirmedAt) {
    const day = dayOf(res.confirmedAt);
    out.push(
      [day, 'reservations.confirmed', 1],
      [day, 'reservations.confirmedInTime', confirmedInTime(res) ? 1 : 0],
    );
  }
  if (res.collectedAt) out.push([dayOf(res.collectedAt), 'reservations.collected', 1]);
  if (res.status === 'expired' && res.holdUntil) {
    out.push([dayOf(res.holdUntil), 'reservations.expired', 1]);
  }
  return out;
}

/**
 * A contact request counts on the Paris day it was received, and so does its first reply however
 * late it came: the service figures of a period are those of the requests received in it.
 */
export function serviceContributions(request: ContactRequest): Contribution[] {
  const day = dayOf(request.receivedAt);
  const out: Contribution[] = [
    [day, 'service.received', 1],
    [day, `service.reason.${request.reason}`, 1],
  ];
  const minutes = firstReplyBusinessMinutes(request);
  if (minutes !== null) {
    out.push(
      [day, 'service.replied', 1],
      [day, 'service.repliedInPromise', firstReplyWithinPromise(request) ? 1 : 0],
      [day, `service.replyMinutes.${minutes}`, 1],
    );
  }
  return out;
}

/** The median of a histogram stored as `prefix.<value>` counters, or null when it is empty. */
export function medianOf(counters: Counters, prefix: string): number | null {
  const entries = [...counters]
    .filter(([key, count]) => key.startsWith(`${prefix}.`) && count > 0)
    .map(([key, count]) => [Number(key.slice(prefix.length + 1)), count] as const)
    .filter(([value]) => Number.isFinite(value))
    .sort((a, b) => a[0] - b[0]);
  const total = entries.reduce((sum, [, count]) => sum + count, 0);
  if (total === 0) return null;
  let seen = 0;
  for (const [value, count] of entries) {
    seen += count;
    if (seen * 2 >= total) return value;
  }
  return null;
}

/** A share to the ten-thousandth (0.01 %): as precise as a chart needs, and always short. */
export function ratio(part: number, whole: number): number | null {
  return whole === 0 ? null : Math.round((part / whole) * 10_000) / 10_000;
}

/** The first day of the group a day belongs to: itself, its Monday, or the 1st of its month. */
export function groupStart(day: DateOnly, groupBy: GroupBy): DateOnly {
  if (groupBy === 'day') return day;
  if (groupBy === 'month') return `${day.slice(0, 7)}-01`;
  const date = new Date(`${day}T00:00:00Z`);
  const sinceMonday = (date.getUTCDay() + 6) % 7;
  return new Date(date.getTime() - sinceMonday * DAY_MS).toISOString().slice(0, 10);
}

/** Every Paris date from `from` to `to`, both included. */
export function daysOf(from: DateOnly, to: DateOnly): DateOnly[] {
  const days: DateOnly[] = [];
  for (let t = Date.parse(from); t <= Date.parse(to); t += DAY_MS) {
    days.push(new Date(t).toISOString().slice(0, 10));
  }
  return days;
}

/** The period of the same length that ends the day before `from`. */
export function previousPeriod(from: DateOnly, to: DateOnly): { from: DateOnly; to: DateOnly } {
  const length = daysOf(from, to).length;
  const before = new Date(Date.parse(from) - DAY_MS).toISOString().slice(0, 10);
  const start = new Date(Date.parse(before) - (length - 1) * DAY_MS).toISOString().slice(0, 10);
  return { from: start, to: before };
}

function counter(counters: Counters, key: string): number {
  return counters.get(key) ?? 0;
}

/**
 * Counters under `prefix.<name>.<field>`, grouped by name: one group for each of `names`, in that
 * order, counted or not, so that the answer has the same rows whatever the volume of data.
 */
function breakdown(
  counters: Counters,
  prefix: string,
  names: readonly string[],
): Map<string, Record<string, number>> {
  const groups = new Map<string, Record<string, number>>(names.map((name) => [name, {}]));
  for (const [key, value] of counters) {
    if (!key.startsWith(`${prefix}.`)) continue;
    const rest = key.slice(prefix.length + 1);
    const dot = rest.lastIndexOf('.');
    const name = dot === -1 ? rest : rest.slice(0, dot);
    const field = dot === -1 ? 'value' : rest.slice(dot + 1);
    const group = groups.get(name);
    if (group) group[field] = (group[field] ?? 0) + value;
  }
  return groups;
}

export function refundTotals(c: Counters) {
  return {
    returnsCreated: counter(c, 'refunds.returnsCreated'),
    unitsReturned: counter(c, 'refunds.unitsReturned'),
    unitsDelivered: counter(c, 'refunds.unitsDelivered'),
    returnRate: ratio(counter(c, 'refunds.unitsReturned'), counter(c, 'refunds.unitsDelivered')),
    refundedCents: counter(c, 'refunds.refundedCents'),
    creditedCents: counter(c, 'refunds.creditedCents'),
    resolved: counter(c, 'refunds.resolved'),
    resolvedWithinPromise: counter(c, 'refunds.resolvedInPromise'),
    withinPromiseShare: ratio(
      counter(c, 'refunds.resolvedInPromise'),
      counter(c, 'refunds.resolved'),
    ),
    medianRefundDays: medianOf(c, 'refunds.days'),
  };
}

export function deliveryTotals(c: Counters) {
  return {
    shipped: counter(c, 'delivery.shipped'),
    delivered: counter(c, 'delivery.delivered'),
    onTime: counter(c, 'delivery.onTime'),
    onTimeShare: ratio(counter(c, 'delivery.onTime'), counter(c, 'delivery.delivered')),
    medianDeliveryDays: medianOf(c, 'delivery.days'),
  };
}

export function reservationTotals(c: Counters) {
  const collected = counter(c, 'reservations.collected');
  const expired = counter(c, 'reservations.expired');
  return {
    requested: counter(c, 'reservations.requested'),
    confirmed: counter(c, 'reservations.confirmed'),
    confirmedInTime: counter(c, 'reservations.confirmedInTime'),
    confirmedInTimeShare: ratio(
      counter(c, 'reservations.confirmedInTime'),
      counter(c, 'reservations.confirmed'),
    ),
    collected,
    expired,
    pickupRate: ratio(collected, collected + expired),
  };
}

export function salesTotals(c: Counters) {
  const orders = counter(c, 'sales.orders');
  const revenueCents = counter(c, 'sales.revenueCents');
  return {
    revenueCents,
    orders,
    averageBasketCents: orders === 0 ? null : Math.round(revenueCents / orders),
    klubShare: ratio(counter(c, 'sales.klubOrders'), orders),
  };
}

/**
 * The share within the promise is among the requests received in the period that have had their
 * first reply, whenever it came; those still unanswered past their promise are the overdue ones of
 * the open issues. The median is in customer-service hours, to the hundredth.
 */
export function serviceTotals(c: Counters) {
  const replied = counter(c, 'service.replied');
  const repliedWithinPromise = counter(c, 'service.repliedInPromise');
  const medianMinutes = medianOf(c, 'service.replyMinutes');
  return {
    received: counter(c, 'service.received'),
    replied,
    repliedWithinPromise,
    withinPromiseShare: ratio(repliedWithinPromise, replied),
    medianFirstReplyHours:
      medianMinutes === null ? null : Math.round((medianMinutes / 60) * 100) / 100,
  };
}

export function serviceBreakdowns(c: Counters) {
  const received = counter(c, 'service.received');
  return {
    byContactReason: [...breakdown(c, 'service.reason', CONTACT_REASONS)].map(
      ([reason, { value = 0 }]) => ({ reason, requests: value, share: ratio(value, received) }),
    ),
  };
}

export function refundBreakdowns(c: Counters) {
  return {
    byReason: [...breakdown(c, 'refunds.reason', RETURN_REASONS)].map(([reason, { value }]) => ({
      reason,
      units: value ?? 0,
    })),
    byDepartment: [...breakdown(c, 'refunds.department', DEPARTMENTS)].map(([department, g]) => ({
      department,
      unitsDelivered: g.delivered ?? 0,
      unitsReturned: g.returned ?? 0,
      returnRate: ratio(g.returned ?? 0, g.delivered ?? 0),
    })),
  };
}

/** Days 0 to 14 from order to delivery; the last bucket holds 14 days and more. */
export const DELIVERY_DAYS_BUCKETS = 15;

function daysDistribution(c: Counters) {
  const orders = new Array<number>(DELIVERY_DAYS_BUCKETS).fill(0);
  for (const [key, count] of c) {
    if (!key.startsWith('delivery.days.')) continue;
    const days = Number(key.slice('delivery.days.'.length));
    if (Number.isFinite(days)) orders[Math.min(days, DELIVERY_DAYS_BUCKETS - 1)] += count;
  }
  return orders.map((count, days) => ({ days, orders: count }));
}

export function deliveryBreakdowns(c: Counters) {
  const shares = (prefix: string, key: string, names: readonly string[]) =>
    [...breakdown(c, prefix, names)].map(([name, g]) => ({
      [key]: name,
      delivered: g.delivered ?? 0,
      onTimeShare: ratio(g.onTime ?? 0, g.delivered ?? 0),
      averageDays: g.days === undefined ? undefined : ratio(g.days, g.delivered ?? 0),
    }));
  return {
    byCarrier: shares('delivery.carrier', 'carrier', CARRIERS),
    byMode: shares('delivery.mode', 'mode', DELIVERY_MODES),
    salesPeriod: shares('delivery.period', 'period', SALES_PERIODS),
    daysDistribution: daysDistribution(c),
  };
}
