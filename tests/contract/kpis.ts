import { describe, expect, it } from 'vitest';
import {
  CARRIERS,
  DELIVERY_DAYS_BUCKETS,
  DEPARTMENTS,
  parisCalendarDaysBetween,
  parisDate,
  RETURN_REASONS,
  type Customer,
  type GroupBy,
  type Order,
  type Product,
  type ResourceName,
  type ResourceRecords,
  type ReturnAuthorisation,
  type Role,
} from '../../src/domain';
import type {
  deliveryBreakdowns,
  deliveryTotals,
  refundBreakdowns,
  refundTotals,
  reservationTotals,
  salesTotals,
  serviceTotals,
} from '../../src/domain/kpis';
import { TEST_NOW } from '../support/mockApi';
import {
  nextSerial,
  placeOrder,
  signedInApi,
  totalOf,
  type ContractApi,
  type ErrorBody,
  type TargetGetter,
} from './support';

interface Sections {
  refunds: ReturnType<typeof refundTotals>;
  delivery: ReturnType<typeof deliveryTotals>;
  reservations: ReturnType<typeof reservationTotals>;
  sales: ReturnType<typeof salesTotals>;
  service: ReturnType<typeof serviceTotals>;
}
type Breakdowns = ReturnType<typeof refundBreakdowns> & ReturnType<typeof deliveryBreakdowns>;

interface KpiReport {
  from: string;
  to: string;
  groupBy: GroupBy;
  previousPeriod: { from: string; to: string };
  totals: Sections;
  previous: Sections;
  series: (Sections & { period: string; byCarrier: Breakdowns['byCarrier'] })[];
  breakdowns: Breakdowns;
  open: {
    overdueRefunds: number;
    lateOrdersOpen: number;
    reservationsPastConfirmBy: number;
    overdueContactRequests: number;
  };
}

type Rec<R extends ResourceName> = ResourceRecords[R];

/** The Paris day of the fixed clock: the only day the suite's writes land on. */
const TODAY = parisDate(TEST_NOW);
/** A past month (with the October clock change) and the 31 days before it. */
const OCTOBER = { from: '2026-10-01', to: '2026-10-31' };
const BEFORE_OCTOBER = { from: '2026-08-31', to: '2026-09-30' };

function query(period: { from: string; to: string }, groupBy: GroupBy = 'day'): string {
  return `from=${period.from}&to=${period.to}&groupBy=${groupBy}`;
}

async function kpis(api: ContractApi, search: string, as: Role = 'admin'): Promise<KpiReport> {
  const res = await api.call<KpiReport>('GET', `/kpis?${search}`, { as });
  if (res.status !== 200) throw new Error(`GET /kpis?${search} answered ${res.status}`);
  return res.body;
}

/** Every record matching a filter, page by page as a client of any server would read them. */
async function everything<R extends ResourceName>(
  api: ContractApi,
  resource: R,
  filter: Record<string, unknown>,
): Promise<Rec<R>[]> {
  const PAGE = 100;
  const records: Rec<R>[] = [];
  for (let start = 0; ; start += PAGE) {
    const res = await api.list(resource, {
      filter,
      sort: ['id', 'ASC'],
      range: [start, start + PAGE - 1],
    });
    if (res.status !== 200) throw new Error(`GET ${resource} answered ${res.status}`);
    records.push(...res.body);
    if (res.body.length === 0 || records.length >= totalOf(res.headers)) return records;
  }
}

/** Records whose `field` falls on a Paris day of the period, bounds read as whole Paris days. */
function within<R extends ResourceName>(
  api: ContractApi,
  resource: R,
  field: string,
  period: { from: string; to: string },
  filter: Record<string, unknown> = {},
): Promise<Rec<R>[]> {
  return everything(api, resource, {
    ...filter,
    [`${field}_gte`]: period.from,
    [`${field}_lte`]: period.to,
  });
}

/** The lower middle value, as the KPIs define the median; null for no value. */
function median(values: number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.ceil(sorted.length / 2) - 1];
}

/** Shares are given to the ten-thousandth. */
const share = (part: number, whole: number) =>
  whole === 0 ? null : Math.round((part / whole) * 10_000) / 10_000;
