import { beforeAll, describe, expect, it } from 'vitest';
import { clockFrom, createMockApi, type MockApi } from '../../mock-api/createMockApi';
import { CARRIERS } from '../../src/domain/carriers';
import { DELIVERY_DAYS_BUCKETS } from '../../src/domain/kpis';
import { CONTACT_REASONS, RETURN_REASONS, type Database, type Order } from '../../src/domain/types';
import { FIXTURE_NOW, kpiFixture } from './fixture';

const API = 'http://kaporal.test/api';

async function signIn(api: MockApi, email = 'manager@kaporal.test'): Promise<string> {
  const response = await api.handle(
    new Request(`${API}/auth/login`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ email, password: 'kaporal' }),
    }),
  );
  return ((await response.json()) as { token: string }).token;
}

/** Calls the API as a signed-in user (or anonymously with `email` null), answering the text. */
async function caller(api: MockApi, email: string | null) {
  const token = email && (await signIn(api, email));
  return async (method: string, path: string, body?: unknown) => {
    const response = await api.handle(
      new Request(`${API}${path}`, {
        method,
        headers: {
          'Content-Type': 'application/json',
          ...(token && { Authorization: `Bearer ${token}` }),
        },
        body: body === undefined ? undefined : JSON.stringify(body),
      }),
    );
    return { status: response.status, text: await response.text() };
  };
}

async function kpis(db: Database, query: string, email = 'manager@kaporal.test') {
  const call = await caller(createMockApi(db, clockFrom(FIXTURE_NOW)), email);
  return call('GET', `/kpis?${query}`);
}

const WEEK = 'from=2026-11-01&to=2026-11-07&groupBy=day';

