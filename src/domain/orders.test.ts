import { describe, expect, it } from 'vitest';
import {
  ORDER_TRANSITIONS,
  PROMISE_DAYS,
  canMoveOrder,
  daysLate,
  isLate,
  isSalesPeriod,
  orderTotals,
  paymentAfterRefund,
  paymentAfterTransition,
  paymentState,
  promisedBy,
  refundedCents,
} from './orders';
import { ORDER_STATUSES, type Order, type Payment } from './types';

describe('order transitions', () => {
  it('lets a placed order be shipped, refused or cancelled, and a shipped one delivered', () => {
    expect(canMoveOrder('placed', 'shipped')).toBe(true);
    expect(canMoveOrder('placed', 'refused')).toBe(true);
    expect(canMoveOrder('placed', 'cancelled')).toBe(true);
    expect(canMoveOrder('shipped', 'delivered')).toBe(true);
  });

  it('refuses skipping shipment and cancelling a shipped order', () => {
    expect(canMoveOrder('placed', 'delivered')).toBe(false);
    expect(canMoveOrder('shipped', 'cancelled')).toBe(false);
    expect(canMoveOrder('shipped', 'placed')).toBe(false);
  });

  it('ends with delivered, refused and cancelled', () => {
    for (const status of ['delivered', 'refused', 'cancelled'] as const) {
      expect(ORDER_TRANSITIONS[status]).toEqual([]);
      for (const to of ORDER_STATUSES) expect(canMoveOrder(status, to)).toBe(false);
    }
  });
});

describe('orderTotals', () => {
  it('takes the discount off the subtotal and adds shipping', () => {
    const lines = [
      { quantity: 2, unitPriceCents: 2999 },
      { quantity: 1, unitPriceCents: 4999 },
    ];
    expect(orderTotals(lines, 1000, 490)).toEqual({ subtotalCents: 10997, totalCents: 10487 });
  });

  it('is zero for no lines, no discount and free shipping', () => {
    expect(orderTotals([], 0, 0)).toEqual({ subtotalCents: 0, totalCents: 0 });
  });
});

describe('promisedBy', () => {
  it('is 7 Paris days after the order, at the same Paris time across the spring change', () => {
    expect(PROMISE_DAYS).toBe(7);
    // 11:00 CET on 25 March, 11:00 CEST on 1 April.
    expect(promisedBy('2026-03-25T10:00:00.000Z')).toBe('2026-04-01T09:00:00.000Z');
  });
});

describe('lateness', () => {
  const PROMISE = '2026-11-20T10:00:00.000Z';
  const order = (
    status: Order['status'],
    deliveredAt: string | null = null,
  ): Pick<Order, 'status' | 'promisedBy' | 'deliveredAt'> => ({
    status,
    promisedBy: PROMISE,
    deliveredAt,
  });
  const NOW = '2026-11-25T12:00:00.000Z';

  it('is on time when delivered exactly at the promise, even if read later', () => {
    expect(isLate(order('delivered', PROMISE), NOW)).toBe(false);
    expect(daysLate(order('delivered', PROMISE), NOW)).toBe(0);
  });

  it('is late when delivered after the promise, counting Paris calendar days', () => {
    const a = order('delivered', '2026-11-23T09:00:00.000Z');
    expect(isLate(a, NOW)).toBe(true);
    expect(daysLate(a, NOW)).toBe(3);
  });

  it('is late but 0 days late when delivered a few hours after the promise, the same day', () => {
    const a = order('delivered', '2026-11-20T15:00:00.000Z');
    expect(isLate(a, NOW)).toBe(true);
    expect(daysLate(a, NOW)).toBe(0);
  });

  it('is late while undelivered once the promise has passed', () => {
    expect(isLate(order('shipped'), '2026-11-20T10:00:00.000Z')).toBe(false);
    expect(isLate(order('shipped'), '2026-11-20T10:00:00.001Z')).toBe(true);
    expect(daysLate(order('shipped'), '2026-11-22T12:00:00.000Z')).toBe(2);
    expect(isLate(order('placed'), NOW)).toBe(true);
  });

  it('is never late for a refused or cancelled order', () => {
    for (const status of ['refused', 'cancelled'] as const) {
      expect(isLate(order(status), NOW)).toBe(false);
      expect(daysLate(order(status), NOW)).toBe(0);
    }
  });
});