const sum = (values: number[]) => values.reduce((total, value) => total + value, 0);
const countBy = <T>(
  items: T[],
  key: (item: T) => string,
  weight: (item: T) => number = () => 1,
) => {
  const counts: Record<string, number> = {};
  for (const item of items) counts[key(item)] = (counts[key(item)] ?? 0) + weight(item);
  return counts;
};

/** Klub orders of a sales section, back from the share (orders × share is an integer). */
const klubOrders = (sales: Sections['sales']) => Math.round((sales.klubShare ?? 0) * sales.orders);

/** The additive counters of a section set, for sums and differences. */
function additive(s: Sections) {
  return {
    returnsCreated: s.refunds.returnsCreated,
    unitsReturned: s.refunds.unitsReturned,
    unitsDelivered: s.refunds.unitsDelivered,
    refundedCents: s.refunds.refundedCents,
    creditedCents: s.refunds.creditedCents,
    resolved: s.refunds.resolved,
    resolvedWithinPromise: s.refunds.resolvedWithinPromise,
    shipped: s.delivery.shipped,
    delivered: s.delivery.delivered,
    onTime: s.delivery.onTime,
    reservationsRequested: s.reservations.requested,
    reservationsConfirmed: s.reservations.confirmed,
    confirmedInTime: s.reservations.confirmedInTime,
    collected: s.reservations.collected,
    expired: s.reservations.expired,
    orders: s.sales.orders,
    revenueCents: s.sales.revenueCents,
    klubOrders: klubOrders(s.sales),
  };
}
type Additive = ReturnType<typeof additive>;

function difference(after: Additive, before: Additive): Additive {
  const out = { ...after };
  for (const key of Object.keys(out) as (keyof Additive)[]) out[key] = after[key] - before[key];
  return out;
}

function added(parts: Additive[]): Additive {
  const out = { ...parts[0] };
  for (const key of Object.keys(out) as (keyof Additive)[]) {
    out[key] = sum(parts.map((part) => part[key]));
  }
  return out;
}

/** Every key path of a JSON value, array positions included. */
function keyPaths(value: unknown, prefix = ''): string[] {
  if (Array.isArray(value)) return value.flatMap((item, i) => keyPaths(item, `${prefix}[${i}]`));
  if (value !== null && typeof value === 'object') {
    return Object.entries(value).flatMap(([key, item]) => [
      `${prefix}.${key}`,
      ...keyPaths(item, `${prefix}.${key}`),
    ]);
  }
  return [];
}

const sections = ({ refunds, delivery, reservations, sales, service }: Sections): Sections => ({
  refunds,
  delivery,
  reservations,
  sales,
  service,
});

const units = (lines: { quantity: number }[]) => sum(lines.map((l) => l.quantity));
const isResolved = (r: ReturnAuthorisation) => r.status === 'refunded' || r.status === 'credited';

