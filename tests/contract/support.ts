import simpleRestProvider from 'ra-data-simple-rest';
import { fetchUtils, type DataProvider } from 'ra-core';
import { beforeAll } from 'vitest';
import { ean13CheckDigit } from '../../src/domain/ean';
import {
  ROLES,
  type Customer,
  type KlubMember,
  type KlubStatus,
  type Order,
  type Product,
  type ResourceName,
  type ResourceRecords,
  type Role,
  type Store,
} from '../../src/domain/types';

/** Where the contract suite sends its requests: msw in process, or the real HTTP server. */
export interface ContractTarget {
  apiUrl: string;
  /**
   * Stops the API and starts it again over the data it holds now, with its clock set to `now`:
   * the only way to let time pass for rules that time alone triggers (reservation expiry).
   * Sessions do not survive it.
   */
  restartAt(now: string): Promise<ContractTarget>;
}
export type TargetGetter = () => ContractTarget;

export const DEMO_PASSWORD = 'kaporal';
/** An id no dataset reaches: requests on it must fail with 404 (or 403 first). */
export const MISSING_ID = 987654321;

export interface SignedInUser {
  id: number;
  fullName: string;
  email: string;
  role: Role;
}

export interface RawResponse<T = unknown> {
  status: number;
  headers: Headers;
  /** The parsed JSON body, or the raw text when it is not JSON. */
  body: T;
}

export interface ErrorBody {
  message: string;
  code?: string;
  errors?: Record<string, string>;
}

export interface CallOptions {
  /** The role whose token signs the request; null sends none. Admin by default. */
  as?: Role | null;
  /** Serialised as JSON, unless already a string (sent as is, to test malformed bodies). */
  body?: unknown;
  /** Accept-Language of the request; none by default (French is the server's default). */
  lang?: string;
  headers?: Record<string, string>;
}

type Rec<R extends ResourceName> = ResourceRecords[R];

/** One signed-in session per role over a target, the real data provider, and raw fetch. */
export class ContractApi {
  private readonly sessions = new Map<Role, { token: string; user: SignedInUser }>();

  constructor(readonly apiUrl: string) {}

  async signInAll(): Promise<void> {
    await Promise.all(ROLES.map((role) => this.signIn(role)));
  }

  async signIn(role: Role): Promise<void> {
    const res = await this.call<{ token: string; user: SignedInUser }>('POST', '/auth/login', {
      as: null,
      body: { email: `${role}@kaporal.test`, password: DEMO_PASSWORD },
    });
    if (res.status !== 200) throw new Error(`login as ${role} answered ${res.status}`);
    this.sessions.set(role, res.body);
  }

  token(role: Role): string {
    const session = this.sessions.get(role);
    if (!session) throw new Error(`${role} is not signed in`);
    return session.token;
  }

  user(role: Role): SignedInUser {
    const session = this.sessions.get(role);
    if (!session) throw new Error(`${role} is not signed in`);
    return session.user;
  }

  /** ra-data-simple-rest over fetchUtils.fetchJson with the role's bearer token. */
  provider(role: Role = 'admin', lang?: string): DataProvider {
    const token = this.token(role);
    const httpClient = (url: string, options: fetchUtils.Options = {}) => {
      const headers = new Headers(options.headers ?? { Accept: 'application/json' });
      if (lang) headers.set('Accept-Language', lang);
      return fetchUtils.fetchJson(url, {
        ...options,
        headers,
        user: { authenticated: true, token: `Bearer ${token}` },
      });
    };
    return simpleRestProvider(this.apiUrl, httpClient);
  }

  /** A request as sent by hand, to see statuses, bodies and headers. */
  async call<T = unknown>(
    method: string,
    path: string,
    { as = 'admin', body, lang, headers = {} }: CallOptions = {},
  ): Promise<RawResponse<T>> {
    const sent = new Headers({ Accept: 'application/json', ...headers });
    if (as) sent.set('Authorization', `Bearer ${this.token(as)}`);
    if (lang) sent.set('Accept-Language', lang);
    if (body !== undefined && !sent.has('Content-Type'))
      sent.set('Content-Type', 'application/json');
    const response = await fetch(`${this.apiUrl}${path}`, {
      method,
      headers: sent,
      body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
    });
    const text = await response.text();
    let parsed: unknown = text;
    try {
      parsed = JSON.parse(text);
    } catch {
      // not JSON: the test sees the text
    }
    return { status: response.status, headers: response.headers, body: parsed as T };
  }