describe('paymentAfterTransition', () => {
  const authorised: Payment = {
    method: 'card',
    cardBrand: 'cb',
    provider: 'payline',
    transactionId: 'PL-0001',
    creditNoteIds: [],
    creditAppliedCents: 0,
    chargedCents: 10487,
    status: 'authorised',
    capturedAt: null,
    refunds: [],
  };
  const NOW = '2026-11-25T12:00:00.000Z';

  it('captures the payment at shipment', () => {
    expect(paymentAfterTransition(authorised, 'shipped', NOW)).toEqual({
      ...authorised,
      status: 'captured',
      capturedAt: NOW,
    });
  });

  it('captures once: a repeated shipment keeps the first capture', () => {
    const captured = paymentAfterTransition(authorised, 'shipped', NOW);
    const again = paymentAfterTransition(captured, 'shipped', '2026-11-26T12:00:00.000Z');
    expect(again).toBe(captured);
    expect(again.capturedAt).toBe(NOW);
  });

  it('marks a refused order as never debited', () => {
    expect(paymentAfterTransition(authorised, 'refused', NOW)).toEqual({
      ...authorised,
      status: 'refused',
    });
  });

  it('leaves the payment alone for other moves', () => {
    expect(paymentAfterTransition(authorised, 'cancelled', NOW)).toBe(authorised);
    const captured = paymentAfterTransition(authorised, 'shipped', NOW);
    expect(paymentAfterTransition(captured, 'delivered', NOW)).toBe(captured);
  });
});

describe('isSalesPeriod', () => {
  it.each([
    // Winter 2026: the second Wednesday (14th) is after the 12th, so the 7th; four weeks.
    ['2026-01-06T22:59:59.000Z', false], // 6 January 23:59:59 in Paris
    ['2026-01-06T23:00:00.000Z', true], // 7 January 00:00 in Paris
    ['2026-02-03T12:00:00.000Z', true],
    ['2026-02-03T23:00:00.000Z', false], // 4 February in Paris
    // Winter 2025: the second Wednesday, 8 January.
    ['2025-01-07T12:00:00.000Z', false],
    ['2025-01-08T12:00:00.000Z', true],
    ['2025-02-04T12:00:00.000Z', true],
    ['2025-02-05T12:00:00.000Z', false],
    // Summer 2026: the last Wednesday of June, the 24th, to 21 July.
    ['2026-06-23T12:00:00.000Z', false],
    ['2026-06-24T12:00:00.000Z', true],
    ['2026-07-21T12:00:00.000Z', true],
    ['2026-07-22T12:00:00.000Z', false],
    // Summer 2027: the last Wednesday (30th) is after the 28th, so the 23rd.
    ['2027-06-22T12:00:00.000Z', false],
    ['2027-06-23T12:00:00.000Z', true],
    ['2027-07-20T12:00:00.000Z', true],
    ['2027-07-21T12:00:00.000Z', false],
    ['2026-11-25T12:00:00.000Z', false],
  ])('%s is in the sales: %s', (iso, sales) => {
    expect(isSalesPeriod(iso)).toBe(sales);
  });
});

describe('the payment after refunds, and what the payment panel says', () => {
  const captured: Payment = {
    method: 'paypal',
    cardBrand: null,
    provider: 'payline',
    transactionId: 'PL-0002',
    creditNoteIds: [],
    creditAppliedCents: 0,
    chargedCents: 10000,
    status: 'captured',
    capturedAt: '2026-11-02T10:00:00.000Z',
    refunds: [],
  };
  const first = { returnId: 7, amountCents: 4000, at: '2026-11-20T09:00:00.000Z' };
  const second = { returnId: 8, amountCents: 6000, at: '2026-11-24T09:00:00.000Z' };

  it('records each refund and is partly refunded until all that was charged is back', () => {
    const once = paymentAfterRefund(captured, first);
    expect(once).toMatchObject({ status: 'partially_refunded', refunds: [first] });
    expect(refundedCents(once)).toBe(4000);
    const twice = paymentAfterRefund(once, second);
    expect(twice).toMatchObject({ status: 'refunded', refunds: [first, second] });
    expect(refundedCents(twice)).toBe(10000);
  });

  it('tells each state from what the server recorded', () => {
    const order = (status: Order['status'], payment: Partial<Payment>) => ({
      status,
      payment: { ...captured, ...payment },
    });
    expect(paymentState(order('placed', { status: 'authorised', capturedAt: null }))).toBe(
      'authorised',
    );
    expect(paymentState(order('shipped', {}))).toBe('captured');
    expect(paymentState(order('refused', { status: 'refused', capturedAt: null }))).toBe('refused');
    expect(paymentState(order('cancelled', { status: 'authorised', capturedAt: null }))).toBe(
      'cancelled',
    );
    expect(paymentState(order('delivered', paymentAfterRefund(captured, first)))).toBe(
      'partially_refunded',
    );
  });
});
