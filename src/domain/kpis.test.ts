import { describe, expect, it } from 'vitest';
import {
  dayOf,
  daysOf,
  DELIVERY_DAYS_BUCKETS,
  deliveryBreakdowns,
  deliveryTotals,
  groupStart,
  GROUP_BY,
  medianOf,
  orderContributions,
  previousPeriod,
  ratio,
  refundBreakdowns,
  refundTotals,
  reservationContributions,
  reservationTotals,
  returnContributions,
  salesTotals,
  serviceBreakdowns,
  serviceContributions,
  serviceTotals,
  wasKlubMember,
  type Contribution,
  type Counters,
  type OrderFacts,
} from './kpis';
import { CARRIERS } from './carriers';
import { firstReplyDueBy } from './contactRequests';
import {
  CONTACT_REASONS,
  DELIVERY_MODES,
  DEPARTMENTS,
  RETURN_REASONS,
  type Department,
  type ContactRequest,
  type KlubMember,
  type Order,
  type OrderLine,
  type Reservation,
  type ReturnAuthorisation,
  type ReturnLine,
} from './types';

/** Contributions summed by `day counter`, so that the order they come in does not matter. */
function tally(contributions: Contribution[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const [day, counter, value] of contributions) {
    const key = `${day} ${counter}`;
    out[key] = (out[key] ?? 0) + value;
  }
  return out;
}

const counters = (entries: Record<string, number>): Counters => new Map(Object.entries(entries));

const PRODUCT_DEPARTMENTS: Record<number, Department> = { 1: 'homme', 2: 'femme', 3: 'garcon' };
const departmentOf = (productId: number): Department | undefined => PRODUCT_DEPARTMENTS[productId];

const line = (productId: number, quantity: number, unitPriceCents = 5000): OrderLine => ({
  productId,
  sku: `SKU-${productId}`,
  name: `Produit ${productId}`,
  size: 'M',
  colour: 'Brut',
  quantity,
  unitPriceCents,
});

function makeOrder(overrides: Partial<Order> = {}): Order {
  const lines = overrides.lines ?? [line(1, 1)];
  const total = lines.reduce((sum, l) => sum + l.quantity * l.unitPriceCents, 0);
  return {
    id: 1,
    reference: 'CMD-26-000001',
    customerId: 1,
    placedAt: '2026-11-02T10:00:00.000Z',
    status: 'placed',
    lines,
    subtotalCents: total,
    promoCode: null,
    discountCents: 0,
    shippingFeeCents: 0,
    totalCents: total,
    payment: {
      method: 'card',
      cardBrand: 'cb',
      provider: 'payline',
      transactionId: 'PAYLINE-1',
      creditNoteIds: [],
      creditAppliedCents: 0,
      chargedCents: total,
      status: 'authorised',
      capturedAt: null,
      refunds: [],
    },
    delivery: {
      mode: 'home',
      carrier: 'Colissimo',
      trackingNumber: null,
      trackingUrl: null,
      address: '1 rue de la Paix, 13001 Marseille',
      relayPointName: null,
      recipientName: 'Camille Martin',
    },
    promisedBy: '2026-11-09T10:00:00.000Z',
    shippedAt: null,
    deliveredAt: null,
    salesPeriod: false,
    version: 1,
    ...overrides,
  };
}

const member = (overrides: Partial<KlubMember> = {}): KlubMember => ({
  id: 1,
  reference: 'KLUB-000001',
  memberNumber: 'KLUB-000001',
  customerId: 1,
  kind: 'member',
  status: 'active',
  joinedAt: '2026-01-01T00:00:00.000Z',
  leftAt: null,
  invitations: [],
  version: 1,
  ...overrides,
});

const facts = (...memberships: KlubMember[]): OrderFacts => ({
  departmentOf,
  klubMembershipsOf: () => memberships,
});

const returnLine = (
  productId: number,
  quantity: number,
  reason: ReturnLine['reason'],
): ReturnLine => ({
  sku: `SKU-${productId}`,
  productId,
  name: `Produit ${productId}`,
  quantity,
  unitPriceCents: 5000,
  reason,
  condition: null,
});

function makeReturn(overrides: Partial<ReturnAuthorisation> = {}): ReturnAuthorisation {
  return {
    id: 1,
    reference: 'RET-26-000001',
    orderId: 1,
    customerId: 1,
    requestedAt: '2026-11-06T10:00:00.000Z',
    status: 'authorised',
    lines: [returnLine(1, 1, 'size_too_small')],
    resolution: 'refund',
    returnShippingFeeCents: 0,
    receivedAt: null,
    receivedBy: null,
    refundDueBy: null,
    refundAmountCents: null,
    refundedAt: null,
    creditNoteId: null,
    notes: '',
    version: 1,
    ...overrides,
  };
}

/** Received 9 Nov at 11:00 Paris: the refund is due by 23 Nov at 11:00 Paris (14 days). */
const RECEIVED = {
  receivedAt: '2026-11-09T10:00:00.000Z',
  receivedBy: 5,
  refundDueBy: '2026-11-23T10:00:00.000Z',
} as const;

