import type { Customer } from '../../src/domain/types';
import type { ScriptedReturn } from './afterSales';
import { DAY, MINUTE } from './clock';
import type { KlubTrait } from './klub';
import { GOODWILL_REASONS, type CreditLedger } from './ledger';
import type { OrderPlan, ScriptedOrder } from './orders';
import type { ScriptedReservation } from './reservations';
import type { Rng } from './rng';

/**
 * Steered cases, so that every scale holds at least three of each case the rules turn on,
 * whatever the seed. Each one is a customer set aside for it (no random order touches them),
 * with a Klub trait, at most one order, and maybe a goodwill credit note. Times are before `now`.
 */
export interface Scenario {
  klub: KlubTrait;
  order?: ScriptedOrder;
  goodwill?: { daysAgo: number; cancelled: boolean };
}

const THREE = [0, 1, 2];

/** Delivered `daysAgo - 4` days ago (shipped after a day, three days on the road). */
function returned(daysAgo: number, ret: ScriptedReturn, klub: KlubTrait = 'none'): Scenario {
  return { klub, order: { daysAgo, ret } };
}

const refund = { resolution: 'refund', resalable: true } as const;

export const SCENARIOS: readonly Scenario[] = [
  // Orders placed today, awaiting shipment.
  ...THREE.map((i): Scenario => ({
    klub: 'none',
    order: { daysAgo: 0.1 + 0.3 * i, shipAfterHours: 40 },
  })),
  ...THREE.map((i): Scenario => ({ klub: 'none', order: { daysAgo: 20 + i, fate: 'refused' } })),
  ...THREE.map((i): Scenario => ({
    klub: 'active',
    order: { daysAgo: 30 + i, fate: 'cancelled' },
  })),
  // Delivered within the last 14 days, to Klub members and to customers who are not (any more).
  ...(['active', 'ambassador', 'active', 'none', 'left', 'suspended'] as const).map(
    (klub, i): Scenario => ({ klub, order: { daysAgo: 8 + i } }),
  ),
  // Late: delivered after the promise, and still on the road past it.
  ...THREE.map((i): Scenario => ({
    klub: 'none',
    order: { daysAgo: 60 + i, shipAfterHours: 48, transitHours: 8 * 24 },
  })),
  ...THREE.map((i): Scenario => ({
    klub: 'none',
    order: { daysAgo: 10 + i, shipAfterHours: 24, transitHours: 15 * 24 },
  })),
  // Returns in every status; received ones waiting for their refund, some past refundDueBy.
  ...THREE.map((i) =>
    returned(
      9 + i,
      { ...refund, afterDeliveryHours: 24, receivedAfterHours: 240, refundedAfterHours: null },
      i === 1 ? 'active' : 'none',
    ),
  ),
  ...THREE.map((i) =>
    returned(20 + i, {
      ...refund,
      afterDeliveryHours: 48,
      receivedAfterHours: 120,
      refundedAfterHours: null,
    }),
  ),
  ...THREE.map((i) =>
    returned(
      45 + i,
      { ...refund, afterDeliveryHours: 72, receivedAfterHours: 120, refundedAfterHours: null },
      i === 2 ? 'active' : 'none',
    ),
  ),
  // Refunded in full: mostly paid by a credit note (the rest comes back as a new note), to Klub
  // members (no fee), one of them after refundDueBy. Then partly: the fee is kept.
  {
    klub: 'none',
    order: {
      daysAgo: 90,
      goodwill: 'part',
      ret: { ...refund, afterDeliveryHours: 48, receivedAfterHours: 96, refundedAfterHours: 120 },
    },
  },
  ...[72, 17 * 24].map((refundedAfterHours, i) =>
    returned(
      91 + i,
      { ...refund, afterDeliveryHours: 48, receivedAfterHours: 96, refundedAfterHours },
      'active',
    ),
  ),
  ...THREE.map((i) =>
    returned(95 + i, {
      ...refund,
      afterDeliveryHours: 20,
      receivedAfterHours: 80,
      refundedAfterHours: 50,
    }),
  ),
  ...THREE.map((i) =>
    returned(100 + i, {
      resolution: 'credit_note',
      resalable: true,
      afterDeliveryHours: 30,
      receivedAfterHours: 100,
      refundedAfterHours: 48,
    }),
  ),
  ...THREE.map((i) =>
    returned(110 + i, {
      ...refund,
      resalable: false,
      afterDeliveryHours: 60,
      receivedAfterHours: 96,
      refundedAfterHours: null,
    }),
  ),
  ...THREE.map((i) =>
    returned(120 + i, {
      ...refund,
      afterDeliveryHours: 24,
      receivedAfterHours: null,
      refundedAfterHours: null,
    }),
  ),
  // Credit notes: partly used (it paid the whole order), exhausted, unused, cancelled.
  ...THREE.map((i): Scenario => ({ klub: 'none', order: { daysAgo: 70 + i, goodwill: 'covers' } })),
  ...THREE.map((i): Scenario => ({ klub: 'active', order: { daysAgo: 75 + i, goodwill: 'part' } })),
  ...THREE.map((i): Scenario => ({ klub: 'none', goodwill: { daysAgo: 3 + i, cancelled: false } })),
  ...THREE.map((i): Scenario => ({ klub: 'none', goodwill: { daysAgo: 40 + i, cancelled: true } })),
];

