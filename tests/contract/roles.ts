import { beforeAll, describe, expect, it } from 'vitest';
import {
  isAllowed,
  ORDER_STATUSES,
  RESERVATION_STATUSES,
  RETURN_STATUSES,
  ROLE_MATRIX,
  ROLES,
  type Guarded,
  type Order,
  type ResourceName,
  type ReturnAuthorisation,
  type Role,
  type User,
  type Verb,
} from '../../src/domain';
import {
  MISSING_ID,
  newStore,
  nextSerial,
  placeOrder,
  signedInApi,
  type ContractApi,
  type RawResponse,
  type TargetGetter,
} from './support';

const VERBS: readonly Verb[] = ['read', 'create', 'update', 'delete'];

type Versioned = { id: number; version: number };

/**
 * For each resource, a record and a change that the server refuses for its value (400, 409 or
 * 422) once the role is let through: an allowed role never destroys data, a refused one gets 403.
 */
const INVALID_UPDATES: Record<
  ResourceName,
  { filter: Record<string, unknown>; patch: (record: never) => Record<string, unknown> }
> = {
  products: { filter: {}, patch: () => ({ name: '' }) },
  stores: { filter: {}, patch: () => ({ name: '' }) },
  customers: { filter: {}, patch: () => ({ email: 'pas-une-adresse' }) },
  'klub-members': { filter: {}, patch: () => ({ kind: 'vip' }) },
  orders: {
    filter: { status: 'delivered' },
    patch: (order: Order) => ({ delivery: { ...order.delivery, address: '1 rue du Contrat' } }),
  },
  returns: { filter: {}, patch: () => ({ resolution: 'exchange' }) },
  'credit-notes': {
    filter: { origin: 'goodwill', status: 'open' },
    patch: () => ({ status: 'exhausted' }),
  },
  reservations: { filter: {}, patch: () => ({ channel: 'pigeon' }) },
  'contact-requests': { filter: {}, patch: () => ({ reason: 'pigeon' }) },
  users: { filter: { role: 'support' }, patch: () => ({ role: 'boss' }) },
  'audit-events': { filter: {}, patch: () => ({ action: 'delete' }) },
};

/** Statuses with no way out: any transition from them is a 409, once the role is let through. */
const TERMINAL: Record<'orders' | 'returns' | 'reservations', string[]> = {
  orders: ['delivered', 'cancelled', 'refused'],
  returns: ['refunded', 'credited', 'rejected', 'cancelled'],
  reservations: ['collected', 'unavailable', 'expired', 'cancelled'],
};
const STATUSES = {
  orders: ORDER_STATUSES,
  returns: RETURN_STATUSES,
  reservations: RESERVATION_STATUSES,
};

/** What a transition carries with its status. */
function transitionBody(resource: keyof typeof TERMINAL, to: string, record: unknown) {
  if (resource === 'orders' && to === 'shipped') {
    return { delivery: { carrier: 'Colissimo', trackingNumber: '6A00000000001' } };
  }
  if (resource === 'returns' && (to === 'received' || to === 'rejected')) {
    const lines = (record as ReturnAuthorisation).lines;
    return {
      lines: lines.map((l) => ({ ...l, condition: to === 'received' ? 'resalable' : 'worn' })),
    };
  }
  return {};
}

async function firstRecord(api: ContractApi, resource: ResourceName, filter = {}) {
  const res = await api.list(resource, { filter, range: [0, 0], sort: ['id', 'ASC'] });
  const record = res.body[0] as unknown as Versioned | undefined;
  if (!record) throw new Error(`no ${resource} matches ${JSON.stringify(filter)}`);
  return record;
}

async function probe(
  api: ContractApi,
  resource: Guarded,
  verb: Verb,
  role: Role,
): Promise<RawResponse> {
  if (resource === 'kpis') {
    return api.call('GET', '/kpis?from=2026-11-01&to=2026-11-24&groupBy=week', { as: role });
  }
  if (verb === 'read') return api.call('GET', `/${resource}?range=[0,0]`, { as: role });
  if (verb === 'create') return api.call('POST', `/${resource}`, { as: role, body: {} });
  if (verb === 'delete') return api.call('DELETE', `/${resource}/${MISSING_ID}`, { as: role });
  const { filter, patch } = INVALID_UPDATES[resource];
  const record = await firstRecord(api, resource, filter);
  const res = await api.call('PUT', `/${resource}/${record.id}`, {
    as: role,
    body: { ...patch(record as never), version: record.version },
  });
  const after = (await api.one(resource, record.id)) as unknown as Versioned;
  expect(after.version, 'a refused update changes nothing').toBe(record.version);
  return res;
}