function makeReservation(overrides: Partial<Reservation> = {}): Reservation {
  return {
    id: 1,
    reference: 'RES-26-000001',
    customerId: 1,
    storeId: 1,
    productId: 1,
    sku: 'SKU-1',
    size: 'M',
    colour: 'Brut',
    quantity: 1,
    channel: 'email',
    requestedAt: '2026-11-03T08:00:00.000Z',
    status: 'pending',
    confirmBy: '2026-11-03T10:00:00.000Z',
    confirmedAt: null,
    holdUntil: null,
    collectedAt: null,
    version: 1,
    ...overrides,
  };
}

describe('dayOf', () => {
  it('gives the Paris date, which changes at Paris midnight', () => {
    expect(dayOf('2026-11-24T22:59:59.999Z')).toBe('2026-11-24');
    expect(dayOf('2026-11-24T23:00:00.000Z')).toBe('2026-11-25');
    // Same UTC hour as the line above, read again through the cache.
    expect(dayOf('2026-11-24T23:59:59.000Z')).toBe('2026-11-25');
    expect(dayOf('2026-07-14T21:59:59.000Z')).toBe('2026-07-14');
    expect(dayOf('2026-07-14T22:00:00.000Z')).toBe('2026-07-15');
  });

  it('follows the summer offset on both sides of the clock changes', () => {
    expect(dayOf('2026-03-28T22:30:00.000Z')).toBe('2026-03-28');
    expect(dayOf('2026-03-29T22:30:00.000Z')).toBe('2026-03-30');
    expect(dayOf('2026-10-24T22:30:00.000Z')).toBe('2026-10-25');
    expect(dayOf('2026-10-25T22:30:00.000Z')).toBe('2026-10-25');
  });

  it('makes 29 March 2026 a 23-hour day and 25 October 2026 a 25-hour day', () => {
    // Spring forward: from 23:00 UTC on the 28th (CET) to 22:00 UTC on the 29th (CEST).
    expect(dayOf('2026-03-28T22:59:59.000Z')).toBe('2026-03-28');
    expect(dayOf('2026-03-28T23:00:00.000Z')).toBe('2026-03-29');
    expect(dayOf('2026-03-29T01:30:00.000Z')).toBe('2026-03-29');
    expect(dayOf('2026-03-29T21:59:59.000Z')).toBe('2026-03-29');
    expect(dayOf('2026-03-29T22:00:00.000Z')).toBe('2026-03-30');
    // Fall back: from 22:00 UTC on the 24th (CEST) to 23:00 UTC on the 25th (CET).
    expect(dayOf('2026-10-24T21:59:59.000Z')).toBe('2026-10-24');
    expect(dayOf('2026-10-24T22:00:00.000Z')).toBe('2026-10-25');
    expect(dayOf('2026-10-25T01:30:00.000Z')).toBe('2026-10-25');
    expect(dayOf('2026-10-25T22:59:59.000Z')).toBe('2026-10-25');
    expect(dayOf('2026-10-25T23:00:00.000Z')).toBe('2026-10-26');
  });
});

describe('wasKlubMember', () => {
  const left = member({ status: 'left', leftAt: '2026-06-01T00:00:00.000Z' });

  it('holds between joining and leaving only', () => {
    expect(wasKlubMember(left, '2025-12-31T00:00:00.000Z')).toBe(false);
    expect(wasKlubMember(left, '2026-01-01T00:00:00.000Z')).toBe(true);
    expect(wasKlubMember(left, '2026-03-01T00:00:00.000Z')).toBe(true);
    expect(wasKlubMember(left, '2026-06-01T00:00:00.000Z')).toBe(false);
    expect(wasKlubMember(left, '2026-07-01T00:00:00.000Z')).toBe(false);
    expect(wasKlubMember(null, '2026-03-01T00:00:00.000Z')).toBe(false);
  });

  it('counts a current member, suspended or not, and not one marked left without a date', () => {
    expect(wasKlubMember(member(), '2026-03-01T00:00:00.000Z')).toBe(true);
    expect(wasKlubMember(member({ status: 'suspended' }), '2026-03-01T00:00:00.000Z')).toBe(true);
    expect(wasKlubMember(member({ status: 'left' }), '2026-03-01T00:00:00.000Z')).toBe(false);
  });
});