  /** GET a list with the wire parameters of ra-data-simple-rest. */
  list<R extends ResourceName>(
    resource: R,
    {
      filter = {},
      sort,
      range,
      as = 'admin',
      lang,
    }: {
      filter?: Record<string, unknown>;
      sort?: [string, 'ASC' | 'DESC'];
      range?: [number, number];
      as?: Role | null;
      lang?: string;
    } = {},
  ): Promise<RawResponse<Rec<R>[]>> {
    const query = new URLSearchParams({ filter: JSON.stringify(filter) });
    if (sort) query.set('sort', JSON.stringify(sort));
    if (range) query.set('range', JSON.stringify(range));
    return this.call<Rec<R>[]>('GET', `/${resource}?${query}`, { as, lang });
  }

  /** Every record matching a filter, read as the admin; throws unless the server answers 200. */
  async all<R extends ResourceName>(
    resource: R,
    filter: Record<string, unknown> = {},
  ): Promise<Rec<R>[]> {
    const res = await this.list(resource, { filter, sort: ['id', 'ASC'] });
    if (res.status !== 200) {
      throw new Error(`GET ${resource} ${JSON.stringify(filter)} answered ${res.status}`);
    }
    return res.body;
  }

  async count(resource: ResourceName, filter: Record<string, unknown> = {}): Promise<number> {
    const res = await this.list(resource, { filter, range: [0, 0] });
    if (res.status !== 200) throw new Error(`count of ${resource} answered ${res.status}`);
    return totalOf(res.headers);
  }

  async one<R extends ResourceName>(resource: R, id: number): Promise<Rec<R>> {
    const res = await this.call<Rec<R>>('GET', `/${resource}/${id}`);
    if (res.status !== 200) throw new Error(`GET ${resource}/${id} answered ${res.status}`);
    return res.body;
  }

  /** PUT as a role, with the record's current version unless the body carries one. */
  async put<T = unknown>(
    resource: ResourceName,
    id: number,
    body: Record<string, unknown>,
    as: Role = 'admin',
  ): Promise<RawResponse<T>> {
    const version =
      body.version !== undefined
        ? body.version
        : ((await this.one(resource, id)) as unknown as { version: number }).version;
    return this.call<T>('PUT', `/${resource}/${id}`, { as, body: { ...body, version } });
  }

  async post<T = unknown>(
    resource: ResourceName,
    body: unknown,
    as: Role = 'admin',
  ): Promise<RawResponse<T>> {
    return this.call<T>('POST', `/${resource}`, { as, body });
  }

  /** The audit trail of one record, oldest first. */
  history(resource: ResourceName, recordId: number) {
    return this.all('audit-events', { resource, recordId });
  }
}

/** The total of a `Content-Range: resource start-end/total` header. */
export function totalOf(headers: Headers): number {
  const range = headers.get('Content-Range');
  if (!range) throw new Error('no Content-Range header');
  return Number(range.split('/').pop());
}

/**
 * Registers the sign-in of every demo account once the target is up, and gives the API helper
 * to the tests (call it inside tests or hooks only).
 */
export function signedInApi(getTarget: TargetGetter): () => ContractApi {
  let api: ContractApi | undefined;
  beforeAll(async () => {
    api = new ContractApi(getTarget().apiUrl);
    await api.signInAll();
  });
  return () => {
    if (!api) throw new Error('the contract target is not ready');
    return api;
  };
}

/** Lower case without accents, as a person would type a search. */
export function plain(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase();
}

export function isSorted<T>(values: T[], compare: (a: T, b: T) => number): boolean {
  return values.every((value, i) => i === 0 || compare(values[i - 1], value) <= 0);
}

let serial = 0;
/** A number unique to this test run (per process), for names, e-mails and codes. */
export function nextSerial(): number {
  serial += 1;
  return serial;
}

export function newStore(label = 'Contrat'): Omit<Store, 'id' | 'reference' | 'version'> {
  const n = nextSerial();
  return {
    name: `Kaporal ${label} ${n}`,
    city: 'Marseille',
    postcode: '13001',
    address: `${n} rue de la République`,
    phone: '04 91 00 00 00',
    email: `boutique-${n}@kaporal.test`,
    openingHours: 'Du lundi au samedi, 10 h - 19 h',
  };
}

/** A valid EAN-13 in a range the seed does not use (prefix 299, for internal codes). */
export function freshEan13(): string {
  const first12 = `299${String(nextSerial()).padStart(9, '0')}`;
  return `${first12}${ean13CheckDigit(first12)}`;
}

