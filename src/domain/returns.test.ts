import { describe, expect, it } from 'vitest';
import {
  REFUND_PROMISE_DAYS,
  RETURN_SHIPPING_FEE_CENTS,
  RETURN_WINDOW_DAYS,
  acceptedLinesCents,
  canMoveReturn,
  isRefundOverdue,
  paidUnitPriceCents,
  receptionOutcome,
  refundAmountCents,
  refundBreakdown,
  refundClock,
  refundDaysLeft,
  refundDueBy,
  remainingQuantities,
  returnEligibility,
  returnShippingFeeCents,
  returnWindowClosesOn,
  splitRefund,
} from './returns';
import type { ItemCondition, Order, ReturnAuthorisation, ReturnStatus } from './types';

const orderLine = (sku: string, quantity: number) => ({
  productId: 1,
  sku,
  name: 'Jean slim',
  size: '32',
  colour: 'brut',
  quantity,
  unitPriceCents: 7999,
});

const heldReturn = (
  id: number,
  status: ReturnStatus,
  lines: [sku: string, quantity: number][],
): Pick<ReturnAuthorisation, 'id' | 'status' | 'lines'> => ({
  id,
  status,
  lines: lines.map(([sku, quantity]) => ({
    sku,
    productId: 1,
    name: 'Jean slim',
    quantity,
    unitPriceCents: 7999,
    reason: 'size_too_large',
    condition: null,
  })),
});

describe('return transitions', () => {
  it('lets the warehouse receive or reject an authorised return, and support cancel it', () => {
    expect(canMoveReturn('authorised', 'received')).toBe(true);
    expect(canMoveReturn('authorised', 'rejected')).toBe(true);
    expect(canMoveReturn('authorised', 'cancelled')).toBe(true);
  });

  it('refunds, credits or rejects a received return, and never cancels it', () => {
    expect(canMoveReturn('received', 'refunded')).toBe(true);
    expect(canMoveReturn('received', 'credited')).toBe(true);
    expect(canMoveReturn('received', 'rejected')).toBe(true);
    expect(canMoveReturn('received', 'cancelled')).toBe(false);
  });

  it('does not refund before reception nor twice', () => {
    expect(canMoveReturn('authorised', 'refunded')).toBe(false);
    expect(canMoveReturn('authorised', 'credited')).toBe(false);
    expect(canMoveReturn('refunded', 'credited')).toBe(false);
    expect(canMoveReturn('credited', 'refunded')).toBe(false);
    expect(canMoveReturn('rejected', 'received')).toBe(false);
  });
});

describe('returnWindowClosesOn', () => {
  it('is the Paris date 14 days after delivery', () => {
    expect(RETURN_WINDOW_DAYS).toBe(14);
    expect(returnWindowClosesOn('2026-11-10T15:00:00.000Z')).toBe('2026-11-24');
  });

  it('counts from the Paris date of a late-night delivery', () => {
    // 00:30 on 11 November in Paris.
    expect(returnWindowClosesOn('2026-11-10T23:30:00.000Z')).toBe('2026-11-25');
  });

  it('is unaffected by the autumn change', () => {
    // 23:30 CEST on 20 October.
    expect(returnWindowClosesOn('2026-10-20T21:30:00.000Z')).toBe('2026-11-03');
  });
});