describe('orderContributions', () => {
  /**
   * Placed 1 Nov at 23:30 Paris (22:30 UTC), shipped 2 Nov, delivered 5 Nov at 00:30 Paris
   * (4 Nov 23:30 UTC): 4 Paris calendar days although barely 3 × 24 hours, before the promise.
   */
  const delivered = makeOrder({
    status: 'delivered',
    placedAt: '2026-11-01T22:30:00.000Z',
    lines: [line(1, 2, 4000), line(2, 1, 3000)],
    delivery: { ...makeOrder().delivery, carrier: 'GLS', mode: 'relay_point' },
    promisedBy: '2026-11-08T22:30:00.000Z',
    shippedAt: '2026-11-02T08:00:00.000Z',
    deliveredAt: '2026-11-04T23:30:00.000Z',
  });

  it('counts the sale on the Paris day it was placed, delivery on the Paris day it arrived', () => {
    expect(tally(orderContributions(delivered, facts()))).toEqual({
      '2026-11-01 sales.orders': 1,
      '2026-11-01 sales.revenueCents': 11000,
      '2026-11-02 delivery.shipped': 1,
      '2026-11-05 delivery.delivered': 1,
      '2026-11-05 delivery.onTime': 1,
      '2026-11-05 delivery.days.4': 1,
      '2026-11-05 delivery.carrier.GLS.delivered': 1,
      '2026-11-05 delivery.carrier.GLS.onTime': 1,
      '2026-11-05 delivery.mode.relay_point.delivered': 1,
      '2026-11-05 delivery.mode.relay_point.onTime': 1,
      '2026-11-05 delivery.period.rest.delivered': 1,
      '2026-11-05 delivery.period.rest.onTime': 1,
      '2026-11-05 delivery.period.rest.days': 4,
      '2026-11-05 refunds.unitsDelivered': 3,
      '2026-11-05 refunds.department.homme.delivered': 2,
      '2026-11-05 refunds.department.femme.delivered': 1,
    });
  });

  it('is on time up to the promised instant included, late one second after', () => {
    const atPromise = makeOrder({
      ...delivered,
      deliveredAt: delivered.promisedBy,
    });
    const late = makeOrder({ ...delivered, deliveredAt: '2026-11-08T22:30:01.000Z' });
    expect(tally(orderContributions(atPromise, facts()))).toMatchObject({
      '2026-11-08 delivery.delivered': 1,
      '2026-11-08 delivery.onTime': 1,
      '2026-11-08 delivery.days.7': 1,
    });
    const lateTally = tally(orderContributions(late, facts()));
    expect(lateTally).toMatchObject({
      '2026-11-08 delivery.delivered': 1,
      '2026-11-08 delivery.onTime': 0,
      '2026-11-08 delivery.carrier.GLS.onTime': 0,
      '2026-11-08 delivery.mode.relay_point.onTime': 0,
      '2026-11-08 delivery.period.rest.onTime': 0,
      '2026-11-08 delivery.days.7': 1,
    });
  });

  it('counts delivery days in Paris calendar days across the clock change', () => {
    // Placed Saturday 24 Oct 23:30 CEST, delivered Sunday 25 Oct 23:30 CET: 25 hours, 1 day.
    const order = makeOrder({
      status: 'delivered',
      placedAt: '2026-10-24T21:30:00.000Z',
      promisedBy: '2026-10-31T22:30:00.000Z',
      shippedAt: '2026-10-25T08:00:00.000Z',
      deliveredAt: '2026-10-25T22:30:00.000Z',
    });
    expect(tally(orderContributions(order, facts()))).toMatchObject({
      '2026-10-24 sales.orders': 1,
      '2026-10-25 delivery.days.1': 1,
    });
  });

  it('puts deliveries of the sales period apart, and lines of unknown products under unknown', () => {
    const order = makeOrder({
      ...delivered,
      salesPeriod: true,
      lines: [line(1, 1), line(99, 2)],
    });
    const counted = tally(orderContributions(order, facts()));
    expect(counted).toMatchObject({
      '2026-11-05 delivery.period.sales.delivered': 1,
      '2026-11-05 delivery.period.sales.onTime': 1,
      '2026-11-05 delivery.period.sales.days': 4,
      '2026-11-05 refunds.unitsDelivered': 3,
      '2026-11-05 refunds.department.homme.delivered': 1,
      '2026-11-05 refunds.department.unknown.delivered': 2,
    });
    expect(Object.keys(counted).some((key) => key.includes('period.rest'))).toBe(false);
  });

  it('adds no sale for a refused or cancelled order', () => {
    expect(orderContributions(makeOrder({ status: 'refused' }), facts(member()))).toEqual([]);
    expect(orderContributions(makeOrder({ status: 'cancelled' }), facts(member()))).toEqual([]);
  });

  it('counts a placed order as a sale only', () => {
    expect(tally(orderContributions(makeOrder(), facts()))).toEqual({
      '2026-11-02 sales.orders': 1,
      '2026-11-02 sales.revenueCents': 5000,
    });
  });

  it('counts a shipped order as shipped, not yet delivered', () => {
    const shipped = makeOrder({ status: 'shipped', shippedAt: '2026-11-02T23:30:00.000Z' });
    expect(tally(orderContributions(shipped, facts()))).toEqual({
      '2026-11-02 sales.orders': 1,
      '2026-11-02 sales.revenueCents': 5000,
      '2026-11-03 delivery.shipped': 1,
    });
  });

  const klubOrdersOn2November = (...memberships: KlubMember[]) =>
    tally(
      orderContributions(
        makeOrder({ placedAt: '2026-11-02T10:00:00.000Z' }),
        facts(...memberships),
      ),
    )['2026-11-02 sales.klubOrders'] ?? 0;

  it('counts a Klub order by the membership at the time of the order', () => {
    expect(klubOrdersOn2November(member())).toBe(1);
    expect(klubOrdersOn2November(member({ joinedAt: '2026-11-02T10:00:01.000Z' }))).toBe(0);
    expect(
      klubOrdersOn2November(member({ status: 'left', leftAt: '2026-11-10T00:00:00.000Z' })),
    ).toBe(1);
    expect(
      klubOrdersOn2November(member({ status: 'left', leftAt: '2026-11-01T00:00:00.000Z' })),
    ).toBe(0);
    expect(klubOrdersOn2November()).toBe(0);
  });

  it('counts an order of a member who has since left and joined again by the old membership', () => {
    const left = member({ id: 1, status: 'left', leftAt: '2026-11-05T00:00:00.000Z' });
    const again = member({ id: 2, joinedAt: '2026-11-20T00:00:00.000Z' });
    expect(klubOrdersOn2November(left, again)).toBe(1);
    expect(klubOrdersOn2November(again)).toBe(0);
  });

  it('asks for the memberships of the customer of the order it counts', () => {
    const asked: Order[] = [];
    const order = makeOrder({ id: 42 });
    orderContributions(order, {
      departmentOf,
      klubMembershipsOf: (o) => {
        asked.push(o);
        return [];
      },
    });
    expect(asked).toEqual([order]);
  });
});

