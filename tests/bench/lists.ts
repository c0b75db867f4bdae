import { signInToken } from './server';
import { percentile } from './stats';

type Query = { filter?: object; sort?: [string, 'ASC' | 'DESC']; range?: [number, number] };
type Request = { label: string; resource: string; query: Query };

export interface ListFigures {
  /** The first rounds, which build the indexes and search texts the lists need. */
  firstMaxMs: number;
  firstTotalMs: number;
  p50: number;
  p95: number;
  max: number;
  slowest: string;
  count: number;
}

const REQUESTS = 200;
/** Rounds of every kind first, each variant once (tab, stage, month): the indexes get built. */
const WARM_ROUNDS = 6;
const PAGE: [number, number] = [0, 24];
const ORDER_TABS = [
  ['placed', 'placedAt', 'ASC'],
  ['shipped', 'promisedBy', 'ASC'],
  ['delivered', 'placedAt', 'DESC'],
  ['refused', 'placedAt', 'DESC'],
  ['cancelled', 'placedAt', 'DESC'],
] as const;
const CLOSED_RETURNS = ['refunded', 'credited', 'rejected', 'cancelled'];
const CLOSED_RESERVATIONS = ['collected', 'expired', 'unavailable', 'cancelled'];
const SEARCHES = ['martin', 'dubois', 'lou', 'jean', 'marie', 'le'];

/** The Paris calendar months before now, as the date pickers send them (first and last day). */
function months(count: number): [string, string][] {
  const now = new Date();
  return Array.from({ length: count }, (_, i) => {
    const first = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - i, 1));
    const last = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - i + 1, 0));
    return [first.toISOString().slice(0, 10), last.toISOString().slice(0, 10)];
  });
}

/** Ids the pages would hold: customers with orders, orders and their customers. */
interface Seen {
  customers: number[];
  orders: { id: number; customerId: number }[];
}

/**
 * The lists the app's pages ask for, in turn: order tabs and their counts, a month of orders,
 * returns and reservations by stage, customer search, products by status, a customer's records,
 * a record's history, and the getMany of the customers a page of orders shows.
 */
function kinds(seen: Seen): ((n: number) => Request)[] {
  const month = months(6);
  const at = <T>(list: T[], n: number) => list[n % list.length];
  return [
    (n) => {
      const [status, field, order] = at([...ORDER_TABS], n);
      const range: [number, number] = n % 3 === 2 ? [25, 49] : PAGE;
      return {
        label: `orders ${status}`,
        resource: 'orders',
        query: { filter: { status }, sort: [field, order], range },
      };
    },
    (n) => ({
      label: 'orders tab count',
      resource: 'orders',
      query: { filter: { status: at([...ORDER_TABS], n)[0] }, sort: ['id', 'DESC'], range: [0, 0] },
    }),
    (n) => {
      const [from, until] = at(month, n);
      const filter = { status: 'delivered', placedAt_gte: from, placedAt_lte: until };
      return {
        label: 'orders of a month',
        resource: 'orders',
        query: { filter, sort: ['placedAt', 'DESC'], range: PAGE },
      };
    },
    (n) => {
      const [from, until] = at(month, n);
      const filter = { status: at([...ORDER_TABS], n)[0], placedAt_gte: from, placedAt_lte: until };
      return {
        label: 'orders of a month, tab count',
        resource: 'orders',
        query: { filter, sort: ['id', 'DESC'], range: [0, 0] },
      };
    },
    (n) => {
      const stages = [
        [{ status: 'authorised' }, ['requestedAt', 'ASC']],
        [{ status: 'received' }, ['refundDueBy', 'ASC']],
        [{ status: CLOSED_RETURNS }, ['requestedAt', 'DESC']],
        [{ overdue: true }, ['refundDueBy', 'ASC']],
      ] as const;
      const [filter, sort] = at([...stages], n);
      return {
        label: 'returns by stage',
        resource: 'returns',
        query: { filter, sort: [...sort], range: PAGE },
      };
    },
    (n) => ({
      label: 'customers search',
      resource: 'customers',
      query: { filter: { q: at(SEARCHES, n) }, sort: ['lastOrderAt', 'DESC'], range: PAGE },
    }),
    () => ({
      label: 'customers',
      resource: 'customers',
      query: { sort: ['lastOrderAt', 'DESC'], range: PAGE },
    }),
    (n) => {
      const filters = [
        { status: 'published' },
        { status: 'draft' },
        { status: 'published', stockState: 'out' },
      ];
      const sort = n % 2 ? (['updatedAt', 'ASC'] as const) : (['updatedAt', 'DESC'] as const);
      return {
        label: 'products by status',
        resource: 'products',
        query: { filter: at(filters, n), sort: [...sort], range: PAGE },
      };
    },
    (n) => {
      const stages = [
        [{ status: 'pending' }, ['confirmBy', 'ASC']],
        [{ status: 'confirmed' }, ['holdUntil', 'ASC']],
        [{ status: CLOSED_RESERVATIONS }, ['requestedAt', 'DESC']],
      ] as const;
      const [filter, sort] = at([...stages], n);
      return {
        label: 'reservations by stage',
        resource: 'reservations',
        query: { filter, sort: [...sort], range: PAGE },
      };
    },
    (n) => ({
      label: 'credit notes of a customer',
      resource: 'credit-notes',
      query: {
        filter: { customerId: at(seen.customers, n) },
        sort: ['issuedAt', 'DESC'],
        range: [0, 9],
      },
    }),
    (n) => ({
      label: 'orders of a customer',
      resource: 'orders',
      query: {
        filter: { customerId: at(seen.customers, n) },
        sort: ['placedAt', 'DESC'],
        range: [0, 9],
      },
    }),
    (n) => ({
      label: 'history of an order',
      resource: 'audit-events',
      query: {
        filter: { resource: 'orders', recordId: at(seen.orders, n).id },
        sort: ['at', 'DESC'],
        range: PAGE,
      },
    }),
    (n) => {
      const page = seen.orders.slice(n % 25, (n % 25) + 25);
      return {
        label: 'getMany customers',
        resource: 'customers',
        query: { filter: { id: page.map((o) => o.customerId) } },
      };
    },
  ];
}