describe('GET /api/kpis on a dataset computed by hand', () => {
  let report: Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

  beforeAll(async () => {
    const { status, text } = await kpis(await kpiFixture(), WEEK);
    expect(status).toBe(200);
    report = JSON.parse(text);
  });

  it('gives the refund figures of the period', () => {
    expect(report.totals.refunds).toEqual({
      returnsCreated: 2,
      unitsReturned: 1,
      unitsDelivered: 3,
      returnRate: 0.3333,
      refundedCents: 4410,
      creditedCents: 0,
      resolved: 1,
      resolvedWithinPromise: 1,
      withinPromiseShare: 1,
      medianRefundDays: 1,
    });
  });

  it('gives the delivery figures: on-time share and median days (lower middle)', () => {
    expect(report.totals.delivery).toEqual({
      shipped: 2,
      delivered: 2,
      onTime: 1,
      onTimeShare: 0.5,
      medianDeliveryDays: 3,
    });
  });

  it('gives the reservation and sales figures', () => {
    expect(report.totals.reservations).toEqual({
      requested: 2,
      confirmed: 2,
      confirmedInTime: 1,
      confirmedInTimeShare: 0.5,
      collected: 1,
      expired: 1,
      pickupRate: 0.5,
    });
    expect(report.totals.sales).toEqual({
      revenueCents: 13000,
      orders: 2,
      averageBasketCents: 6500,
      klubShare: 0.5,
    });
  });

  it('gives the previous period of the same length, and null where it has nothing', () => {
    expect(report.previousPeriod).toEqual({ from: '2026-10-25', to: '2026-10-31' });
    expect(report.previous.refunds).toMatchObject({ returnsCreated: 1, returnRate: 1 });
    expect(report.previous.delivery).toMatchObject({ delivered: 1, medianDeliveryDays: 2 });
    expect(report.previous.sales).toMatchObject({ revenueCents: 8000, orders: 1 });
    expect(report.previous.reservations.confirmedInTimeShare).toBeNull();
  });

  it('gives the service figures of the requests received in the period', () => {
    expect(report.totals.service).toEqual({
      // Sunday's request, the two answered, the overdue one and the one resolved without a reply.
      received: 5,
      replied: 3,
      repliedWithinPromise: 2,
      withinPromiseShare: 0.6667,
      // 45 min, 1 h 30 and 11 h 30 of opening time: the middle one.
      medianFirstReplyHours: 1.5,
    });
    expect(report.previous.service).toEqual({
      received: 1,
      replied: 1,
      repliedWithinPromise: 1,
      withinPromiseShare: 1,
      medianFirstReplyHours: 1,
    });
  });

  it('counts a request and its reply on the day it was received, a weekend included', () => {
    const service = (day: number) => report.series[day].service;
    expect(service(0)).toEqual({
      received: 1,
      replied: 1,
      repliedWithinPromise: 1,
      withinPromiseShare: 1,
      medianFirstReplyHours: 1.5,
    });
    // Monday 2 Nov: the day of the reply to Sunday's request, not of a request.
    expect(service(1)).toEqual({
      received: 0,
      replied: 0,
      repliedWithinPromise: 0,
      withinPromiseShare: null,
      medianFirstReplyHours: null,
    });
    expect(service(3)).toMatchObject({
      received: 1,
      withinPromiseShare: 0,
      medianFirstReplyHours: 11.5,
    });
    expect(service(4)).toMatchObject({ received: 1, replied: 0, withinPromiseShare: null });
  });

  it('breaks requests down by reason, every reason with its row and share', () => {
    const counted: Record<string, number> = {
      order_tracking: 2,
      refund: 1,
      parcel_not_found: 1,
      newsletter: 1,
    };
    expect(report.breakdowns.byContactReason).toEqual(
      CONTACT_REASONS.map((reason) => ({
        reason,
        requests: counted[reason] ?? 0,
        share: (counted[reason] ?? 0) / 5,
      })),
    );
  });

  it('counts what is wrong right now, whatever the period', () => {
    expect(report.open).toEqual({
      overdueRefunds: 1,
      lateOrdersOpen: 1,
      reservationsPastConfirmBy: 0,
      // Not the one resolved without a reply, nor today's, still within its promise.
      overdueContactRequests: 1,
    });
  });

  it('breaks returns down by reason and department, deliveries by carrier and days', () => {
    // Every reason, department, carrier and day bucket has its row, counted or not.
    expect(report.breakdowns.byReason).toEqual(
      RETURN_REASONS.map((reason) => ({ reason, units: reason === 'size_too_small' ? 1 : 0 })),
    );
    expect(report.breakdowns.byDepartment).toEqual([
      { department: 'homme', unitsDelivered: 2, unitsReturned: 1, returnRate: 0.5 },
      { department: 'femme', unitsDelivered: 1, unitsReturned: 0, returnRate: 0 },
      { department: 'garcon', unitsDelivered: 0, unitsReturned: 0, returnRate: null },
      { department: 'fille', unitsDelivered: 0, unitsReturned: 0, returnRate: null },
    ]);
    expect(report.breakdowns.byCarrier.map((row: { carrier: string }) => row.carrier)).toEqual([
      ...CARRIERS,
    ]);
    expect(report.breakdowns.byCarrier).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ carrier: 'Colissimo', delivered: 1, onTimeShare: 1 }),
        expect.objectContaining({ carrier: 'GLS', delivered: 1, onTimeShare: 0 }),
        expect.objectContaining({ carrier: 'DPD', delivered: 0, onTimeShare: null }),
      ]),
    );
    // 3 days, and 16 days in the last bucket: 14 days and more.
    expect(
      report.breakdowns.daysDistribution.filter((row: { orders: number }) => row.orders > 0),
    ).toEqual([
      { days: 3, orders: 1 },
      { days: DELIVERY_DAYS_BUCKETS - 1, orders: 1 },
    ]);
    expect(report.breakdowns.daysDistribution).toHaveLength(DELIVERY_DAYS_BUCKETS);
  });

  it('series by day, and by week starting on Mondays', async () => {
    expect(report.series.map((s: { period: string }) => s.period)).toEqual([
      '2026-11-01',
      '2026-11-02',
      '2026-11-03',
      '2026-11-04',
      '2026-11-05',
      '2026-11-06',
      '2026-11-07',
    ]);
    expect(report.series[3].delivery.delivered).toBe(1);
    const weekly = JSON.parse(
      (await kpis(await kpiFixture(), 'from=2026-11-01&to=2026-11-07&groupBy=week')).text,
    );
    expect(weekly.series.map((s: { period: string }) => s.period)).toEqual([
      '2026-10-26',
      '2026-11-02',
    ]);
    expect(weekly.series[1].sales.orders).toBe(0);
    expect(weekly.series[0].sales.orders).toBe(2);
  });
});