describe('returnContributions', () => {
  /** Requested 7 Nov at 00:30 Paris, two lines, three units. */
  const requested = makeReturn({
    requestedAt: '2026-11-06T23:30:00.000Z',
    lines: [returnLine(1, 1, 'size_too_small'), returnLine(2, 2, 'defective')],
  });
  const created = {
    '2026-11-07 refunds.returnsCreated': 1,
    '2026-11-07 refunds.unitsReturned': 3,
    '2026-11-07 refunds.reason.size_too_small': 1,
    '2026-11-07 refunds.reason.defective': 2,
    '2026-11-07 refunds.department.homme.returned': 1,
    '2026-11-07 refunds.department.femme.returned': 2,
  };

  it('counts an authorised return and its units on the Paris day it was requested', () => {
    expect(tally(returnContributions(requested, departmentOf))).toEqual(created);
  });

  it('counts a cancelled return as created, with no units returned', () => {
    const cancelled = makeReturn({ ...requested, status: 'cancelled' });
    expect(tally(returnContributions(cancelled, departmentOf))).toEqual({
      '2026-11-07 refunds.returnsCreated': 1,
    });
  });

  it('counts a reception on its day, and a rejected return as received but not resolved', () => {
    const received = makeReturn({ ...requested, ...RECEIVED, status: 'received' });
    expect(tally(returnContributions(received, departmentOf))).toEqual({
      ...created,
      '2026-11-09 refunds.received': 1,
    });
    const rejected = makeReturn({ ...requested, ...RECEIVED, status: 'rejected' });
    expect(tally(returnContributions(rejected, departmentOf))).toEqual({
      ...created,
      '2026-11-09 refunds.received': 1,
    });
  });

  it('counts a refund within the promise on the day it was made, with its Paris days', () => {
    const refunded = makeReturn({
      ...requested,
      ...RECEIVED,
      status: 'refunded',
      refundAmountCents: 15000,
      refundedAt: '2026-11-12T22:59:59.000Z',
    });
    expect(tally(returnContributions(refunded, departmentOf))).toEqual({
      ...created,
      '2026-11-09 refunds.received': 1,
      '2026-11-12 refunds.refundedCents': 15000,
      '2026-11-12 refunds.resolved': 1,
      '2026-11-12 refunds.resolvedInPromise': 1,
      '2026-11-12 refunds.days.3': 1,
      '2026-11-12 refunds.inPromise.yes': 1,
    });
  });

  it('is within the promise up to refundDueBy included, outside one second after', () => {
    const at = (refundedAt: string) =>
      tally(
        returnContributions(
          makeReturn({ ...RECEIVED, status: 'refunded', refundAmountCents: 5000, refundedAt }),
          departmentOf,
        ),
      );
    expect(at('2026-11-23T10:00:00.000Z')).toMatchObject({
      '2026-11-23 refunds.resolved': 1,
      '2026-11-23 refunds.resolvedInPromise': 1,
      '2026-11-23 refunds.days.14': 1,
      '2026-11-23 refunds.inPromise.yes': 1,
    });
    const late = at('2026-11-23T10:00:01.000Z');
    expect(late).toMatchObject({
      '2026-11-23 refunds.resolved': 1,
      '2026-11-23 refunds.resolvedInPromise': 0,
      '2026-11-23 refunds.days.14': 1,
      '2026-11-23 refunds.inPromise.no': 1,
    });
    expect(late).not.toHaveProperty(['2026-11-23 refunds.inPromise.yes']);
  });

  it('counts refund days in Paris calendar days: one hour across Paris midnight is one day', () => {
    const refunded = makeReturn({
      status: 'refunded',
      receivedAt: '2026-11-09T22:30:00.000Z',
      refundDueBy: '2026-11-23T22:30:00.000Z',
      refundAmountCents: 5000,
      refundedAt: '2026-11-09T23:30:00.000Z',
    });
    expect(tally(returnContributions(refunded, departmentOf))).toMatchObject({
      '2026-11-09 refunds.received': 1,
      '2026-11-10 refunds.days.1': 1,
    });
  });

  it('counts a credit note as credited money, resolved like a refund', () => {
    const credited = makeReturn({
      ...RECEIVED,
      status: 'credited',
      resolution: 'credit_note',
      refundAmountCents: 5000,
      refundedAt: '2026-11-09T15:00:00.000Z',
      creditNoteId: 3,
    });
    const counted = tally(returnContributions(credited, departmentOf));
    expect(counted).toMatchObject({
      '2026-11-09 refunds.creditedCents': 5000,
      '2026-11-09 refunds.resolved': 1,
      '2026-11-09 refunds.resolvedInPromise': 1,
      '2026-11-09 refunds.days.0': 1,
    });
    expect(counted).not.toHaveProperty(['2026-11-09 refunds.refundedCents']);
  });

  it('puts returned units of unknown products under unknown', () => {
    const ret = makeReturn({ lines: [returnLine(99, 1, 'other')] });
    expect(tally(returnContributions(ret, departmentOf))).toMatchObject({
      '2026-11-06 refunds.department.unknown.returned': 1,
    });
  });
});

