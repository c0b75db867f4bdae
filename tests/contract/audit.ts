import { describe, expect, it } from 'vitest';
import type { AuditEvent, Order, Product, Role, Store } from '../../src/domain';
import { TEST_NOW } from '../support/mockApi';
import {
  freshEan13,
  newProduct,
  newStore,
  placeOrder,
  signedInApi,
  type TargetGetter,
  wrongCheckDigit,
} from './support';

/** The changes of an event, without the bookkeeping fields a server may add. */
function businessChanges(event: AuditEvent): AuditEvent['changes'] {
  const { version: _v, updatedAt: _u, ...changes } = event.changes;
  return changes;
}

export function auditTests(getTarget: TargetGetter): void {
  const api = signedInApi(getTarget);

  async function merchandiserProduct(): Promise<Product> {
    const res = await api().post<Product>('products', newProduct(), 'merchandiser');
    expect(res.status).toBe(201);
    return res.body;
  }

  describe('audit trail', () => {
    it('a create appends one event: who, role, action create', async () => {
      const product = await merchandiserProduct();
      const history = await api().history('products', product.id);
      expect(history).toHaveLength(1);
      expect(history[0]).toMatchObject({
        at: TEST_NOW,
        userId: api().user('merchandiser').id,
        role: 'merchandiser',
        resource: 'products',
        recordId: product.id,
        action: 'create',
      });
    });

    it('an accepted update appends exactly one event with changes {field: [before, after]}', async () => {
      const product = await merchandiserProduct();
      const before = await api().history('products', product.id);
      const res = await api().put<Product>(
        'products',
        product.id,
        { name: 'Jean audité', priceCents: 8990 },
        'merchandiser',
      );
      expect(res.status).toBe(200);
      const after = await api().history('products', product.id);
      expect(after).toHaveLength(before.length + 1);
      const event = after.find((e) => !before.some((b) => b.id === e.id))!;
      expect(event).toMatchObject({
        at: TEST_NOW,
        userId: api().user('merchandiser').id,
        role: 'merchandiser',
        resource: 'products',
        recordId: product.id,
        action: 'update',
      });
      expect(businessChanges(event)).toEqual({
        name: [product.name, 'Jean audité'],
        priceCents: [product.priceCents, 8990],
      });
    });

    it('a transition appends one event with fromStatus, toStatus and its changes', async () => {
      const order = await placeOrder(api());
      const before = await api().history('orders', order.id);
      const res = await api().put<Order>(
        'orders',
        order.id,
        { status: 'shipped', delivery: { carrier: 'DPD', trackingNumber: '09876543210123' } },
        'warehouse',
      );
      expect(res.status).toBe(200);
      const after = await api().history('orders', order.id);
      expect(after).toHaveLength(before.length + 1);
      const event = after[after.length - 1];
      expect(event).toMatchObject({
        userId: api().user('warehouse').id,
        role: 'warehouse',
        action: 'transition',
        fromStatus: 'placed',
        toStatus: 'shipped',
      });
      expect(event.changes.status).toEqual(['placed', 'shipped']);
      expect(event.changes.shippedAt).toEqual([null, TEST_NOW]);
      expect(event.changes).toHaveProperty('payment');
    });

    it('a delete appends one event, and the history outlives the record', async () => {
      const store = (await api().post<Store>('stores', newStore('Audit'))).body;
      const res = await api().call('DELETE', `/stores/${store.id}`);
      expect(res.status).toBe(200);
      const history = await api().history('stores', store.id);
      expect(history.map((e) => e.action)).toEqual(['create', 'delete']);
      expect(history[1]).toMatchObject({ userId: api().user('admin').id, role: 'admin' });
    });

    it('a refused write (400, 403, 409, 422) appends nothing and changes nothing', async () => {
      const product = await merchandiserProduct();
      const before = await api().history('products', product.id);
      const path = `/products/${product.id}`;
      const put = (as: Role, body: unknown) => () => api().call('PUT', path, { as, body });
      const refusals: [number, () => Promise<{ status: number }>][] = [
        [400, put('merchandiser', '{"name":')],
        [400, put('merchandiser', { reference: 'KAP-H-99999', version: product.version })],
        [403, put('warehouse', { name: 'Refusé', version: product.version })],
        [403, () => api().call('DELETE', path, { as: 'support' })],
        [409, put('merchandiser', { name: 'Périmé', version: product.version + 5 })],
        [
          422,
          put('merchandiser', {
            version: product.version,
            name: 'Refusé aussi',
            variants: [{ ...product.variants[0], ean13: wrongCheckDigit(freshEan13()), stock: -2 }],
          }),
        ],
        [422, put('merchandiser', { version: product.version, status: 'published' })],
      ];
      for (const [status, send] of refusals) expect((await send()).status).toBe(status);
      expect(await api().history('products', product.id)).toEqual(before);
      expect(await api().one('products', product.id)).toEqual(product);
    });

    it('records written as a side effect are audited in the same step', async () => {
      const [note] = await api().all('credit-notes', { status: 'open', balanceCents_gte: 1000 });
      const before = await api().history('credit-notes', note.id);
      const order = await placeOrder(api(), {
        customerId: note.customerId,
        creditNoteIds: [note.id],
      });
      const after = await api().history('credit-notes', note.id);
      expect(after).toHaveLength(before.length + 1);
      const event = after[after.length - 1];
      expect(event).toMatchObject({ userId: api().user('admin').id, role: 'admin' });
      expect(event.changes).toHaveProperty('balanceCents');
      expect(event.changes.balanceCents[0]).toBe(note.balanceCents);
      const orderEvents = await api().history('orders', order.id);
      expect(orderEvents.map((e) => e.action)).toEqual(['create']);
      expect(orderEvents[0].at).toBe(event.at);
    });
  });

  describe('the history of the dataset', () => {
    it('a refused order says when it was refused, by the system, to every role reading orders', async () => {
      const [refused] = await api().all('orders', { status: 'refused' });
      for (const role of ['manager', 'warehouse', 'support'] as const) {
        const res = await api().list('audit-events', {
          as: role,
          filter: { resource: 'orders', recordId: refused.id },
          sort: ['id', 'ASC'],
        });
        expect(res.status, role).toBe(200);
        expect(
          res.body.map(({ at, userId, role, action, fromStatus, toStatus }) => ({
            at,
            userId,
            role,
            action,
            fromStatus,
            toStatus,
          })),
        ).toEqual([
          {
            at: refused.placedAt,
            userId: null,
            role: 'system',
            action: 'create',
            fromStatus: null,
            toStatus: 'placed',
          },
          {
            at: refused.placedAt,
            userId: null,
            role: 'system',
            action: 'transition',
            fromStatus: 'placed',
            toStatus: 'refused',
          },
        ]);
      }
    });

    it('an event the server appends comes after the dataset’s, which keep their ids', async () => {
      const first = await api().one('audit-events', 1);
      expect(first.at < TEST_NOW).toBe(true);
      const [last] = (await api().list('audit-events', { sort: ['id', 'DESC'], range: [0, 0] }))
        .body;
      const store = (await api().post<Store>('stores', newStore('Suite'))).body;
      const [appended] = await api().history('stores', store.id);
      expect(appended.id).toBe(last.id + 1);
      expect(await api().one('audit-events', 1)).toEqual(first);
    });
  });
}