describe('GET /api/kpis follows the contact requests as they are written', () => {
  it('counts a late reply and the website’s new request at once', async () => {
    const api = createMockApi(await kpiFixture(), clockFrom(FIXTURE_NOW));
    const manager = await caller(api, 'manager@kaporal.test');
    const support = await caller(api, 'support@kaporal.test');
    const report = async (query: string) =>
      JSON.parse((await manager('GET', `/kpis?${query}`)).text);
    const TODAY = 'from=2026-11-20&to=2026-11-20&groupBy=day';
    expect((await report(TODAY)).totals.service.received).toBe(1);

    // The overdue request of Thursday 5 Nov is answered now, Friday 20 Nov 11:00: 100 h later.
    const [overdue] = JSON.parse((await manager('GET', '/contact-requests?filter={"id":4}')).text);
    const replied = await support('PUT', '/contact-requests/4', {
      version: overdue.version,
      messages: [...overdue.messages, { direction: 'out', body: 'Votre colis est en route.' }],
    });
    expect(replied.status).toBe(200);
    const week = await report(WEEK);
    expect(week.open.overdueContactRequests).toBe(0);
    expect(week.totals.service).toMatchObject({
      received: 5,
      replied: 4,
      repliedWithinPromise: 2,
      withinPromiseShare: 0.5,
    });
    expect(week.series[4].service.medianFirstReplyHours).toBe(100);

    const anonymous = await caller(api, null);
    const intake = await anonymous('POST', '/contact-requests/intake', {
      firstName: 'Inès',
      lastName: 'Passante',
      email: 'ines.passante@example.fr',
      reason: 'order_tracking',
      message: 'Bonjour, où en est ma commande ?',
      website: '',
    });
    expect(intake.status).toBe(201);
    const today = await report(TODAY);
    expect(today.totals.service.received).toBe(2);
    expect(today.breakdowns.byContactReason[0]).toEqual({
      reason: 'order_tracking',
      requests: 1,
      share: 0.5,
    });
  });
});

describe('GET /api/kpis by role', () => {
  it('gives support the service part, and the merchandiser none of it', async () => {
    const manager = JSON.parse((await kpis(await kpiFixture(), WEEK)).text);
    const support = JSON.parse((await kpis(await kpiFixture(), WEEK, 'support@kaporal.test')).text);
    expect(support.totals.service).toEqual(manager.totals.service);
    expect(support.breakdowns.byContactReason).toEqual(manager.breakdowns.byContactReason);
    expect(support.open).toEqual(manager.open);

    const { status, text } = await kpis(await kpiFixture(), WEEK, 'merchandiser@kaporal.test');
    expect(status).toBe(200);
    const catalogue = JSON.parse(text);
    expect(Object.keys(catalogue.totals)).toEqual(['sales']);
    expect(Object.keys(catalogue.series[0])).toEqual(['period', 'sales']);
    for (const hidden of ['service', 'byContactReason', 'overdueContactRequests', 'received']) {
      expect(text).not.toContain(hidden);
    }
  });
});

describe('GET /api/kpis costs the same whatever the number of records', () => {
  it('answers the same shape and size with 2,000 more orders and 2,000 more contact requests', async () => {
    const small = await kpiFixture();
    const big = await kpiFixture();
    const template = big.orders[0];
    big.orders.push(
      ...Array.from({ length: 2000 }, (_, i): Order => ({
        ...template,
        id: 100 + i,
        reference: `CMD-26-${String(100 + i).padStart(6, '0')}`,
        placedAt: new Date(Date.parse('2026-10-20T08:00:00Z') + i * 600_000).toISOString(),
      })),
    );
    // Like Sunday's request, answered on Monday: the same days hold figures, only larger.
    const request = big['contact-requests'][0];
    big['contact-requests'].push(
      ...Array.from({ length: 2000 }, (_, i) => ({
        ...request,
        id: 100 + i,
        reference: `DEM-26-${String(100 + i).padStart(6, '0')}`,
      })),
    );
    const before = (await kpis(small, WEEK)).text;
    const after = (await kpis(big, WEEK)).text;
    expect(JSON.parse(after).totals.service.received).toBe(2005);
    const shape = (text: string) => text.replace(/-?\d+(\.\d+)?(e-?\d+)?/g, '0');
    expect(shape(after)).toBe(shape(before));
    expect(Math.abs(after.length - before.length) / before.length).toBeLessThan(0.01);
  });
});

describe('GET /api/kpis refuses a malformed period', () => {
  it.each([
    ['from=2026-11-07&to=2026-11-01', 'to'],
    ['from=2026-11-01&to=2026-11-07&groupBy=year', 'groupBy'],
    ['from=2026-11-01&to=2026-11-07&carrier=GLS', 'carrier'],
    ['from=2020-01-01&to=2026-11-07', '731'],
    ['to=2026-11-07', 'from'],
  ])('%s is a 400 naming %s', async (query, named) => {
    const { status, text } = await kpis(await kpiFixture(), query);
    expect(status).toBe(400);
    expect(JSON.parse(text).message).toContain(named);
  });
});