/** GET /api/kpis: figures checked against hand counts and raw records, size, errors and roles. */
export function kpiTests(getTarget: TargetGetter): void {
  const api = signedInApi(getTarget);

  async function freshCustomer(klub: boolean): Promise<Customer> {
    const n = nextSerial();
    const res = await api().post<Customer>('customers', {
      email: `kpi-${n}@example.fr`,
      firstName: 'Indicateur',
      lastName: `Numéro ${n}`,
      birthDate: '1990-05-17',
    });
    expect(res.status).toBe(201);
    if (klub) {
      expect((await api().post('klub-members', { customerId: res.body.id })).status).toBe(201);
    }
    return res.body;
  }

  /** Two published products of two departments, past the first one that other parts order. */
  async function twoDepartments(): Promise<[Product, Product]> {
    const products = (
      await api().list('products', {
        filter: { status: 'published' },
        sort: ['id', 'ASC'],
        range: [1, 60],
      })
    ).body.filter((p) => p.variants.length > 0);
    const first = products[0];
    const second = products.find((p) => p.department !== first.department);
    if (!second) throw new Error('the dataset has no published products in two departments');
    return [first, second];
  }

  const lineOf = (product: Product, quantity: number) => ({
    productId: product.id,
    sku: product.variants[0].sku,
    quantity,
  });

  async function deliver(order: Order, carrier: string): Promise<Order> {
    const shipment = {
      status: 'shipped',
      delivery: { carrier, trackingNumber: `KPI-${order.id}` },
    };
    expect((await api().put('orders', order.id, shipment, 'warehouse')).status).toBe(200);
    const done = await api().put<Order>('orders', order.id, { status: 'delivered' }, 'warehouse');
    expect(done.status).toBe(200);
    return done.body;
  }

  async function openReturn(
    order: Order,
    quantity: number,
    reason: string,
    resolution: 'refund' | 'credit_note' = 'refund',
  ): Promise<ReturnAuthorisation> {
    const res = await api().post<ReturnAuthorisation>(
      'returns',
      { orderId: order.id, resolution, lines: [{ sku: order.lines[0].sku, quantity, reason }] },
      'support',
    );
    expect(res.status).toBe(201);
    return res.body;
  }

  async function move(
    ret: ReturnAuthorisation,
    status: string,
    as: Role,
  ): Promise<ReturnAuthorisation> {
    const body =
      status === 'received'
        ? { status, lines: ret.lines.map((l) => ({ ...l, condition: 'resalable' })) }
        : { status };
    const res = await api().put<ReturnAuthorisation>('returns', ret.id, body, as);
    expect(res.status).toBe(200);
    return res.body;
  }

  describe('KPIs: figures', () => {
    it(`counts by hand what happens on ${TODAY}: (after) − (before) for every counter`, async () => {
      const day = query({ from: TODAY, to: TODAY });
      const before = await kpis(api(), day);

      const customer = await freshCustomer(false);
      const member = await freshCustomer(true);
      const [p1, p2] = await twoDepartments();
      const o1 = await placeOrder(api(), { customerId: customer.id, lines: [lineOf(p1, 2)] });
      const o2 = await placeOrder(api(), { customerId: customer.id, lines: [lineOf(p2, 1)] });
      const o3 = await placeOrder(api(), { customerId: member.id, lines: [lineOf(p1, 1)] });
      const cancelled = await placeOrder(api(), {
        customerId: customer.id,
        lines: [lineOf(p2, 3)],
      });
      const shippedOnly = await placeOrder(api(), {
        customerId: member.id,
        lines: [lineOf(p2, 1)],
      });
      expect(
        (await api().put('orders', cancelled.id, { status: 'cancelled' }, 'support')).status,
      ).toBe(200);
      const shipment = { carrier: 'DPD', trackingNumber: 'KPI-ONLY-SHIPPED' };
      expect(
        (
          await api().put(
            'orders',
            shippedOnly.id,
            { status: 'shipped', delivery: shipment },
            'warehouse',
          )
        ).status,
      ).toBe(200);
      const d1 = await deliver(o1, 'GLS');
      const d2 = await deliver(o2, 'DPD');
      const d3 = await deliver(o3, 'DPD');

      // Refunded: one unit of o1. Cancelled: o2's unit. Credited: o3's unit.
      let refunded = await openReturn(d1, 1, 'size_too_small');
      refunded = await move(await move(refunded, 'received', 'warehouse'), 'refunded', 'support');
      // Withdrawn, for a reason nobody gave today if there is one: it must leave no row behind.
      const given = new Set([
        'size_too_small',
        'defective',
        ...before.breakdowns.byReason.map((r) => r.reason),
      ]);
      const unused = RETURN_REASONS.find((reason) => !given.has(reason)) ?? 'changed_mind';
      const withdrawn = await move(await openReturn(d2, 1, unused), 'cancelled', 'support');
      let credited = await openReturn(d3, 1, 'defective', 'credit_note');
      credited = await move(await move(credited, 'received', 'warehouse'), 'credited', 'support');
      expect([refunded.status, withdrawn.status, credited.status]).toEqual([
        'refunded',
        'cancelled',
        'credited',
      ]);
      expect(refunded.refundAmountCents).toBeGreaterThan(0);
      expect(credited.refundAmountCents).toBeGreaterThan(0);

      const after = await kpis(api(), day);
      const nothing = difference(additive(before.totals), additive(before.totals));
      expect(difference(additive(after.totals), additive(before.totals))).toEqual({
        ...nothing,
        // Three returns created, the cancelled one returns no unit.
        returnsCreated: 3,
        unitsReturned: 2,
        // 2 + 1 + 1 units delivered; the shipped order is not delivered yet.
        unitsDelivered: 4,
        refundedCents: refunded.refundAmountCents,
        creditedCents: credited.refundAmountCents,
        resolved: 2,
        resolvedWithinPromise: 2,
        shipped: 4,
        delivered: 3,
        onTime: 3,
        // The cancelled order is no sale; the Klub member's two orders are Klub orders.
        orders: 4,
        revenueCents: o1.totalCents + o2.totalCents + o3.totalCents + shippedOnly.totalCents,
        klubOrders: 2,
      });
      // Nothing else moved: not the day before, not the reservations.
      expect(after.previousPeriod).toEqual({ from: '2026-11-24', to: '2026-11-24' });
      expect(after.previous).toEqual(before.previous);
      expect(after.totals.reservations).toEqual(before.totals.reservations);
      expect(after.open).toEqual(before.open);
      // One day grouped by day: the series is the totals.
      expect(after.series.map((s) => s.period)).toEqual([TODAY]);
      expect(sections(after.series[0])).toEqual(after.totals);

      // Breakdowns, by difference.
      const reasons = (r: KpiReport) =>
        countBy(
          r.breakdowns.byReason,
          (x) => x.reason,
          (x) => x.units,
        );
      const reasonDelta = reasons(after);
      for (const [reason, n] of Object.entries(reasons(before))) reasonDelta[reason] -= n;
      expect(Object.fromEntries(Object.entries(reasonDelta).filter(([, n]) => n !== 0))).toEqual({
        size_too_small: 1,
        defective: 1,
      });
      expect(after.breakdowns.byReason.filter((r) => r.units === 0)).toEqual([]);
      const department = (r: KpiReport, name: string) =>
        r.breakdowns.byDepartment.find((d) => d.department === name) ?? {
          unitsDelivered: 0,
          unitsReturned: 0,
        };
      const departmentDelta = (name: string) => ({
        unitsDelivered:
          department(after, name).unitsDelivered - department(before, name).unitsDelivered,
        unitsReturned:
          department(after, name).unitsReturned - department(before, name).unitsReturned,
      });
      expect(departmentDelta(p1.department)).toEqual({ unitsDelivered: 3, unitsReturned: 2 });
      expect(departmentDelta(p2.department)).toEqual({ unitsDelivered: 1, unitsReturned: 0 });
      const carrier = (r: KpiReport, name: string) =>
        r.breakdowns.byCarrier.find((c) => c.carrier === name) ?? { delivered: 0, onTimeShare: 0 };
      const onTime = (c: { delivered: number; onTimeShare: number | null }) =>
        Math.round(c.delivered * (c.onTimeShare ?? 0));
      for (const [name, n] of [
        ['GLS', 1],
        ['DPD', 2],
      ] as const) {
        expect(carrier(after, name).delivered - carrier(before, name).delivered).toBe(n);
        expect(onTime(carrier(after, name)) - onTime(carrier(before, name))).toBe(n);
      }
      // Delivered the instant they were placed: three more deliveries in 0 days.
      const sameDay = (r: KpiReport) =>
        r.breakdowns.daysDistribution.find((x) => x.days === 0)?.orders ?? 0;
      expect(sameDay(after) - sameDay(before)).toBe(3);
    });

    it.each([
      ['today, after the writes of the whole suite', { from: TODAY, to: TODAY }],
      ['October, with the autumn clock change', OCTOBER],
      ['March, with the spring clock change', { from: '2026-03-01', to: '2026-03-31' }],
    ])('recomputes %s from the raw orders, returns and reservations', async (_, period) => {
      // The raw records first: reading reservations may expire some (a write), the KPIs after.
      const delivered = await within(api(), 'orders', 'deliveredAt', period);
      const shipped = await within(api(), 'orders', 'shippedAt', period);
      const placed = (await within(api(), 'orders', 'placedAt', period)).filter(
        (o) => o.status !== 'refused' && o.status !== 'cancelled',
      );
      const requested = await within(api(), 'returns', 'requestedAt', period);
      const resolved = (await within(api(), 'returns', 'refundedAt', period)).filter(isResolved);
      const reservationsOf = (field: string, filter: Record<string, unknown> = {}) =>
        within(api(), 'reservations', field, period, filter);
      const reservations = {
        requested: await reservationsOf('requestedAt'),
        confirmed: await reservationsOf('confirmedAt'),
        // No collectedAt filter: the collected ones, kept by the Paris day of collection.
        collected: (await everything(api(), 'reservations', { status: 'collected' })).filter(
          (r) => parisDate(r.collectedAt!) >= period.from && parisDate(r.collectedAt!) <= period.to,
        ),
        expired: await reservationsOf('holdUntil', { status: 'expired' }),
      };
      const customers = await everything(api(), 'customers', {
        id: [...new Set(placed.map((o) => o.customerId))],
      });
      // Every membership, current or left: an order counts by the one it was placed under.
      const members = await everything(api(), 'klub-members', {
        customerId: customers.map((c) => c.id),
      });
      const productIds = new Set([
        ...delivered.flatMap((o) => o.lines.map((l) => l.productId)),
        ...requested.flatMap((r) => r.lines.map((l) => l.productId)),
      ]);
      const products = await everything(api(), 'products', { id: [...productIds] });
      const report = await kpis(api(), query(period, 'week'));

      // The list filters read the bounds as whole Paris days.
      for (const order of delivered) {
        expect(parisDate(order.deliveredAt!) >= period.from).toBe(true);
        expect(parisDate(order.deliveredAt!) <= period.to).toBe(true);
      }
      expect(delivered.length, 'orders delivered in the period').toBeGreaterThan(2);
      expect(resolved.length, 'returns resolved in the period').toBeGreaterThan(1);

      const returned = requested.filter((r) => r.status !== 'cancelled');
      const unitsDelivered = sum(delivered.map((o) => units(o.lines)));
      const unitsReturned = sum(returned.map((r) => units(r.lines)));
      const inPromise = resolved.filter(
        (r) => Date.parse(r.refundedAt!) <= Date.parse(r.refundDueBy!),
      );
      const onTime = delivered.filter(
        (o) => Date.parse(o.deliveredAt!) <= Date.parse(o.promisedBy),
      );
      const deliveryDays = delivered.map((o) =>
        parisCalendarDaysBetween(o.placedAt, o.deliveredAt!),
      );
      expect(report.totals.refunds).toEqual({
        returnsCreated: requested.length,
        unitsReturned,
        unitsDelivered,
        returnRate: share(unitsReturned, unitsDelivered),
        refundedCents: sum(
          resolved.filter((r) => r.status === 'refunded').map((r) => r.refundAmountCents ?? 0),
        ),
        creditedCents: sum(
          resolved.filter((r) => r.status === 'credited').map((r) => r.refundAmountCents ?? 0),
        ),
        resolved: resolved.length,
        resolvedWithinPromise: inPromise.length,
        withinPromiseShare: share(inPromise.length, resolved.length),
        medianRefundDays: median(
          resolved.map((r) => parisCalendarDaysBetween(r.receivedAt!, r.refundedAt!)),
        ),
      });
      expect(report.totals.delivery).toEqual({
        shipped: shipped.length,
        delivered: delivered.length,
        onTime: onTime.length,
        onTimeShare: share(onTime.length, delivered.length),
        medianDeliveryDays: median(deliveryDays),
      });

      const klub = placed.filter((o) =>
        members.some((m) => {
          if (m.customerId !== o.customerId || Date.parse(m.joinedAt) > Date.parse(o.placedAt)) {
            return false;
          }
          return m.leftAt === null
            ? m.status !== 'left'
            : Date.parse(m.leftAt) > Date.parse(o.placedAt);
        }),
      );
      const revenueCents = sum(placed.map((o) => o.totalCents));
      expect(report.totals.sales).toEqual({
        revenueCents,
        orders: placed.length,
        averageBasketCents: placed.length ? Math.round(revenueCents / placed.length) : null,
        klubShare: share(klub.length, placed.length),
      });

      const confirmedInTime = reservations.confirmed.filter(
        (r) => Date.parse(r.confirmedAt!) <= Date.parse(r.confirmBy),
      );
      const { collected, expired } = reservations;
      expect(report.totals.reservations).toEqual({
        requested: reservations.requested.length,
        confirmed: reservations.confirmed.length,
        confirmedInTime: confirmedInTime.length,
        confirmedInTimeShare: share(confirmedInTime.length, reservations.confirmed.length),
        collected: collected.length,
        expired: expired.length,
        pickupRate: share(collected.length, collected.length + expired.length),
      });

      // Breakdowns.
      expect(
        countBy(
          report.breakdowns.byReason,
          (x) => x.reason,
          (x) => x.units,
        ),
      ).toEqual({
        ...Object.fromEntries(RETURN_REASONS.map((reason) => [reason, 0])),
        ...countBy(
          returned.flatMap((r) => r.lines),
          (l) => l.reason,
          (l) => l.quantity,
        ),
      });
      const departmentOf = new Map(products.map((p) => [p.id, p.department]));
      const deliveredBy = countBy(
        delivered.flatMap((o) => o.lines),
        (l) => departmentOf.get(l.productId) ?? 'unknown',
        (l) => l.quantity,
      );
      const returnedBy = countBy(
        returned.flatMap((r) => r.lines),
        (l) => departmentOf.get(l.productId) ?? 'unknown',
        (l) => l.quantity,
      );
      expect(report.breakdowns.byDepartment).toEqual(
        expect.arrayContaining(
          DEPARTMENTS.map((department) => ({
            department,
            unitsDelivered: deliveredBy[department] ?? 0,
            unitsReturned: returnedBy[department] ?? 0,
            returnRate: share(returnedBy[department] ?? 0, deliveredBy[department] ?? 0),
          })),
        ),
      );
      expect(report.breakdowns.byDepartment).toHaveLength(DEPARTMENTS.length);
      expect(report.breakdowns.byCarrier).toHaveLength(CARRIERS.length);
      for (const name of CARRIERS) {
        const of = delivered.filter((o) => o.delivery.carrier === name);
        expect(report.breakdowns.byCarrier).toContainEqual(
          expect.objectContaining({
            carrier: name,
            delivered: of.length,
            onTimeShare: share(of.filter((o) => onTime.includes(o)).length, of.length),
          }),
        );
      }
      const bucketOf = (days: number) => Math.min(days, DELIVERY_DAYS_BUCKETS - 1);
      expect(report.breakdowns.daysDistribution).toEqual(
        Array.from({ length: DELIVERY_DAYS_BUCKETS }, (_, days) => ({
          days,
          orders: deliveryDays.filter((d) => bucketOf(d) === days).length,
        })),
      );
    });

    it('gives as previous totals the totals of the previous period queried directly', async () => {
      const october = await kpis(api(), query(OCTOBER, 'week'));
      expect(october.previousPeriod).toEqual(BEFORE_OCTOBER);
      const september = await kpis(api(), query(BEFORE_OCTOBER, 'month'));
      expect(october.previous).toEqual(september.totals);

      const today = await kpis(api(), query({ from: TODAY, to: TODAY }));
      const yesterday = await kpis(api(), query(today.previousPeriod));
      expect(today.previous).toEqual(yesterday.totals);
    });

    it('sums to the totals over the weeks of the series; a month of the series is that month', async () => {
      const october = await kpis(api(), query(OCTOBER, 'week'));
      expect(october.series.map((s) => s.period)).toEqual([
        '2026-09-28',
        '2026-10-05',
        '2026-10-12',
        '2026-10-19',
        '2026-10-26',
      ]);
      expect(added(october.series.map((s) => additive(s)))).toEqual(additive(october.totals));

      const twoMonths = await kpis(api(), query({ from: '2026-09-01', to: OCTOBER.to }, 'month'));
      expect(twoMonths.series.map((s) => s.period)).toEqual(['2026-09-01', '2026-10-01']);
      expect(sections(twoMonths.series[1])).toEqual(october.totals);
      const september = await kpis(api(), query({ from: '2026-09-01', to: '2026-09-30' }));
      expect(sections(twoMonths.series[0])).toEqual(september.totals);
      expect(september.series).toHaveLength(30);
    });
  });

  describe('KPIs: size', () => {
    it('answers the same keys and size, within number widths, with more orders', async () => {
      const november = `/kpis?${query({ from: '2026-11-01', to: '2026-11-30' })}`;
      const read = async () => {
        const res = await api().call<KpiReport>('GET', november);
        expect(res.status).toBe(200);
        return { report: res.body, length: JSON.stringify(res.body).length };
      };
      const ordersBefore = await api().count('orders');
      const before = await read();

      // Deliveries by a carrier, of a department, already counted today and in November: more
      // orders, not new kinds of rows.
      const today = before.report.series.find((s) => s.period === TODAY)!;
      const carrier = today.byCarrier.map((c) => String(c.carrier))[0];
      const departments = before.report.breakdowns.byDepartment.map((d) => d.department);
      const product = (await twoDepartments()).find((p) => departments.includes(p.department));
      expect(product, 'a product of a department delivered in November').toBeDefined();
      for (let i = 0; i < 6; i += 1) {
        const order = await placeOrder(api(), { lines: [lineOf(product!, 1 + (i % 2))] });
        if (carrier && i % 2 === 0) await deliver(order, carrier);
      }
      expect(await api().count('orders')).toBe(ordersBefore + 6);

      const after = await read();
      expect(after.report.totals.sales.orders).toBe(before.report.totals.sales.orders + 6);
      expect(after.report.series).toHaveLength(30);
      expect(before.report.series).toHaveLength(30);
      expect(keyPaths(after.report)).toEqual(keyPaths(before.report));
      expect(Math.abs(after.length - before.length) / before.length).toBeLessThan(0.01);
    });
  });

  describe('KPIs: malformed queries and roles', () => {
    it.each([
      ['from=2026-11-07&to=2026-11-01', 'to'],
      ['from=2026-11-01&to=2026-11-07&groupBy=year', 'groupBy'],
      ['from=2026-11-01&to=2026-11-07&carrier=GLS', 'carrier'],
      ['to=2026-11-07', 'from'],
      ['from=2026-11-01', 'to'],
      ['from=2026-02-30&to=2026-03-07', 'from'],
      ['from=2026-11-01&to=2026-11-31', 'to'],
      ['from=01/11/2026&to=2026-11-07', 'from'],
      ['from=2024-11-24&to=2026-11-25', '731'],
      ['from=0001-01-01&to=9999-12-31', '731'],
    ])('%s is a 400 naming %s', async (search, named) => {
      const started = Date.now();
      const res = await api().call<ErrorBody>('GET', `/kpis?${search}`);
      expect(res.status).toBe(400);
      expect(res.body.message).toContain(named);
      // Refused at once, whatever the period asked for.
      expect(Date.now() - started).toBeLessThan(1000);
    });

    it('accepts a period of 731 days', async () => {
      const res = await api().call<KpiReport>(
        'GET',
        '/kpis?from=2024-11-25&to=2026-11-25&groupBy=month',
      );
      expect(res.status).toBe(200);
      expect(res.body.series).toHaveLength(25);
    });

    it('gives the merchandiser the catalogue part only: sales, returns by department and reason', async () => {
      const search = query(OCTOBER, 'week');
      const full = await kpis(api(), search, 'admin');
      const res = await api().call<Record<string, unknown>>('GET', `/kpis?${search}`, {
        as: 'merchandiser',
      });
      expect(res.status).toBe(200);
      expect(res.body).toEqual({
        from: OCTOBER.from,
        to: OCTOBER.to,
        groupBy: 'week',
        previousPeriod: BEFORE_OCTOBER,
        totals: { sales: full.totals.sales },
        previous: { sales: full.previous.sales },
        series: full.series.map(({ period, sales }) => ({ period, sales })),
        breakdowns: {
          byDepartment: full.breakdowns.byDepartment,
          byReason: full.breakdowns.byReason,
        },
      });
      const text = JSON.stringify(res.body);
      for (const hidden of ['refundedCents', 'creditedCents', 'refunds', 'delivery', 'open']) {
        expect(text).not.toContain(hidden);
      }
    });

    it('gives managers and support the whole report, refuses the warehouse and anonymous calls', async () => {
      const search = query({ from: TODAY, to: TODAY });
      const full = await kpis(api(), search, 'admin');
      for (const role of ['manager', 'support'] as const) {
        expect(await kpis(api(), search, role)).toEqual(full);
      }
      expect((await api().call('GET', `/kpis?${search}`, { as: 'warehouse' })).status).toBe(403);
      expect((await api().call('GET', `/kpis?${search}`, { as: null })).status).toBe(401);
    });
  });
}