export function roleTests(getTarget: TargetGetter): void {
  const api = signedInApi(getTarget);

  describe('role matrix (from ROLE_MATRIX)', () => {
    beforeAll(async () => {
      // At least one audit event exists to probe its (forbidden) update.
      expect((await api().post('stores', newStore('Matrice'))).status).toBe(201);
    });

    for (const resource of Object.keys(ROLE_MATRIX) as Guarded[]) {
      const verbs = resource === 'kpis' ? (['read'] as const) : VERBS;
      describe(resource, () => {
        for (const role of ROLES) {
          for (const verb of verbs) {
            // Reading a directory (readViews.ts) answers a list of its fields.
            const allowed =
              isAllowed(role, resource, verb) ||
              (verb === 'read' && isAllowed(role, resource, 'directory'));
            it(`${role} ${verb}: ${allowed ? 'allowed' : '403'}`, async () => {
              const res = await probe(api(), resource, verb, role);
              if (!allowed) {
                expect(res.status).toBe(403);
                expect(res.body).toHaveProperty('message');
              } else if (verb === 'read') {
                expect(res.status).toBe(200);
              } else if (verb === 'delete') {
                expect(res.status).toBe(404);
              } else {
                expect(res.status).not.toBe(403);
                expect([400, 409, 422]).toContain(res.status);
              }
            });
          }
        }
      });
    }
  });

  describe('transition matrix (from ROLE_MATRIX)', () => {
    for (const resource of ['orders', 'returns', 'reservations'] as const) {
      describe(resource, () => {
        for (const role of ROLES) {
          for (const to of STATUSES[resource]) {
            const allowed = isAllowed(role, resource, `transition:${to}`);
            it(`${role} -> ${to}: ${allowed ? 'allowed (409 from a final status)' : '403'}`, async () => {
              const from = TERMINAL[resource].find((status) => status !== to)!;
              const record = await firstRecord(api(), resource, { status: from });
              const res = await api().call('PUT', `/${resource}/${record.id}`, {
                as: role,
                body: {
                  status: to,
                  ...transitionBody(resource, to, record),
                  version: record.version,
                },
              });
              expect(res.status).toBe(allowed ? 409 : 403);
              const after = (await api().one(resource, record.id)) as unknown as Versioned;
              expect(after).toEqual(record);
            });
          }
        }
      });
    }
  });

  describe('separation of duties', () => {
    it('warehouse ships an order but may not cancel it', async () => {
      const order = await placeOrder(api());
      const cancel = await api().put('orders', order.id, { status: 'cancelled' }, 'warehouse');
      expect(cancel.status).toBe(403);
      const ship = await api().put<Order>(
        'orders',
        order.id,
        { status: 'shipped', delivery: { carrier: 'Colissimo', trackingNumber: '6A11111111111' } },
        'warehouse',
      );
      expect(ship.status).toBe(200);
      expect(ship.body.status).toBe('shipped');
      const deliver = await api().put<Order>(
        'orders',
        order.id,
        { status: 'delivered' },
        'warehouse',
      );
      expect(deliver.status).toBe(200);
      expect(deliver.body.status).toBe('delivered');
    });

    it('support cancels an order but may not ship it, nor refuse it', async () => {
      const order = await placeOrder(api());
      const ship = await api().put(
        'orders',
        order.id,
        { status: 'shipped', delivery: { carrier: 'Colissimo', trackingNumber: '6A22222222222' } },
        'support',
      );
      expect(ship.status).toBe(403);
      expect((await api().put('orders', order.id, { status: 'refused' }, 'support')).status).toBe(
        403,
      );
      expect((await api().one('orders', order.id)).status).toBe('placed');
      const cancel = await api().put<Order>('orders', order.id, { status: 'cancelled' }, 'support');
      expect(cancel.status).toBe(200);
      expect(cancel.body.status).toBe('cancelled');
    });

    it('warehouse receives a return but may not refund it; support refunds, not receives', async () => {
      const [authorised] = await api().all('returns', { status: 'authorised' });
      expect(authorised).toBeDefined();
      const inspected = {
        status: 'received',
        lines: authorised.lines.map((l) => ({ ...l, condition: 'resalable' })),
      };
      expect((await api().put('returns', authorised.id, inspected, 'support')).status).toBe(403);
      expect((await api().one('returns', authorised.id)).status).toBe('authorised');
      const received = await api().put<ReturnAuthorisation>(
        'returns',
        authorised.id,
        inspected,
        'warehouse',
      );
      expect(received.status).toBe(200);
      expect(received.body.status).toBe('received');
      expect(received.body.receivedBy).toBe(api().user('warehouse').id);

      const resolution = received.body.resolution === 'refund' ? 'refunded' : 'credited';
      // Whichever the customer chose: the role is refused before the choice is looked at.
      for (const status of ['refunded', 'credited']) {
        const warehouse = await api().put('returns', authorised.id, { status }, 'warehouse');
        expect(warehouse.status, status).toBe(403);
      }
      expect(await api().one('returns', authorised.id)).toEqual(received.body);
      expect(await api().count('credit-notes', { returnId: authorised.id })).toBe(0);
      const support = await api().put<ReturnAuthorisation>(
        'returns',
        authorised.id,
        { status: resolution },
        'support',
      );
      expect(support.status).toBe(200);
      expect(support.body.status).toBe(resolution);
    });

    it('a manager issues goodwill credit notes but may not touch a return note', async () => {
      const [customer] = (await api().list('customers', { range: [0, 0] })).body;
      const goodwill = await api().post(
        'credit-notes',
        { customerId: customer.id, amountCents: 1500, reason: 'Geste commercial (contrat)' },
        'manager',
      );
      expect(goodwill.status).toBe(201);
      expect(goodwill.body).toMatchObject({ origin: 'goodwill', balanceCents: 1500 });
      const asReturn = await api().post(
        'credit-notes',
        { customerId: customer.id, amountCents: 1500, origin: 'return', reason: 'x' },
        'manager',
      );
      expect([403, 422]).toContain(asReturn.status);
      const [returnNote] = await api().all('credit-notes', { origin: 'return', status: 'open' });
      const touched = await api().put(
        'credit-notes',
        returnNote.id,
        { reason: 'Modifié' },
        'manager',
      );
      expect(touched.status).toBe(403);
      expect(await api().one('credit-notes', returnNote.id)).toEqual(returnNote);
    });
  });

  describe('sessions', () => {
    it('login answers {token, user: {id, fullName, email, role}}, never a password', async () => {
      const res = await api().call<Record<string, unknown>>('POST', '/auth/login', {
        as: null,
        body: { email: 'WAREHOUSE@kaporal.test ', password: 'kaporal' },
      });
      expect(res.status).toBe(200);
      expect(Object.keys(res.body).sort()).toEqual(['token', 'user']);
      expect(typeof res.body.token).toBe('string');
      expect(res.body.user).toEqual({
        id: api().user('warehouse').id,
        fullName: expect.any(String),
        email: 'warehouse@kaporal.test',
        role: 'warehouse',
      });
    });

    it('a deactivated account is refused (401), even with the token it already holds', async () => {
      const email = `renfort-${nextSerial()}@kaporal.test`;
      const password = 'motdepasse-42';
      const created = await api().post<User>('users', {
        email,
        fullName: 'Renfort Noël',
        role: 'support',
        password,
      });
      expect(created.status).toBe(201);
      expect(created.body).not.toHaveProperty('passwordHash');
      expect(created.body).not.toHaveProperty('password');
      const login = () =>
        api().call<{ token: string }>('POST', '/auth/login', {
          as: null,
          body: { email, password },
        });
      const first = await login();
      expect(first.status).toBe(200);
      const read = () =>
        api().call('GET', '/customers?range=[0,0]', {
          as: null,
          headers: { Authorization: `Bearer ${first.body.token}` },
        });
      expect((await read()).status).toBe(200);
      expect((await api().put('users', created.body.id, { active: false })).status).toBe(200);
      expect((await read()).status).toBe(401);
      expect((await login()).status).toBe(401);
    });
  });

  describe('audit events are read only for records the role can read', () => {
    it('a customer’s history is hidden from roles that cannot read customers', async () => {
      const [customer] = (await api().list('customers', { range: [1, 1], sort: ['id', 'ASC'] }))
        .body;
      const res = await api().put('customers', customer.id, { phone: '06 00 00 00 42' });
      expect(res.status).toBe(200);
      for (const role of ROLES) {
        const events = await api().list('audit-events', {
          as: role,
          filter: { resource: 'customers', recordId: customer.id },
        });
        expect(events.status, role).toBe(200);
        const sees = role === 'admin' || role === 'manager' || isAllowed(role, 'customers', 'read');
        expect(events.body.length > 0, role).toBe(sees);
      }
    });

    it('no role other than admin and manager lists an event of a resource it cannot read', async () => {
      for (const role of ['merchandiser', 'warehouse', 'support'] as const) {
        const events = await api().list('audit-events', { as: role });
        expect(events.status).toBe(200);
        for (const event of events.body) {
          expect(isAllowed(role, event.resource, 'read'), `${role} ${event.resource}`).toBe(true);
        }
      }
    });
  });
}