describe('reservationContributions', () => {
  it('counts a pending reservation as requested only', () => {
    expect(tally(reservationContributions(makeReservation()))).toEqual({
      '2026-11-03 reservations.requested': 1,
    });
  });

  it('counts a confirmation at the 2-hour limit as in time, a second later as late', () => {
    const inTime = makeReservation({
      status: 'confirmed',
      confirmedAt: '2026-11-03T10:00:00.000Z',
      holdUntil: '2026-11-05T10:00:00.000Z',
    });
    expect(tally(reservationContributions(inTime))).toEqual({
      '2026-11-03 reservations.requested': 1,
      '2026-11-03 reservations.confirmed': 1,
      '2026-11-03 reservations.confirmedInTime': 1,
    });
    const late = makeReservation({ ...inTime, confirmedAt: '2026-11-03T10:00:01.000Z' });
    expect(tally(reservationContributions(late))).toEqual({
      '2026-11-03 reservations.requested': 1,
      '2026-11-03 reservations.confirmed': 1,
      '2026-11-03 reservations.confirmedInTime': 0,
    });
  });

  it('counts each step on its own Paris day', () => {
    // Requested 3 Nov at 23:30 Paris, confirmed late 4 Nov at 01:45, collected 5 Nov.
    const collected = makeReservation({
      requestedAt: '2026-11-03T22:30:00.000Z',
      confirmBy: '2026-11-04T00:30:00.000Z',
      status: 'collected',
      confirmedAt: '2026-11-04T00:45:00.000Z',
      holdUntil: '2026-11-06T00:45:00.000Z',
      collectedAt: '2026-11-05T16:00:00.000Z',
    });
    expect(tally(reservationContributions(collected))).toEqual({
      '2026-11-03 reservations.requested': 1,
      '2026-11-04 reservations.confirmed': 1,
      '2026-11-04 reservations.confirmedInTime': 0,
      '2026-11-05 reservations.collected': 1,
    });
  });

  it('counts an expiry on the Paris day the hold ended', () => {
    const expired = makeReservation({
      status: 'expired',
      confirmedAt: '2026-11-03T09:00:00.000Z',
      holdUntil: '2026-11-05T23:30:00.000Z',
    });
    expect(tally(reservationContributions(expired))).toEqual({
      '2026-11-03 reservations.requested': 1,
      '2026-11-03 reservations.confirmed': 1,
      '2026-11-03 reservations.confirmedInTime': 1,
      '2026-11-06 reservations.expired': 1,
    });
    // Cancelled while held: neither collected nor expired.
    const cancelled = makeReservation({ ...expired, status: 'cancelled' });
    expect(tally(reservationContributions(cancelled))).not.toHaveProperty([
      '2026-11-06 reservations.expired',
    ]);
  });
});

describe('serviceContributions', () => {
  // Friday 6 Nov 2026, 17:00 Paris: half an hour on Friday, the rest from Monday 8:30.
  const receivedAt = '2026-11-06T16:00:00.000Z';
  const request = (facts: Partial<ContactRequest> = {}) =>
    ({
      receivedAt,
      reason: 'order_tracking',
      status: 'open',
      firstReplyDueBy: firstReplyDueBy(receivedAt),
      firstRepliedAt: null,
      ...facts,
    }) as ContactRequest;

  it('counts an unanswered request as received, under its reason, on its Paris day', () => {
    expect(tally(serviceContributions(request({ reason: 'refund' })))).toEqual({
      '2026-11-06 service.received': 1,
      '2026-11-06 service.reason.refund': 1,
    });
  });

  it('counts the reply on the day the request was received, in minutes of opening time', () => {
    // Answered Monday 9 Nov at 10:00 Paris: 30 min on Friday and 1 h 30 on Monday.
    const replied = request({
      status: 'waiting_customer',
      firstRepliedAt: '2026-11-09T09:00:00.000Z',
    });
    expect(tally(serviceContributions(replied))).toEqual({
      '2026-11-06 service.received': 1,
      '2026-11-06 service.reason.order_tracking': 1,
      '2026-11-06 service.replied': 1,
      '2026-11-06 service.repliedInPromise': 1,
      '2026-11-06 service.replyMinutes.120': 1,
    });
  });

  it('is within the promise up to firstReplyDueBy included, late one second after', () => {
    const due = firstReplyDueBy(receivedAt);
    const late = new Date(Date.parse(due) + 1000).toISOString();
    const inPromise = (at: string) =>
      tally(serviceContributions(request({ firstRepliedAt: at })))[
        '2026-11-06 service.repliedInPromise'
      ];
    expect(inPromise(due)).toBe(1);
    expect(inPromise(late)).toBe(0);
  });
});