/** Reservations: pending (some past confirmBy), confirmed, collected, expired, and the rest. */
export const RESERVATION_SCRIPTS: readonly ScriptedReservation[] = [
  ...THREE.map((i): ScriptedReservation => ({
    minutesAgo: 20 + 30 * i,
    answerAfterMinutes: 600,
    answer: 'confirm',
    then: 'collect',
  })),
  ...THREE.map((i): ScriptedReservation => ({
    minutesAgo: 150 + 60 * i,
    answerAfterMinutes: 600,
    answer: 'confirm',
    then: 'collect',
  })),
  ...THREE.map((i): ScriptedReservation => ({
    minutesAgo: (20 + i) * 60,
    answerAfterMinutes: 50,
    answer: 'confirm',
    then: 'collect',
    collectAt: 0.95,
  })),
  ...THREE.map((i): ScriptedReservation => ({
    minutesAgo: (5 + i) * 24 * 60,
    answerAfterMinutes: 40 + 10 * i,
    answer: 'confirm',
    then: 'collect',
  })),
  ...THREE.map((i): ScriptedReservation => ({
    minutesAgo: (8 + i) * 24 * 60,
    answerAfterMinutes: 90,
    answer: 'confirm',
    then: 'expire',
  })),
  // Confirmed after the 2-hour promise, then collected.
  ...THREE.map((i): ScriptedReservation => ({
    minutesAgo: (12 + i) * 24 * 60,
    answerAfterMinutes: 150 + 40 * i,
    answer: 'confirm',
    then: 'collect',
  })),
  ...THREE.map((i): ScriptedReservation => ({
    minutesAgo: (3 + i) * 24 * 60,
    answerAfterMinutes: 70,
    answer: i === 2 ? 'cancel' : 'unavailable',
    then: 'cancel',
  })),
  { minutesAgo: 4 * 24 * 60, answerAfterMinutes: 30, answer: 'confirm', then: 'cancel' },
];

/**
 * Plays the steered cases out for their customers (by index): their goodwill notes are issued and
 * their orders planned, a few minutes off the round hour so that they do not stand out.
 */
export function steer(
  rng: Rng,
  ledger: CreditLedger,
  customers: readonly Customer[],
  steered: readonly number[],
  now: number,
): OrderPlan[] {
  const plans: OrderPlan[] = [];
  SCENARIOS.forEach(({ order, goodwill }, i) => {
    const shift = rng.int(0, 90) * MINUTE + rng.int(0, 59_999);
    if (order) {
      plans.push({
        placedAt: now - order.daysAgo * DAY - shift,
        customer: steered[i],
        script: order,
      });
    }
    if (goodwill) {
      ledger.issue({
        customerId: customers[steered[i]].id,
        origin: 'goodwill',
        returnId: null,
        reason: rng.pick(GOODWILL_REASONS),
        amountCents: rng.pick([1500, 2000, 3000]),
        issuedAt: now - goodwill.daysAgo * DAY - shift,
        cancelled: goodwill.cancelled,
      });
    }
  });
  return plans;
}