describe('returnEligibility', () => {
  const delivered = (deliveredAt: string): Pick<Order, 'status' | 'deliveredAt' | 'lines'> => ({
    status: 'delivered',
    deliveredAt,
    lines: [orderLine('A', 2), orderLine('B', 1)],
  });
  const DELIVERED_AT = '2026-11-10T15:00:00.000Z'; // 16:00 in Paris

  it('accepts the day of delivery', () => {
    expect(returnEligibility(delivered(DELIVERED_AT), [], DELIVERED_AT)).toEqual({
      eligible: true,
      remaining: { A: 2, B: 1 },
      deliveredDaysAgo: 0,
    });
  });

  it('accepts the 14th day until its last minute in Paris', () => {
    // 24 November 23:59 in Paris.
    const result = returnEligibility(delivered(DELIVERED_AT), [], '2026-11-24T22:59:00.000Z');
    expect(result.eligible).toBe(true);
  });

  it('refuses the 15th day from its first minute in Paris', () => {
    // 25 November 00:00 in Paris.
    expect(returnEligibility(delivered(DELIVERED_AT), [], '2026-11-24T23:00:00.000Z')).toEqual({
      eligible: false,
      reason: 'window_closed',
      deliveredDaysAgo: 15,
    });
  });

  it('counts calendar days, whatever the hours of delivery and request', () => {
    // Delivered 00:10 on 1 December, asked 23:50 on 15 December: almost 15 × 24 hours, day 14.
    const early = delivered('2026-11-30T23:10:00.000Z');
    expect(returnEligibility(early, [], '2026-12-15T22:50:00.000Z').eligible).toBe(true);
    // Delivered 23:50 on 1 December, asked 00:10 on 16 December: 14 days and 20 minutes, day 15.
    const late = delivered('2026-12-01T22:50:00.000Z');
    expect(returnEligibility(late, [], '2026-12-15T23:10:00.000Z').eligible).toBe(false);
  });

  it('refuses an order that has not been delivered', () => {
    for (const status of ['placed', 'shipped', 'refused', 'cancelled'] as const) {
      const order = { status, deliveredAt: null, lines: [orderLine('A', 1)] };
      expect(returnEligibility(order, [], DELIVERED_AT)).toEqual({
        eligible: false,
        reason: 'not_delivered',
      });
    }
  });

  it('refuses when other returns already hold everything', () => {
    const returns = [
      heldReturn(1, 'authorised', [['A', 2]]),
      heldReturn(2, 'refunded', [['B', 1]]),
    ];
    expect(returnEligibility(delivered(DELIVERED_AT), returns, '2026-11-12T10:00:00.000Z')).toEqual(
      { eligible: false, reason: 'nothing_left', deliveredDaysAgo: 2 },
    );
  });

  it('tells what is left when some of the order is already returned', () => {
    const returns = [heldReturn(1, 'received', [['A', 1]])];
    expect(returnEligibility(delivered(DELIVERED_AT), returns, '2026-11-12T10:00:00.000Z')).toEqual(
      { eligible: true, remaining: { A: 1, B: 1 }, deliveredDaysAgo: 2 },
    );
  });
});

describe('remainingQuantities', () => {
  const order = { lines: [orderLine('A', 3), orderLine('B', 1), orderLine('A', 1)] };

  it('adds up the lines of one sku', () => {
    expect(remainingQuantities(order, [])).toEqual({ A: 4, B: 1 });
  });

  it('takes off what live returns hold, rejected ones included, but not cancelled ones', () => {
    const returns = [
      heldReturn(1, 'authorised', [['A', 1]]),
      heldReturn(2, 'cancelled', [['A', 3]]),
      heldReturn(3, 'rejected', [['B', 1]]),
    ];
    expect(remainingQuantities(order, returns)).toEqual({ A: 3, B: 0 });
  });

  it('leaves out the return being edited', () => {
    const returns = [
      heldReturn(1, 'authorised', [['A', 1]]),
      heldReturn(2, 'authorised', [['A', 2]]),
    ];
    expect(remainingQuantities(order, returns, 2)).toEqual({ A: 3, B: 1 });
  });

  it('never goes below zero and ignores skus the order does not have', () => {
    const returns = [
      heldReturn(1, 'authorised', [
        ['B', 5],
        ['Z', 1],
      ]),
    ];
    expect(remainingQuantities(order, returns)).toEqual({ A: 4, B: 0 });
  });
});

