import { beforeAll, describe, expect, it } from 'vitest';
import type { ResourceName } from '../../src/domain/types';
import { smallDataset, TEST_NOW } from '../../tests/support/mockApi';
import { resources } from '../resources';
import { createListing } from './listing';
import { sortByValue } from './listOrder';
import { compileFilter, normalizeText, readPath } from './query';
import type { ResourceDef } from './resource';
import { Store } from './store';
import { Tx } from './tx';

type Query = {
  filter?: Record<string, unknown>;
  sort?: [string, 'ASC' | 'DESC'];
  range?: number[];
};

const QUERIES: [ResourceName, Query][] = [
  ['orders', { filter: { status: 'delivered' }, sort: ['placedAt', 'DESC'], range: [0, 24] }],
  ['orders', { filter: { status: 'delivered' }, sort: ['placedAt', 'DESC'], range: [50, 74] }],
  ['orders', { filter: { status: 'placed' }, sort: ['placedAt', 'ASC'], range: [0, 24] }],
  ['orders', { filter: { status: ['refused', 'cancelled'] }, sort: ['id', 'DESC'], range: [0, 0] }],
  ['orders', { filter: { placedAt_gte: '2026-10-25', placedAt_lte: '2026-10-31' } }],
  [
    'orders',
    {
      filter: { status: 'delivered', placedAt_gte: '2026-03-01', placedAt_lte: '2026-03-31' },
      sort: ['placedAt', 'DESC'],
      range: [0, 9],
    },
  ],
  ['orders', { filter: { placedAt_gt: '2026-11-01', late: true }, sort: ['promisedBy', 'ASC'] }],
  ['orders', { filter: { totalCents_gte: 10000 }, sort: ['deliveredAt', 'DESC'], range: [0, 24] }],
  ['orders', { sort: ['reference', 'DESC'], range: [10, 19] }],
  ['orders', { filter: { id: [5, 3, 900, 3, 1] } }],
  ['returns', { filter: { status: 'received' }, sort: ['refundDueBy', 'ASC'], range: [0, 24] }],
  [
    'returns',
    { filter: { requestedAt_lt: '2026-06-01T12:00:00.000Z' }, sort: ['refundDueBy', 'DESC'] },
  ],
  ['reservations', { filter: { status: 'pending' }, sort: ['confirmBy', 'ASC'] }],
  ['customers', { filter: { q: 'mar' }, sort: ['lastOrderAt', 'DESC'], range: [0, 24] }],
  ['customers', { sort: ['lastOrderAt', 'DESC'], range: [0, 24] }],
  ['customers', { sort: ['lastOrderAt', 'ASC'], range: [390, 409] }],
  ['credit-notes', { filter: { customerId: 12 }, sort: ['issuedAt', 'DESC'] }],
  ['products', { filter: { status: 'published' }, sort: ['updatedAt', 'DESC'], range: [0, 24] }],
  ['audit-events', { filter: { resource: 'orders', recordId: 1 }, sort: ['at', 'DESC'] }],
];

describe('listing', () => {
  let store: Store;
  let tx: Tx;
  const list = () => createListing(store);

  beforeAll(async () => {
    store = new Store(await smallDataset());
    const user = store.get('users', 1)!;
    tx = new Tx(store, { user, role: 'admin', lang: 'fr', now: TEST_NOW });
  });

  /** The same list by a plain scan of every record in id order and a stable sort. */
  function plainScan(resource: ResourceName, { filter = {}, sort, range }: Query) {
    const def = resources[resource] as ResourceDef<ResourceName>;
    const text = (r: object) => normalizeText(def.searchText(r as never, tx).join(' '));
    const clauses = compileFilter(filter, def.filters, text, TEST_NOW);
    let found = store.all(resource).filter((r) => clauses.every((c) => c.test(r)));
    if (sort)
      found = sortByValue(found, (r) => readPath(r, sort[0].split('.')), sort[1] === 'DESC');
    const [start, end] = range ?? [0, Infinity];
    return { ids: found.slice(start, end + 1).map((r) => r.id), total: found.length };
  }

  function listed(listing: ReturnType<typeof list>, resource: ResourceName, query: Query) {
    const params = new URLSearchParams({ filter: JSON.stringify(query.filter ?? {}) });
    if (query.sort) params.set('sort', JSON.stringify(query.sort));
    if (query.range) params.set('range', JSON.stringify(query.range));
    const def = resources[resource] as ResourceDef<ResourceName>;
    const page = listing(resource, def, params, tx);
    return { ids: page.records.map((r) => r.id), total: page.total };
  }

  it('answers what a plain scan and a stable sort answer, before and after writes', () => {
    const listing = list();
    for (const [resource, query] of QUERIES) {
      expect(listed(listing, resource, query), JSON.stringify(query)).toEqual(
        plainScan(resource, query),
      );
    }
    const [placed] = store.where('orders', 'status', 'placed');
    store.put('orders', { ...placed, status: 'cancelled', placedAt: '2026-10-28T10:00:00.000Z' });
    const delivered = store.where('orders', 'status', 'delivered');
    store.remove('orders', delivered[3].id);
    store.put('orders', { ...delivered[0], id: store.allocateId('orders') });
    const customer = store.get('customers', 12)!;
    store.put('customers', { ...customer, lastOrderAt: null, lastName: 'Marchal' });
    for (const [resource, query] of QUERIES) {
      expect(listed(listing, resource, query), JSON.stringify(query)).toEqual(
        plainScan(resource, query),
      );
    }
  });
});