describe('medianOf', () => {
  const histogram = (entries: [number, number][]): Counters =>
    new Map(entries.map(([value, count]) => [`h.${value}`, count]));

  it('is the middle value of an odd count', () => {
    expect(
      medianOf(
        histogram([
          [1, 1],
          [4, 1],
          [9, 1],
        ]),
        'h',
      ),
    ).toBe(4);
  });

  it('is the lower middle value of an even count', () => {
    expect(
      medianOf(
        histogram([
          [3, 1],
          [16, 1],
        ]),
        'h',
      ),
    ).toBe(3);
    // 2, 5, 5, 20: the lower middle is 5.
    expect(
      medianOf(
        histogram([
          [20, 1],
          [2, 1],
          [5, 2],
        ]),
        'h',
      ),
    ).toBe(5);
  });

  it('orders values as numbers, not as text', () => {
    expect(
      medianOf(
        histogram([
          [100, 1],
          [9, 1],
          [10, 1],
        ]),
        'h',
      ),
    ).toBe(10);
  });

  it('weighs each value by its count and ignores other counters', () => {
    const c = histogram([
      [2, 5],
      [10, 4],
    ]);
    c.set('other.1', 100);
    c.set('hx.50', 100);
    c.set('h', 100);
    expect(medianOf(c, 'h')).toBe(2);
  });

  it('is null when nothing was counted', () => {
    expect(medianOf(new Map(), 'h')).toBeNull();
    expect(medianOf(histogram([[5, 0]]), 'h')).toBeNull();
  });
});

describe('ratio', () => {
  it('is null rather than a division by zero', () => {
    expect(ratio(1, 4)).toBe(0.25);
    expect(ratio(0, 4)).toBe(0);
    expect(ratio(0, 0)).toBeNull();
    expect(ratio(3, 0)).toBeNull();
  });
});

describe('periods', () => {
  it('groups by day, by week or by month', () => {
    expect(GROUP_BY).toEqual(['day', 'week', 'month']);
  });

  it('lists every day of a period, both ends included', () => {
    expect(daysOf('2026-10-30', '2026-11-02')).toEqual([
      '2026-10-30',
      '2026-10-31',
      '2026-11-01',
      '2026-11-02',
    ]);
    expect(daysOf('2026-11-25', '2026-11-25')).toEqual(['2026-11-25']);
    expect(daysOf('2026-11-26', '2026-11-25')).toEqual([]);
  });

  it('lists each day once across the clock changes and 29 February', () => {
    expect(daysOf('2026-03-28', '2026-03-30')).toEqual(['2026-03-28', '2026-03-29', '2026-03-30']);
    expect(daysOf('2026-10-24', '2026-10-26')).toEqual(['2026-10-24', '2026-10-25', '2026-10-26']);
    expect(daysOf('2028-02-28', '2028-03-01')).toEqual(['2028-02-28', '2028-02-29', '2028-03-01']);
    expect(daysOf('2026-01-01', '2026-12-31')).toHaveLength(365);
  });

  it('takes the period of the same length just before', () => {
    expect(previousPeriod('2026-11-01', '2026-11-07')).toEqual({
      from: '2026-10-25',
      to: '2026-10-31',
    });
    expect(previousPeriod('2026-03-01', '2026-03-01')).toEqual({
      from: '2026-02-28',
      to: '2026-02-28',
    });
    expect(previousPeriod('2027-01-01', '2027-01-10')).toEqual({
      from: '2026-12-22',
      to: '2026-12-31',
    });
    // 31 days ending on 29 February 2028.
    expect(previousPeriod('2028-03-01', '2028-03-31')).toEqual({
      from: '2028-01-30',
      to: '2028-02-29',
    });
  });

  it('groups by day, by week from Monday, and by month', () => {
    expect(groupStart('2026-11-01', 'day')).toBe('2026-11-01');
    expect(groupStart('2026-11-01', 'week')).toBe('2026-10-26');
    expect(groupStart('2026-11-02', 'week')).toBe('2026-11-02');
    expect(groupStart('2026-11-08', 'week')).toBe('2026-11-02');
    expect(groupStart('2026-11-25', 'month')).toBe('2026-11-01');
    expect(groupStart('2026-11-01', 'month')).toBe('2026-11-01');
    expect(groupStart('2026-12-31', 'month')).toBe('2026-12-01');
  });

  it('starts a week on the Monday before, across months, years and clock changes', () => {
    expect(groupStart('2027-01-03', 'week')).toBe('2026-12-28');
    expect(groupStart('2026-03-29', 'week')).toBe('2026-03-23');
    expect(groupStart('2026-10-25', 'week')).toBe('2026-10-19');
    expect(groupStart('2028-03-01', 'week')).toBe('2028-02-28');
  });
});