describe('returnShippingFeeCents', () => {
  it('is free for an active Klub member or ambassador', () => {
    expect(returnShippingFeeCents({ status: 'active' })).toBe(0);
  });

  it('is the flat fee for everyone else', () => {
    expect(RETURN_SHIPPING_FEE_CENTS).toBe(590);
    expect(returnShippingFeeCents({ status: 'suspended' })).toBe(590);
    expect(returnShippingFeeCents({ status: 'left' })).toBe(590);
    expect(returnShippingFeeCents(null)).toBe(590);
  });
});

describe('refund deadline', () => {
  // 10:00 CEST on 20 October; due 10:00 CET on 3 November, across the autumn change.
  const RECEIVED_AT = '2026-10-20T08:00:00.000Z';
  const DUE = '2026-11-03T09:00:00.000Z';
  const received = (status: ReturnStatus = 'received') => ({ status, refundDueBy: DUE });

  it('is 14 Paris days after reception, at the same Paris time', () => {
    expect(REFUND_PROMISE_DAYS).toBe(14);
    expect(refundDueBy(RECEIVED_AT)).toBe(DUE);
  });

  it('is overdue only after the deadline, while the return awaits its refund', () => {
    expect(isRefundOverdue(received(), DUE)).toBe(false);
    expect(isRefundOverdue(received(), '2026-11-03T09:00:00.001Z')).toBe(true);
    expect(isRefundOverdue(received('refunded'), '2026-12-01T00:00:00.000Z')).toBe(false);
    expect(isRefundOverdue(received('credited'), '2026-12-01T00:00:00.000Z')).toBe(false);
    const authorised = { status: 'authorised' as const, refundDueBy: null };
    expect(isRefundOverdue(authorised, '2026-12-01T00:00:00.000Z')).toBe(false);
  });

  it('counts the Paris days left, negative once overdue', () => {
    expect(refundDaysLeft(received(), '2026-10-30T12:00:00.000Z')).toBe(4);
    expect(refundDaysLeft(received(), '2026-11-03T08:00:00.000Z')).toBe(0);
    expect(refundDaysLeft(received(), '2026-11-05T12:00:00.000Z')).toBe(-2);
  });

  it('has no days left to count when no refund is awaited', () => {
    expect(refundDaysLeft(received('refunded'), '2026-10-30T12:00:00.000Z')).toBeNull();
    const authorised = { status: 'authorised' as const, refundDueBy: null };
    expect(refundDaysLeft(authorised, '2026-10-30T12:00:00.000Z')).toBeNull();
  });
});

describe('reception', () => {
  const line = (condition: ItemCondition | null, quantity: number, unitPriceCents: number) => ({
    condition,
    quantity,
    unitPriceCents,
  });
  const inspected = [line('resalable', 2, 2999), line('worn', 1, 4999), line('resalable', 1, 1000)];

  it('is received when at least one line is resalable', () => {
    expect(receptionOutcome(inspected)).toBe('received');
  });

  it('is rejected when no line is resalable', () => {
    expect(receptionOutcome([line('worn', 1, 4999), line('missing_tags', 1, 999)])).toBe(
      'rejected',
    );
    expect(receptionOutcome([line('damaged', 1, 4999)])).toBe('rejected');
    expect(receptionOutcome([line(null, 1, 4999)])).toBe('rejected');
  });

  it('values the resalable lines only', () => {
    expect(acceptedLinesCents(inspected)).toBe(6998);
    expect(acceptedLinesCents([line('damaged', 3, 1000)])).toBe(0);
  });

  it('refunds the resalable lines minus the shipping fee', () => {
    expect(refundAmountCents(inspected, 590)).toBe(6408);
    expect(refundAmountCents(inspected, 0)).toBe(6998);
  });

  it('never refunds a negative amount', () => {
    expect(refundAmountCents([line('resalable', 1, 500)], 590)).toBe(0);
    expect(refundAmountCents([line('worn', 1, 4999)], 590)).toBe(0);
  });
});

