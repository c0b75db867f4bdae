import { isSalesPeriod } from '../../src/domain/orders';
import type { OrderStatus } from '../../src/domain/types';
import { DAY, HOUR, perUtcHour } from './clock';
import type { Rng } from './rng';

/** A steered order's timings, in hours; unset, the parcel leaves after a day and travels three. */
export interface Timings {
  fate?: 'refused' | 'cancelled';
  shipAfterHours?: number;
  transitHours?: number;
}

/** Days on the road: more parcels are slow during the sales. */
const TRANSIT_DAYS: readonly (readonly [number, number])[] = [
  [2, 30],
  [3, 30],
  [4, 20],
  [5, 10],
  [6, 5],
  [7, 3],
  [8, 2],
];
const SALES_TRANSIT_DAYS: readonly (readonly [number, number])[] = [
  [2, 10],
  [3, 15],
  [4, 20],
  [5, 20],
  [6, 15],
  [7, 10],
  [8, 10],
];

/** Orders are placed in the daytime and evening (UTC hours). */
const HOUR_CHOICES = [
  1, 0.5, 0.3, 0.3, 0.5, 1, 2, 4, 5, 6, 6, 7, 6, 5, 5, 5, 6, 7, 9, 10, 9, 7, 4, 2,
].map((weight, hour) => [hour, weight] as const);

/** Draws day indexes (0 to `days` - 1), each as often as its weight says. */
export function dayDrawer(days: number, weightOf: (day: number) => number): (rng: Rng) => number {
  const cumulative: number[] = [];
  let total = 0;
  for (let day = 0; day < days; day++) {
    total += weightOf(day);
    cumulative.push(total);
  }
  return (rng) => {
    const target = rng.next() * total;
    let low = 0;
    let high = days - 1;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (cumulative[mid] > target) high = mid;
      else low = mid + 1;
    }
    return low;
  };
}

/** When the random orders are placed: growing over the period, twice as many a day in the sales. */
export function placements(rng: Rng, count: number, from: number, now: number): number[] {
  const sales = perUtcHour(isSalesPeriod);
  const days = Math.ceil((now - from) / DAY);
  const drawDay = dayDrawer(
    days,
    (day) => (1 + (0.6 * day) / days) * (sales(from + day * DAY + 12 * HOUR) ? 2 : 1),
  );
  const times: number[] = [];
  while (times.length < count) {
    const at = from + drawDay(rng) * DAY + rng.weighted(HOUR_CHOICES) * HOUR + rng.int(0, HOUR - 1);
    if (at < now) times.push(at);
  }
  return times;
}

export interface Progress {
  status: OrderStatus;
  shippedAt: number | null;
  deliveredAt: number | null;
}

/**
 * How far an order got by `now`: a few are refused or cancelled; the others leave the warehouse
 * one or two days after being placed (up to three in the sales) and travel two to eight days.
 */
export function progress(
  rng: Rng,
  placedAt: number,
  sales: boolean,
  now: number,
  script: Timings | null,
): Progress {
  const fate =
    script !== null
      ? (script.fate ?? null)
      : rng.weighted<OrderStatus | null>([
          [null, 95.5],
          ['refused', 2],
          ['cancelled', 2.5],
        ]);
  if (fate) return { status: fate, shippedAt: null, deliveredAt: null };
  const shipAfter = script
    ? (script.shipAfterHours ?? 24) * HOUR
    : (sales ? rng.int(20, 70) : rng.chance(0.75) ? rng.int(16, 30) : rng.int(30, 50)) * HOUR +
      rng.int(0, HOUR - 1);
  const transit = script
    ? (script.transitHours ?? 72) * HOUR
    : rng.weighted(sales ? SALES_TRANSIT_DAYS : TRANSIT_DAYS) * DAY + rng.int(-6 * HOUR, 6 * HOUR);
  const shippedAt = placedAt + shipAfter;
  const deliveredAt = shippedAt + transit;
  if (shippedAt > now) return { status: 'placed', shippedAt: null, deliveredAt: null };
  if (deliveredAt > now) return { status: 'shipped', shippedAt, deliveredAt: null };
  return { status: 'delivered', shippedAt, deliveredAt };
}