/** The same code with a check digit that does not match. */
export function wrongCheckDigit(ean13: string): string {
  return `${ean13.slice(0, 12)}${(Number(ean13[12]) + 1) % 10}`;
}

export type ProductFields = Omit<
  Product,
  'id' | 'reference' | 'version' | 'createdAt' | 'updatedAt'
>;

/** A valid draft product with one variant whose sku and EAN-13 nobody else uses. */
export function newProduct(overrides: Partial<ProductFields> = {}): ProductFields {
  const n = nextSerial();
  return {
    name: `Jean contrat ${n}`,
    description: 'Jean droit en denim brut. Composition : 100 % coton.',
    department: 'homme',
    category: 'jeans',
    collection: 'AH26',
    priceCents: 7990,
    salePriceCents: null,
    status: 'draft',
    images: [],
    variants: [
      {
        sku: `CONTRAT-${n}-32-BLEU`,
        size: '32',
        colour: 'Bleu brut',
        ean13: freshEan13(),
        stock: 4,
      },
    ],
    ...overrides,
  };
}

export interface OrderOptions {
  customerId?: number;
  /** productId and sku default to the first variant of a published product. */
  lines?: { productId: number; sku: string; quantity: number }[];
  quantity?: number;
  promoCode?: string | null;
  creditNoteIds?: number[];
  extra?: Record<string, unknown>;
}

/** A published product with a variant, as an order line. */
export async function orderableLine(api: ContractApi, quantity = 1) {
  const [product] = (
    await api.list('products', {
      filter: { status: 'published' },
      range: [0, 0],
      sort: ['id', 'ASC'],
    })
  ).body;
  const variant = product.variants[0];
  return { product, line: { productId: product.id, sku: variant.sku, quantity } };
}

/** An order placed through the API by the admin (the only role that creates orders). */
export async function placeOrder(api: ContractApi, options: OrderOptions = {}) {
  const customerId =
    options.customerId ??
    (await api.list('customers', { range: [0, 0], sort: ['id', 'ASC'] })).body[0].id;
  const lines = options.lines ?? [(await orderableLine(api, options.quantity ?? 1)).line];
  const res = await api.post<ResourceRecords['orders']>('orders', {
    customerId,
    lines,
    shippingFeeCents: 0,
    promoCode: options.promoCode ?? null,
    delivery: { mode: 'home', carrier: 'Colissimo', address: '12 rue du Contrat, 13001 Marseille' },
    payment: { method: 'card', cardBrand: 'visa', creditNoteIds: options.creditNoteIds ?? [] },
    ...options.extra,
  });
  if (res.status !== 201) {
    throw new Error(`placing an order answered ${res.status}: ${JSON.stringify(res.body)}`);
  }
  return res.body;
}

/**
 * A customer no other test knows, so that its orders, returns and credit balance are the test's
 * own; with a Klub membership moved to the given status when asked.
 */
export async function newCustomer(
  api: ContractApi,
  klub: KlubStatus | 'none' = 'none',
): Promise<Customer> {
  const n = nextSerial();
  const res = await api.post<Customer>('customers', {
    email: `contrat-${n}@example.fr`,
    firstName: 'Contrat',
    lastName: `Client ${n}`,
    birthDate: '1988-03-14',
  });
  if (res.status !== 201) {
    throw new Error(`creating a customer answered ${res.status}: ${JSON.stringify(res.body)}`);
  }
  if (klub === 'none') return res.body;
  const member = await api.post<KlubMember>('klub-members', { customerId: res.body.id });
  if (member.status !== 201) throw new Error(`joining the Klub answered ${member.status}`);
  if (klub !== 'active') {
    const moved = await api.put('klub-members', member.body.id, { status: klub });
    if (moved.status !== 200) throw new Error(`a Klub membership ${klub} answered ${moved.status}`);
  }
  return api.one('customers', res.body.id);
}

/** Ships (with a tracking number) and delivers an order as the warehouse, at the target's clock. */
export async function deliverOrder(api: ContractApi, order: Order): Promise<Order> {
  const shipment = {
    status: 'shipped',
    delivery: { carrier: 'Colissimo', trackingNumber: `6A${String(order.id).padStart(11, '0')}` },
  };
  const shipped = await api.put('orders', order.id, shipment, 'warehouse');
  if (shipped.status !== 200) throw new Error(`shipping answered ${shipped.status}`);
  const delivered = await api.put<Order>('orders', order.id, { status: 'delivered' }, 'warehouse');
  if (delivered.status !== 200) throw new Error(`delivering answered ${delivered.status}`);
  return delivered.body;
}