function urlOf(base: string, { resource, query }: Request): string {
  const params = new URLSearchParams({ filter: JSON.stringify(query.filter ?? {}) });
  if (query.sort) params.set('sort', JSON.stringify(query.sort));
  if (query.range) params.set('range', JSON.stringify(query.range));
  return `${base}/api/${resource}?${params}`;
}

/** From sending the request to the last byte of its answer. */
async function timed(base: string, token: string, request: Request): Promise<number> {
  const start = performance.now();
  const response = await fetch(urlOf(base, request), {
    headers: { Authorization: `Bearer ${token}` },
  });
  await response.arrayBuffer();
  if (!response.ok) throw new Error(`${request.label} answered ${response.status}`);
  return performance.now() - start;
}

async function fetchJson<T>(base: string, token: string, request: Request): Promise<T> {
  const response = await fetch(urlOf(base, request), {
    headers: { Authorization: `Bearer ${token}` },
  });
  return (await response.json()) as T;
}

/** 200 sequential list requests as the pages send them, after a first round of every variant. */
export async function measureLists(base: string): Promise<ListFigures> {
  const token = await signInToken(base, 'admin@kaporal.test');
  const customers = await fetchJson<{ id: number }[]>(base, token, {
    label: 'customers with orders',
    resource: 'customers',
    query: { sort: ['lastOrderAt', 'DESC'], range: [0, 49] },
  });
  const orders = await fetchJson<{ id: number; customerId: number }[]>(base, token, {
    label: 'latest orders',
    resource: 'orders',
    query: { sort: ['placedAt', 'DESC'], range: [0, 49] },
  });
  const all = kinds({ customers: customers.map((c) => c.id), orders });
  const first: number[] = [];
  for (let n = 0; n < WARM_ROUNDS; n += 1) {
    for (const kind of all) first.push(await timed(base, token, kind(n)));
  }
  const times: { ms: number; label: string }[] = [];
  for (let i = 0; i < REQUESTS; i += 1) {
    const request = all[i % all.length](WARM_ROUNDS + Math.floor(i / all.length));
    times.push({ ms: await timed(base, token, request), label: request.label });
  }
  const ms = times.map((t) => t.ms);
  const slowest = times.reduce((a, b) => (b.ms > a.ms ? b : a));
  return {
    firstMaxMs: Math.max(...first),
    firstTotalMs: first.reduce((a, b) => a + b, 0),
    p50: percentile(ms, 50),
    p95: percentile(ms, 95),
    max: slowest.ms,
    slowest: slowest.label,
    count: ms.length,
  };
}