describe('refundTotals', () => {
  it('gives the return rate, the amounts, the share within the promise and the median days', () => {
    expect(
      refundTotals(
        counters({
          'refunds.returnsCreated': 3,
          'refunds.unitsReturned': 2,
          'refunds.unitsDelivered': 8,
          'refunds.refundedCents': 5000,
          'refunds.creditedCents': 1200,
          'refunds.resolved': 4,
          'refunds.resolvedInPromise': 3,
          'refunds.days.2': 1,
          'refunds.days.5': 2,
          'refunds.days.20': 1,
          'delivery.days.1': 50,
        }),
      ),
    ).toEqual({
      returnsCreated: 3,
      unitsReturned: 2,
      unitsDelivered: 8,
      returnRate: 0.25,
      refundedCents: 5000,
      creditedCents: 1200,
      resolved: 4,
      resolvedWithinPromise: 3,
      withinPromiseShare: 0.75,
      medianRefundDays: 5,
    });
  });

  it('gives null ratios and median, not zero or infinity, when nothing was delivered or resolved', () => {
    expect(refundTotals(new Map())).toEqual({
      returnsCreated: 0,
      unitsReturned: 0,
      unitsDelivered: 0,
      returnRate: null,
      refundedCents: 0,
      creditedCents: 0,
      resolved: 0,
      resolvedWithinPromise: 0,
      withinPromiseShare: null,
      medianRefundDays: null,
    });
    expect(refundTotals(counters({ 'refunds.unitsReturned': 2 })).returnRate).toBeNull();
  });
});

describe('deliveryTotals', () => {
  it('gives the on-time share and the median days', () => {
    expect(
      deliveryTotals(
        counters({
          'delivery.shipped': 5,
          'delivery.delivered': 4,
          'delivery.onTime': 3,
          'delivery.days.2': 1,
          'delivery.days.3': 1,
          'delivery.days.4': 1,
          'delivery.days.9': 1,
          'delivery.period.rest.days': 18,
        }),
      ),
    ).toEqual({ shipped: 5, delivered: 4, onTime: 3, onTimeShare: 0.75, medianDeliveryDays: 3 });
  });

  it('gives null when nothing was delivered', () => {
    expect(deliveryTotals(counters({ 'delivery.shipped': 2 }))).toEqual({
      shipped: 2,
      delivered: 0,
      onTime: 0,
      onTimeShare: null,
      medianDeliveryDays: null,
    });
  });
});

describe('reservationTotals', () => {
  it('gives the share confirmed in time and the pick-up rate', () => {
    expect(
      reservationTotals(
        counters({
          'reservations.requested': 10,
          'reservations.confirmed': 8,
          'reservations.confirmedInTime': 6,
          'reservations.collected': 3,
          'reservations.expired': 1,
        }),
      ),
    ).toEqual({
      requested: 10,
      confirmed: 8,
      confirmedInTime: 6,
      confirmedInTimeShare: 0.75,
      collected: 3,
      expired: 1,
      pickupRate: 0.75,
    });
  });

  it('gives null when nothing was confirmed, collected or expired', () => {
    expect(reservationTotals(counters({ 'reservations.requested': 2 }))).toEqual({
      requested: 2,
      confirmed: 0,
      confirmedInTime: 0,
      confirmedInTimeShare: null,
      collected: 0,
      expired: 0,
      pickupRate: null,
    });
  });
});

describe('serviceTotals', () => {
  it('gives the share answered within the promise among those answered, the median in hours', () => {
    expect(
      serviceTotals(
        counters({
          'service.received': 5,
          'service.replied': 3,
          'service.repliedInPromise': 2,
          'service.replyMinutes.45': 1,
          'service.replyMinutes.100': 1,
          'service.replyMinutes.690': 1,
          'refunds.days.1': 40,
        }),
      ),
    ).toEqual({
      received: 5,
      replied: 3,
      repliedWithinPromise: 2,
      withinPromiseShare: 0.6667,
      // 100 minutes, to the hundredth of an hour.
      medianFirstReplyHours: 1.67,
    });
  });

  it('gives null share and median when nothing was answered', () => {
    expect(serviceTotals(counters({ 'service.received': 2 }))).toEqual({
      received: 2,
      replied: 0,
      repliedWithinPromise: 0,
      withinPromiseShare: null,
      medianFirstReplyHours: null,
    });
  });
});

describe('serviceBreakdowns', () => {
  it('gives every reason its row, with its share of the requests received', () => {
    const rows = serviceBreakdowns(
      counters({
        'service.received': 4,
        'service.reason.order_tracking': 3,
        'service.reason.other': 1,
      }),
    ).byContactReason;
    expect(rows.map((row) => row.reason)).toEqual([...CONTACT_REASONS]);
    expect(rows[0]).toEqual({ reason: 'order_tracking', requests: 3, share: 0.75 });
    expect(rows.find((row) => row.reason === 'other')).toEqual({
      reason: 'other',
      requests: 1,
      share: 0.25,
    });
    expect(rows.find((row) => row.reason === 'refund')).toEqual({
      reason: 'refund',
      requests: 0,
      share: 0,
    });
  });

  it('has null shares when nothing was received', () => {
    expect(serviceBreakdowns(new Map()).byContactReason[0]).toEqual({
      reason: 'order_tracking',
      requests: 0,
      share: null,
    });
  });
});

describe('salesTotals', () => {
  it('gives the average basket in whole cents and the Klub share', () => {
    expect(
      salesTotals(
        counters({ 'sales.orders': 3, 'sales.revenueCents': 10001, 'sales.klubOrders': 1 }),
      ),
    ).toEqual({ revenueCents: 10001, orders: 3, averageBasketCents: 3334, klubShare: 0.3333 });
  });

  it('gives null basket and share without orders', () => {
    expect(salesTotals(new Map())).toEqual({
      revenueCents: 0,
      orders: 0,
      averageBasketCents: null,
      klubShare: null,
    });
  });
});