describe('splitRefund', () => {
  it('sends everything back to the card when the card paid enough', () => {
    expect(splitRefund(6408, { chargedCents: 8000 })).toEqual({
      toPaymentCents: 6408,
      toCreditNoteCents: 0,
    });
  });

  it('caps the card part at what was charged, the rest as a credit note', () => {
    expect(splitRefund(6408, { chargedCents: 3000 })).toEqual({
      toPaymentCents: 3000,
      toCreditNoteCents: 3408,
    });
  });

  it('issues a credit note only when credit notes paid the whole order', () => {
    expect(splitRefund(6408, { chargedCents: 0 })).toEqual({
      toPaymentCents: 0,
      toCreditNoteCents: 6408,
    });
  });

  it('splits nothing when nothing is refunded', () => {
    expect(splitRefund(0, { chargedCents: 8000 })).toEqual({
      toPaymentCents: 0,
      toCreditNoteCents: 0,
    });
  });
});

describe('refundBreakdown', () => {
  const resalable = (unitPriceCents: number) => ({
    condition: 'resalable' as const,
    quantity: 1,
    unitPriceCents,
  });

  it('deducts the whole fee from accepted lines worth more', () => {
    expect(
      refundBreakdown([resalable(2999), { ...resalable(4999), condition: 'worn' }], 590),
    ).toEqual({ acceptedCents: 2999, deductedFeeCents: 590, amountCents: 2409 });
  });

  it('deducts no more than the accepted lines are worth', () => {
    expect(refundBreakdown([resalable(500)], 590)).toEqual({
      acceptedCents: 500,
      deductedFeeCents: 500,
      amountCents: 0,
    });
  });
});

describe('refundClock', () => {
  const due = { status: 'received' as const, refundDueBy: '2026-11-25T14:30:00.000Z' };

  it('counts the days left until the due day', () => {
    expect(refundClock(due, '2026-11-22T20:00:00.000Z')).toEqual({ state: 'left', days: 3 });
  });

  it('is due today until the due time, then overdue today', () => {
    expect(refundClock(due, '2026-11-25T14:30:00.000Z')).toEqual({ state: 'due_today' });
    expect(refundClock(due, '2026-11-25T14:30:01.000Z')).toEqual({ state: 'overdue_today' });
  });

  it('counts the Paris days late from the day after', () => {
    expect(refundClock(due, '2026-11-25T23:30:00.000Z')).toEqual({ state: 'late', days: 1 });
    expect(refundClock(due, '2026-12-02T08:00:00.000Z')).toEqual({ state: 'late', days: 7 });
  });

  it('has no clock once refunded', () => {
    expect(refundClock({ ...due, status: 'refunded' }, '2026-12-02T08:00:00.000Z')).toBeNull();
  });
});

describe('paidUnitPriceCents', () => {
  it('is the price when the order had no discount', () => {
    expect(paidUnitPriceCents(2990, { subtotalCents: 5970, discountCents: 0 })).toBe(2990);
  });

  it('takes off the line’s share of the discount, rounded down', () => {
    // 10 % off 59,70 €: 5,97 € shared over 29,90 € + 19,90 € + 9,90 €.
    const order = { subtotalCents: 5970, discountCents: 597 };
    const paid = [2990, 1990, 990].map((price) => paidUnitPriceCents(price, order));
    expect(paid).toEqual([2691, 1791, 891]);
    expect(paid.reduce((sum, cents) => sum + cents, 0)).toBeLessThanOrEqual(5970 - 597);
  });

  it('never sums above what was paid, even with a fixed discount', () => {
    const order = { subtotalCents: 3 * 3333, discountCents: 1000 };
    expect(3 * paidUnitPriceCents(3333, order)).toBeLessThanOrEqual(order.subtotalCents - 1000);
  });
});
