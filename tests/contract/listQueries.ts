import { describe, expect, it } from 'vitest';
import { parisDate } from '../../src/domain/dates';
import type { ResourceName } from '../../src/domain/types';
import { TEST_NOW } from '../support/mockApi';
import {
  newCustomer,
  placeOrder,
  signedInApi,
  totalOf,
  type ContractApi,
  type ErrorBody,
  type TargetGetter,
} from './support';

type Row = Record<string, unknown> & { id: number };
type Sort = [string, 'ASC' | 'DESC'];

const INHERITED_NAMES = ['hasOwnProperty', 'constructor', 'toString', '__proto__', 'valueOf'];

/** JSON nested far deeper than any list parameter needs. */
const nested = (depth: number, inner: string) => '{"a":'.repeat(depth) + inner + '}'.repeat(depth);

/**
 * The list order computed here from the full list: timestamps by their instant, lower-case
 * words by their letters, nulls last both ways, equal values in id order.
 */
function byField([field, order]: Sort) {
  const sign = order === 'ASC' ? 1 : -1;
  const rank = (v: unknown) => (typeof v === 'string' && /^\d{4}-/.test(v) ? Date.parse(v) : v);
  return (a: Row, b: Row): number => {
    const [x, y] = [rank(a[field]), rank(b[field])];
    if (x === y) return a.id - b.id;
    if (x === null) return 1;
    if (y === null) return -1;
    return ((x as number) < (y as number) ? -1 : 1) * sign;
  };
}

async function everyPage(api: ContractApi, resource: ResourceName, filter: object, sort: Sort) {
  const pages: number[] = [];
  let total = Infinity;
  for (let start = 0; start < total; start += 25) {
    const res = await api.list(resource, {
      filter: { ...filter },
      sort,
      range: [start, start + 24],
    });
    expect(res.status).toBe(200);
    total = totalOf(res.headers);
    pages.push(...res.body.map((r) => r.id));
  }
  return { ids: pages, total };
}