describe('refundBreakdowns', () => {
  it('gives units by reason, and by department the units delivered, returned and their rate', () => {
    const { byReason, byDepartment } = refundBreakdowns(
      counters({
        'refunds.reason.size_too_small': 3,
        'refunds.reason.defective': 1,
        'refunds.department.homme.delivered': 10,
        'refunds.department.homme.returned': 4,
        'refunds.department.femme.delivered': 5,
        'refunds.department.fille.returned': 1,
        'refunds.unitsReturned': 4,
      }),
    );
    expect(byReason).toEqual([
      { reason: 'size_too_small', units: 3 },
      { reason: 'size_too_large', units: 0 },
      { reason: 'not_as_described', units: 0 },
      { reason: 'defective', units: 1 },
      { reason: 'changed_mind', units: 0 },
      { reason: 'other', units: 0 },
    ]);
    expect(byDepartment).toEqual([
      { department: 'homme', unitsDelivered: 10, unitsReturned: 4, returnRate: 0.4 },
      { department: 'femme', unitsDelivered: 5, unitsReturned: 0, returnRate: 0 },
      { department: 'garcon', unitsDelivered: 0, unitsReturned: 0, returnRate: null },
      { department: 'fille', unitsDelivered: 0, unitsReturned: 1, returnRate: null },
    ]);
  });

  it('has the same rows without returns or deliveries, at zero', () => {
    const { byReason, byDepartment } = refundBreakdowns(new Map());
    expect(byReason).toEqual(RETURN_REASONS.map((reason) => ({ reason, units: 0 })));
    expect(byDepartment.map((row) => row.returnRate)).toEqual(DEPARTMENTS.map(() => null));
  });
});

describe('deliveryBreakdowns', () => {
  it('gives on-time shares by carrier, mode and sales period, and the days distribution', () => {
    const c = counters({
      'delivery.carrier.GLS.delivered': 4,
      'delivery.carrier.GLS.onTime': 3,
      'delivery.carrier.Mondial Relay.delivered': 1,
      'delivery.carrier.Mondial Relay.onTime': 0,
      'delivery.mode.home.delivered': 5,
      'delivery.mode.home.onTime': 3,
      'delivery.period.sales.delivered': 2,
      'delivery.period.sales.onTime': 1,
      'delivery.period.sales.days': 9,
      'delivery.period.rest.delivered': 3,
      'delivery.period.rest.onTime': 2,
      'delivery.period.rest.days': 6,
      'delivery.days.10': 1,
      'delivery.days.2': 3,
      'delivery.days.3': 1,
      'delivery.days.21': 2,
      'delivery.delivered': 7,
    });
    const { byCarrier, byMode, salesPeriod, daysDistribution } = deliveryBreakdowns(c);
    expect(byCarrier).toEqual([
      { carrier: 'Colissimo', delivered: 0, onTimeShare: null, averageDays: undefined },
      { carrier: 'Chronopost', delivered: 0, onTimeShare: null, averageDays: undefined },
      { carrier: 'Mondial Relay', delivered: 1, onTimeShare: 0, averageDays: undefined },
      { carrier: 'DPD', delivered: 0, onTimeShare: null, averageDays: undefined },
      { carrier: 'GLS', delivered: 4, onTimeShare: 0.75, averageDays: undefined },
    ]);
    expect(byMode).toEqual([
      { mode: 'home', delivered: 5, onTimeShare: 0.6, averageDays: undefined },
      { mode: 'relay_point', delivered: 0, onTimeShare: null, averageDays: undefined },
      { mode: 'post_office', delivered: 0, onTimeShare: null, averageDays: undefined },
    ]);
    expect(salesPeriod).toEqual([
      { period: 'sales', delivered: 2, onTimeShare: 0.5, averageDays: 4.5 },
      { period: 'rest', delivered: 3, onTimeShare: 0.6667, averageDays: 2 },
    ]);
    expect(daysDistribution).toHaveLength(DELIVERY_DAYS_BUCKETS);
    expect(daysDistribution.filter((row) => row.orders > 0)).toEqual([
      { days: 2, orders: 3 },
      { days: 3, orders: 1 },
      { days: 10, orders: 1 },
      { days: DELIVERY_DAYS_BUCKETS - 1, orders: 2 },
    ]);
  });

  it('has the same rows without deliveries, at zero', () => {
    const { byCarrier, byMode, salesPeriod, daysDistribution } = deliveryBreakdowns(new Map());
    expect(byCarrier.map((row) => [row.carrier, row.delivered])).toEqual(
      CARRIERS.map((carrier) => [carrier, 0]),
    );
    expect(byMode.map((row) => row.mode)).toEqual([...DELIVERY_MODES]);
    expect(salesPeriod.map((row) => row.period)).toEqual(['sales', 'rest']);
    expect(daysDistribution.every((row) => row.orders === 0)).toBe(true);
  });
});

describe('ratio', () => {
  it('is rounded to the ten-thousandth, and null for nothing to divide', () => {
    expect(ratio(2, 3)).toBe(0.6667);
    expect(ratio(1, 8)).toBe(0.125);
    expect(ratio(1, 0)).toBeNull();
  });
});
