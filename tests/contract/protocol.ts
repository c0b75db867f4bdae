import type { RaRecord } from 'ra-core';
import { describe, expect, it } from 'vitest';
import {
  isConfirmPromiseMissed,
  isLate,
  isRefundOverdue,
  parisDate,
  stockState,
  type Order,
  type Store,
} from '../../src/domain';
import { TEST_NOW } from '../support/mockApi';
import {
  isSorted,
  newStore,
  plain,
  totalOf,
  signedInApi,
  type ContractApi,
  type TargetGetter,
} from './support';

const ids = (records: readonly { id: number }[]) => records.map((r) => r.id);
const sortedIds = (records: readonly { id: number }[]) => ids(records).sort((a, b) => a - b);

async function createStore(api: ContractApi, label?: string): Promise<Store> {
  const res = await api.post<Store>('stores', newStore(label));
  expect(res.status).toBe(201);
  return res.body;
}

/** Records whose timestamp falls on a Paris day that differs from its UTC day. */
function eveningRecords(orders: Order[]): Order[] {
  return orders.filter((o) => parisDate(o.placedAt) !== o.placedAt.slice(0, 10));
}

export function protocolTests(getTarget: TargetGetter): void {
  const api = signedInApi(getTarget);

  describe('protocol: getList', () => {
    it('sorts ASC and DESC by a number, a timestamp and a reference', async () => {
      const dp = api().provider();
      const everything = { page: 1, perPage: 5000 };
      for (const order of ['ASC', 'DESC'] as const) {
        const sign = order === 'ASC' ? 1 : -1;
        const products = await dp.getList('products', {
          pagination: everything,
          sort: { field: 'priceCents', order },
          filter: {},
        });
        const prices = products.data.map((p) => p.priceCents as number);
        expect(new Set(prices).size).toBeGreaterThan(5);
        expect(isSorted(prices, (a, b) => sign * (a - b))).toBe(true);

        const orders = await dp.getList('orders', {
          pagination: everything,
          sort: { field: 'placedAt', order },
          filter: {},
        });
        const placed = orders.data.map((o) => Date.parse(o.placedAt as string));
        expect(placed.length).toBeGreaterThan(100);
        expect(isSorted(placed, (a, b) => sign * (a - b))).toBe(true);
      }
      const asc = await api().list('customers', { sort: ['reference', 'ASC'] });
      const desc = await api().list('customers', { sort: ['reference', 'DESC'] });
      expect(asc.body.length).toBeGreaterThan(100);
      expect(ids(desc.body)).toEqual(ids(asc.body).reverse());
      const references = asc.body.map((c) => c.reference);
      expect(references).toEqual([...references].sort());
    });

    it('pages with range, and answers Content-Range `resource start-end/total`', async () => {
      const all = await api().all('orders');
      const n = all.length;
      expect(n).toBeGreaterThan(300);
      const dp = api().provider();
      for (const perPage of [5, 25, 100]) {
        const page = await dp.getList('orders', {
          pagination: { page: 2, perPage },
          sort: { field: 'id', order: 'ASC' },
          filter: {},
        });
        expect(page.total).toBe(n);
        expect(ids(page.data as Order[])).toEqual(ids(all.slice(perPage, 2 * perPage)));

        const raw = await api().list('orders', {
          sort: ['id', 'ASC'],
          range: [perPage, 2 * perPage - 1],
        });
        expect(raw.status).toBe(200);
        expect(raw.headers.get('Content-Range')).toBe(`orders ${perPage}-${2 * perPage - 1}/${n}`);
        expect(raw.body).toHaveLength(perPage);
      }
      const last = await api().list('orders', { sort: ['id', 'ASC'], range: [n - 3, n + 6] });
      expect(ids(last.body)).toEqual(ids(all.slice(n - 3)));
      expect(last.headers.get('Content-Range')).toBe(`orders ${n - 3}-${n - 1}/${n}`);
      const beyond = await api().list('orders', { sort: ['id', 'ASC'], range: [n + 10, n + 19] });
      expect(beyond.status).toBe(200);
      expect(beyond.body).toEqual([]);
      expect(totalOf(beyond.headers)).toBe(n);
    });

    it('filters by equality, and by any of an array of values', async () => {
      const all = await api().all('orders');
      const dp = api().provider();
      const delivered = await dp.getList('orders', {
        pagination: { page: 1, perPage: 5000 },
        sort: { field: 'id', order: 'ASC' },
        filter: { status: 'delivered' },
      });
      const expected = all.filter((o) => o.status === 'delivered');
      expect(expected.length).toBeGreaterThan(0);
      expect(expected.length).toBeLessThan(all.length);
      expect(delivered.total).toBe(expected.length);
      expect(ids(delivered.data as Order[])).toEqual(ids(expected));

      const anyOf = await api().list('orders', { filter: { status: ['refused', 'cancelled'] } });
      const refusedOrCancelled = all.filter((o) => ['refused', 'cancelled'].includes(o.status));
      expect(new Set(refusedOrCancelled.map((o) => o.status))).toEqual(
        new Set(['refused', 'cancelled']),
      );
      expect(totalOf(anyOf.headers)).toBe(refusedOrCancelled.length);
      expect(sortedIds(anyOf.body)).toEqual(sortedIds(refusedOrCancelled));

      const nested = await api().list('orders', { filter: { 'payment.method': 'paypal' } });
      expect(nested.body.length).toBeGreaterThan(0);
      expect(nested.body.every((o) => o.payment.method === 'paypal')).toBe(true);
      expect(nested.body).toHaveLength(all.filter((o) => o.payment.method === 'paypal').length);
    });

    it('searches with `q`, case- and accent-insensitively', async () => {
      const customers = await api().all('customers');
      let accented = customers.find((c) => plain(c.lastName) !== c.lastName.toLowerCase());
      if (!accented) {
        // The dataset has no accented last name: make one through the API.
        const res = await api().post<(typeof customers)[number]>('customers', {
          email: 'gaelle.lefevre-contrat@example.fr',
          firstName: 'Gaëlle',
          lastName: 'Lefèvre-Dûchesne',
          birthDate: '1990-04-12',
          phone: '06 12 34 56 78',
          newsletter: false,
        });
        expect(res.status).toBe(201);
        accented = res.body;
      }
      const typed = plain(accented.lastName);
      expect(typed).not.toBe(accented.lastName.toLowerCase());
      for (const q of [typed, typed.toUpperCase(), accented.lastName.toUpperCase()]) {
        const found = await api().list('customers', { filter: { q } });
        expect(found.status).toBe(200);
        expect(ids(found.body)).toContain(accented.id);
        for (const c of found.body) {
          const text = plain([c.reference, c.firstName, c.lastName, c.email, c.phone].join(' '));
          for (const word of plain(q).split(/\s+/)) expect(text).toContain(word);
        }
      }

      const products = await api().all('products');
      const accentedWord = (name: string) =>
        name.split(/\s+/).find((w) => w.length > 3 && plain(w) !== w.toLowerCase());
      const withAccent = products.find((p) => accentedWord(p.name));
      expect(withAccent).toBeDefined();
      const word = accentedWord(withAccent!.name)!;
      const byName = await api().list('products', { filter: { q: plain(word).toUpperCase() } });
      expect(ids(byName.body)).toContain(withAccent!.id);
      const expected = products.filter((p) =>
        plain(
          [p.reference, p.name, ...p.variants.flatMap((v) => [v.sku, v.ean13])].join(' '),
        ).includes(plain(word)),
      );
      expect(sortedIds(byName.body)).toEqual(sortedIds(expected));
      const none = await api().list('products', { filter: { q: 'zzqx-aucun-produit' } });
      expect(none.body).toEqual([]);
      expect(totalOf(none.headers)).toBe(0);
    });

    it('compares numbers with _gte, _lte, _gt, _lt and _neq', async () => {
      const products = await api().all('products');
      const prices = products.map((p) => p.priceCents).sort((a, b) => a - b);
      const pivot = prices[Math.floor(prices.length / 2)];
      const expectations: [string, (price: number) => boolean][] = [
        ['priceCents_gte', (p) => p >= pivot],
        ['priceCents_lte', (p) => p <= pivot],
        ['priceCents_gt', (p) => p > pivot],
        ['priceCents_lt', (p) => p < pivot],
        ['priceCents_neq', (p) => p !== pivot],
      ];
      expect(prices.filter((p) => p === pivot).length).toBeGreaterThan(0);
      for (const [key, test] of expectations) {
        const res = await api().list('products', { filter: { [key]: pivot } });
        expect(res.status, key).toBe(200);
        const expected = products.filter((p) => test(p.priceCents));
        expect(expected.length, key).toBeGreaterThan(0);
        expect(sortedIds(res.body), key).toEqual(sortedIds(expected));
      }
      const between = await api().list('products', {
        filter: { priceCents_gte: prices[10], priceCents_lt: prices[prices.length - 10] },
      });
      expect(sortedIds(between.body)).toEqual(
        sortedIds(
          products.filter(
            (p) => p.priceCents >= prices[10] && p.priceCents < prices[prices.length - 10],
          ),
        ),
      );
    });

    it('compares ISO timestamps with _gte, _lte, _gt and _lt', async () => {
      const orders = await api().all('orders');
      const pivot = orders[Math.floor(orders.length / 2)];
      const at = Date.parse(pivot.placedAt);
      const cases: [string, string, (t: number) => boolean][] = [
        ['placedAt_gte', pivot.placedAt, (t) => t >= at],
        ['placedAt_gt', pivot.placedAt, (t) => t > at],
        ['placedAt_lte', pivot.placedAt, (t) => t <= at],
        ['placedAt_lt', pivot.placedAt, (t) => t < at],
      ];
      // The same instant written with a Paris offset compares the same.
      const offset = new Date(at + 3_600_000).toISOString().replace('Z', '+01:00');
      cases.push(['placedAt_gte', offset, (t) => t >= at]);
      for (const [key, value, test] of cases) {
        const res = await api().list('orders', { filter: { [key]: value } });
        expect(res.status, key).toBe(200);
        const expected = orders.filter((o) => test(Date.parse(o.placedAt)));
        expect(sortedIds(res.body), `${key} ${value}`).toEqual(sortedIds(expected));
      }
      const gte = await api().list('orders', { filter: { placedAt_gte: pivot.placedAt } });
      const gt = await api().list('orders', { filter: { placedAt_gt: pivot.placedAt } });
      expect(ids(gte.body)).toContain(pivot.id);
      expect(ids(gt.body)).not.toContain(pivot.id);
    });

    it('reads a YYYY-MM-DD bound as the whole Paris day', async () => {
      const orders = await api().all('orders');
      // An order placed late in the UTC evening is already on the next Paris day.
      const evening = eveningRecords(orders);
      expect(evening.length).toBeGreaterThan(0);
      const utcDay = evening[0].placedAt.slice(0, 10);
      const parisDay = parisDate(evening[0].placedAt);
      for (const day of [utcDay, parisDay]) {
        const cases: [string, (d: string) => boolean][] = [
          ['placedAt_lte', (d) => d <= day],
          ['placedAt_lt', (d) => d < day],
          ['placedAt_gte', (d) => d >= day],
          ['placedAt_gt', (d) => d > day],
        ];
        for (const [key, test] of cases) {
          const res = await api().list('orders', { filter: { [key]: day } });
          expect(res.status, key).toBe(200);
          const expected = orders.filter((o) => test(parisDate(o.placedAt)));
          expect(sortedIds(res.body), `${key} ${day}`).toEqual(sortedIds(expected));
        }
      }
      const upTo = await api().list('orders', { filter: { placedAt_lte: utcDay } });
      // `_lte` includes the whole day, not only its midnight...
      expect(upTo.body.some((o) => o.placedAt.slice(0, 10) === utcDay)).toBe(true);
      // ...and that day is the Paris one: the evening order belongs to the next day.
      expect(ids(upTo.body)).not.toContain(evening[0].id);
      const from = await api().list('orders', { filter: { placedAt_gte: parisDay } });
      expect(ids(from.body)).toContain(evening[0].id);
    });

    it('computes the derived filters: late, overdue, promiseMissed, stockState', async () => {
      const orders = await api().all('orders');
      const late = await api().all('orders', { late: true });
      const onTime = await api().all('orders', { late: false });
      const expectedLate = orders.filter((o) => isLate(o, TEST_NOW));
      expect(expectedLate.length).toBeGreaterThan(0);
      expect(ids(late)).toEqual(ids(expectedLate));
      expect(late.length + onTime.length).toBe(orders.length);
      // Both kinds of lateness: delivered after the promise, and still on the road past it.
      expect(late.some((o) => o.deliveredAt !== null)).toBe(true);
      expect(late.some((o) => o.deliveredAt === null)).toBe(true);

      const returns = await api().all('returns');
      const overdue = await api().all('returns', { overdue: true });
      const expectedOverdue = returns.filter((r) => isRefundOverdue(r, TEST_NOW));
      expect(expectedOverdue.length).toBeGreaterThan(0);
      expect(ids(overdue)).toEqual(ids(expectedOverdue));
      expect(overdue.every((r) => r.status === 'received')).toBe(true);

      const reservations = await api().all('reservations');
      const missed = await api().all('reservations', { promiseMissed: true });
      const expectedMissed = reservations.filter((r) => isConfirmPromiseMissed(r, TEST_NOW));
      expect(expectedMissed.length).toBeGreaterThan(0);
      expect(ids(missed)).toEqual(ids(expectedMissed));
      expect(missed.some((r) => r.status === 'pending')).toBe(true);

      const products = await api().all('products');
      for (const state of ['in_stock', 'low', 'out'] as const) {
        const found = await api().all('products', { stockState: state });
        const expected = products.filter((p) => stockState(p) === state);
        expect(expected.length, state).toBeGreaterThan(0);
        expect(ids(found), state).toEqual(ids(expected));
      }
    });
  });

  describe('protocol: getOne, getMany, getManyReference', () => {
    it('getOne answers the record as the list shows it', async () => {
      const [first] = (await api().list('products', { range: [3, 3], sort: ['id', 'ASC'] })).body;
      const { data } = await api().provider().getOne('products', { id: first.id });
      expect(data).toEqual(first);
    });

    it('getMany answers exactly the ids asked for, and nothing for an empty list', async () => {
      const customers = await api().all('customers');
      const wanted = [customers[5].id, customers[50].id, customers[200].id];
      const dp = api().provider();
      const { data } = await dp.getMany('customers', { ids: wanted });
      expect(sortedIds(data as RaRecord<number>[])).toEqual([...wanted].sort((a, b) => a - b));

      const empty = await dp.getMany('customers', { ids: [] });
      expect(empty.data).toEqual([]);
      const raw = await api().list('customers', { filter: { id: [] } });
      expect(raw.status).toBe(200);
      expect(raw.body).toEqual([]);
      expect(totalOf(raw.headers)).toBe(0);
    });

    it('getManyReference answers the records pointing to one, with their total', async () => {
      const orders = await api().all('orders');
      const counts = new Map<number, number>();
      for (const o of orders) counts.set(o.customerId, (counts.get(o.customerId) ?? 0) + 1);
      const [customerId, count] = [...counts].sort((a, b) => b[1] - a[1])[0];
      expect(count).toBeGreaterThan(2);
      const { data, total } = await api()
        .provider()
        .getManyReference('orders', {
          target: 'customerId',
          id: customerId,
          pagination: { page: 1, perPage: 2 },
          sort: { field: 'placedAt', order: 'DESC' },
          filter: {},
        });
      expect(total).toBe(count);
      expect(data).toHaveLength(2);
      expect(data.every((o) => o.customerId === customerId)).toBe(true);
      const newest = orders
        .filter((o) => o.customerId === customerId)
        .sort((a, b) => Date.parse(b.placedAt) - Date.parse(a.placedAt));
      expect(ids(data as Order[])).toEqual(ids(newest.slice(0, 2)));
    });
  });

  describe('protocol: writes', () => {
    it('create answers the new record, with its id, reference and version', async () => {
      const fields = newStore('Création');
      const { data } = await api().provider().create('stores', { data: fields });
      expect(data).toMatchObject({ ...fields, version: 1 });
      expect(data.id).toBeGreaterThan(0);
      expect(data.reference).toMatch(/^BTQ-\d+$/);
      expect((await api().provider().getOne('stores', { id: data.id })).data).toEqual(data);
    });

    it('update with only the changed fields keeps the others, and bumps the version', async () => {
      const store = await createStore(api(), 'Partiel');
      const { data } = await api()
        .provider()
        .update('stores', {
          id: store.id,
          data: { name: 'Kaporal Vieux-Port', version: store.version },
          previousData: store,
        });
      expect(data).toEqual({ ...store, name: 'Kaporal Vieux-Port', version: store.version + 1 });
      expect(await api().one('stores', store.id)).toEqual(data);
    });

    it('update without a version is a 400 and changes nothing', async () => {
      const store = await createStore(api(), 'SansVersion');
      const res = await api().call<{ message: string }>('PUT', `/stores/${store.id}`, {
        body: { name: 'Sans version' },
      });
      expect(res.status).toBe(400);
      expect(res.body.message).toMatch(/version/i);
      expect(await api().one('stores', store.id)).toEqual(store);
    });

    it('update with a stale version is a 409 and changes nothing', async () => {
      const store = await createStore(api(), 'Périmée');
      const dp = api().provider();
      await dp.update('stores', {
        id: store.id,
        data: { city: 'Aix-en-Provence', version: store.version },
        previousData: store,
      });
      const current = await api().one('stores', store.id);
      await expect(
        dp.update('stores', {
          id: store.id,
          data: { name: 'Écrasement', version: store.version },
          previousData: store,
        }),
      ).rejects.toMatchObject({ status: 409 });
      expect(await api().one('stores', store.id)).toEqual(current);
    });

    it('updateMany: one PUT per id, each with its own version; without it, refused', async () => {
      const stores = [await createStore(api(), 'Lot'), await createStore(api(), 'Lot')];
      const dp = api().provider();
      const theIds = ids(stores);
      // ra-data-simple-rest sends the same data, without any version, to every id: refused.
      await expect(
        dp.updateMany('stores', { ids: theIds, data: { openingHours: 'Fermé' } }),
      ).rejects.toMatchObject({ status: 400 });
      for (const store of stores) expect(await api().one('stores', store.id)).toEqual(store);

      // What the app's data provider does: each record's own version, one PUT per id.
      const updated = await Promise.all(
        stores.map((store) =>
          dp.update('stores', {
            id: store.id,
            data: { openingHours: 'Fermé', version: store.version },
            previousData: store,
          }),
        ),
      );
      expect(updated.map((u) => u.data.openingHours)).toEqual(['Fermé', 'Fermé']);
      for (const store of stores) {
        expect(await api().one('stores', store.id)).toEqual({
          ...store,
          openingHours: 'Fermé',
          version: store.version + 1,
        });
      }
    });

    it('delete answers the deleted record, which is then gone', async () => {
      const store = await createStore(api(), 'Suppression');
      const { data } = await api()
        .provider()
        .delete('stores', { id: store.id, previousData: store });
      expect(data).toEqual(store);
      expect((await api().call('GET', `/stores/${store.id}`)).status).toBe(404);
    });

    it('deleteMany deletes each id and answers the ids', async () => {
      const stores = [await createStore(api(), 'Lot'), await createStore(api(), 'Lot')];
      const { data } = await api()
        .provider()
        .deleteMany('stores', { ids: ids(stores) });
      expect(data).toEqual(ids(stores));
      for (const store of stores) {
        expect((await api().call('GET', `/stores/${store.id}`)).status).toBe(404);
      }
    });
  });
}