export function listQueryTests(getTarget: TargetGetter): void {
  const api = signedInApi(getTarget);

  describe('list queries', () => {
    for (const name of INHERITED_NAMES) {
      it(`a filter named ${name}, as every object has, is an unknown filter (400)`, async () => {
        const filter = encodeURIComponent(`{"${name}":"x"}`);
        const res = await api().call<ErrorBody>('GET', `/orders?filter=${filter}`);
        expect(res.status).toBe(400);
        expect(res.body.code).toBe('unknownFilter');
        expect(res.body.message).toContain(name);
      });
    }

    it('a sort on such a name is a 400, never ignored', async () => {
      for (const name of ['constructor', '__proto__', 'customer.toString']) {
        const sort = encodeURIComponent(JSON.stringify([name, 'ASC']));
        const res = await api().call<ErrorBody>('GET', `/orders?sort=${sort}&range=[0,4]`);
        expect(res.status, name).toBe(400);
      }
    });

    it('deeply nested JSON in filter, sort or range is a malformed parameter (400)', async () => {
      for (const [param, value] of [
        ['filter', `{"late":${nested(200, 'true')}}`],
        ['filter', `{"status":${'['.repeat(200)}${']'.repeat(200)}}`],
        ['sort', `["placedAt",${nested(200, '"ASC"')}]`],
        ['range', `[0,${nested(200, '1')}]`],
      ]) {
        const res = await api().call<ErrorBody>(
          'GET',
          `/orders?${param}=${encodeURIComponent(value)}`,
        );
        expect(res.status, value.slice(0, 20)).toBe(400);
        expect(res.body.code, value.slice(0, 20)).toBe('malformedParam');
      }
    });

    it('date-only _gte and _lte keep exactly the orders placed on those Paris days', async () => {
      const all = await api().all('orders');
      // An evening order is on the next UTC day; the last Sundays of March and October have 23
      // and 25 hours in Paris.
      const evening = all.find((o) => parisDate(o.placedAt) !== o.placedAt.slice(0, 10))!;
      for (const [from, until] of [
        [parisDate(evening.placedAt), parisDate(evening.placedAt)],
        ['2026-03-28', '2026-03-30'],
        ['2026-10-24', '2026-10-26'],
        ['2026-11-01', '2026-11-30'],
      ]) {
        const wanted = all
          .filter((o) => from <= parisDate(o.placedAt) && parisDate(o.placedAt) <= until)
          .map((o) => o.id);
        expect(wanted.length, `${from}..${until}`).toBeGreaterThan(0);
        const found = await api().all('orders', { placedAt_gte: from, placedAt_lte: until });
        expect(found.map((o) => o.id)).toEqual(wanted);
      }
    });

    it('a sorted, filtered list, page by page, is the full list filtered and sorted', async () => {
      const cases: [ResourceName, Record<string, unknown>, (r: Row) => boolean, Sort][] = [
        ['orders', { status: 'delivered' }, (o) => o.status === 'delivered', ['placedAt', 'DESC']],
        [
          'orders',
          { status: ['placed', 'shipped'] },
          (o) => o.status === 'placed' || o.status === 'shipped',
          ['promisedBy', 'ASC'],
        ],
        [
          'orders',
          { placedAt_gte: '2026-06-01', placedAt_lte: '2026-08-31' },
          (o) =>
            ['2026-06', '2026-07', '2026-08'].includes(parisDate(o.placedAt as string).slice(0, 7)),
          ['status', 'DESC'],
        ],
        ['returns', { status: 'received' }, (r) => r.status === 'received', ['refundDueBy', 'ASC']],
        ['customers', {}, () => true, ['lastOrderAt', 'DESC']],
        ['customers', {}, () => true, ['lastOrderAt', 'ASC']],
        ['reservations', {}, () => true, ['confirmedAt', 'DESC']],
      ];
      for (const [resource, filter, keep, sort] of cases) {
        const all = (await api().all(resource)) as unknown as Row[];
        const wanted = all.filter(keep).sort(byField(sort));
        const listed = await everyPage(api(), resource, filter, sort);
        const label = `${resource} ${JSON.stringify(filter)} ${sort.join(' ')}`;
        expect(listed.total, label).toBe(wanted.length);
        expect(listed.ids, label).toEqual(wanted.map((r) => r.id));
      }
    });

    it('a list reflects a write made just before it', async () => {
      const customer = await newCustomer(api());
      const today = parisDate(TEST_NOW);
      const newest = { filter: { placedAt_gte: today }, sort: ['placedAt', 'DESC'] as Sort };
      const before = await api().list('orders', newest);
      const tabCount = () => api().count('orders', { status: 'placed' });
      const placedBefore = await tabCount();

      const order = await placeOrder(api(), { customerId: customer.id });
      const after = await api().list('orders', newest);
      expect(totalOf(after.headers)).toBe(totalOf(before.headers) + 1);
      const ties = after.body.filter((o) => o.placedAt === order.placedAt).map((o) => o.id);
      expect(ties.at(-1), 'equal timestamps in id order').toBe(order.id);
      expect(ties).toEqual([...ties].sort((a, b) => a - b));
      expect(await tabCount()).toBe(placedBefore + 1);

      const cancelled = await api().put('orders', order.id, { status: 'cancelled' }, 'support');
      expect(cancelled.status).toBe(200);
      expect(await tabCount()).toBe(placedBefore);
      const ofCustomer = await api().all('orders', { customerId: customer.id, status: 'placed' });
      expect(ofCustomer).toEqual([]);
      const cancelledToday = await api().list('orders', {
        ...newest,
        filter: { status: 'cancelled', placedAt_gte: today },
      });
      expect(cancelledToday.body.map((o) => o.id)).toContain(order.id);
    });
  });
}
