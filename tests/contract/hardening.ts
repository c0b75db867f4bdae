import { describe, expect, it } from 'vitest';
import type { Customer, Order, Product, User } from '../../src/domain/types';
import {
  newCustomer,
  newProduct,
  newStore,
  placeOrder,
  signedInApi,
  type ErrorBody,
  type TargetGetter,
} from './support';

/** Nested `depth` arrays deep, the way an attacker would send it: as raw JSON text. */
const nestedJson = (depth: number) => `${'['.repeat(depth)}${']'.repeat(depth)}`;

/** What a malformed or hostile request gets: a clear 4xx, and nothing changed. */
export function hardeningTests(getTarget: TargetGetter): void {
  const api = signedInApi(getTarget);

  describe('hardening: ids and bodies', () => {
    it('names a record by the canonical spelling of its id only', async () => {
      const store = (await api().post<{ id: number }>('stores', newStore('Canon'))).body;
      expect((await api().call('GET', `/stores/${store.id}`)).status).toBe(200);
      for (const alias of ['1e0', '0x1', `0${store.id}`, `${store.id}.0`, '-1', '0', ' 1']) {
        const res = await api().call<ErrorBody>('GET', `/stores/${encodeURIComponent(alias)}`);
        expect(res.status, alias).toBe(404);
        expect(res.body.errors).toEqual({});
      }
    });

    it('refuses a write that is not JSON with 415, and changes nothing', async () => {
      const before = await api().count('stores');
      const res = await api().call<ErrorBody>('POST', '/stores', {
        body: JSON.stringify(newStore('Texte')),
        headers: { 'Content-Type': 'text/plain' },
      });
      expect(res.status).toBe(415);
      expect(res.body.message).toMatch(/JSON/);
      expect(res.body.errors).toEqual({});
      expect(await api().count('stores')).toBe(before);
    });

    it('refuses a body over 1 MiB with 413, and changes nothing', async () => {
      const before = await api().count('stores');
      const huge = { ...newStore('Énorme'), openingHours: 'x'.repeat(1024 * 1024 + 1) };
      const res = await api().call<ErrorBody>('POST', '/stores', { body: huge });
      expect(res.status).toBe(413);
      expect(res.body.errors).toEqual({});
      expect(await api().count('stores')).toBe(before);
    });

    it('reads the token before the body: without one, even a huge body is a 401', async () => {
      const huge = { ...newStore('Anonyme'), openingHours: 'x'.repeat(1024 * 1024 + 1) };
      const res = await api().call('POST', '/stores', { as: null, body: huge });
      expect(res.status).toBe(401);
    });

    it('answers deeply nested JSON with a 400, in a body and in a list parameter', async () => {
      const body = await api().call<ErrorBody>('POST', '/stores', {
        body: `{"name": ${nestedJson(100_000)}}`,
      });
      expect(body.status).toBe(400);
      const filter = await api().call<ErrorBody>(
        'GET',
        `/stores?filter=${encodeURIComponent(`{"name": ${nestedJson(5_000)}}`)}`,
      );
      expect(filter.status).toBe(400);
      expect((await api().call('GET', '/stores?range=[0,0]')).status).toBe(200);
    });
  });

  describe('hardening: null is a value', () => {
    it('refuses null for a product status (400 naming the field): it stays published', async () => {
      const product = (await api().post<Product>('products', newProduct({ images: ['a.jpg'] })))
        .body;
      const published = await api().put<Product>('products', product.id, { status: 'published' });
      expect(published.status).toBe(200);
      const res = await api().put<ErrorBody>('products', product.id, { status: null });
      expect(res.status).toBe(400);
      expect(res.body.errors).toHaveProperty('status');
      expect(res.body.message).toMatch(/status/);
      const stored = await api().one('products', product.id);
      expect(stored.status).toBe('published');
      expect(stored.version).toBe(published.body.version);
    });

    it('refuses null for newsletter (a customer stays subscribed) and for active (an account stays closed)', async () => {
      const customer = await newCustomer(api());
      const subscribed = await api().put<Customer>('customers', customer.id, {
        newsletter: true,
      });
      expect(subscribed.body.newsletter).toBe(true);
      const res = await api().put<ErrorBody>('customers', customer.id, { newsletter: null });
      expect(res.status).toBe(400);
      expect(res.body.errors).toHaveProperty('newsletter');
      expect((await api().one('customers', customer.id)).newsletter).toBe(true);

      const account = await api().post<User>('users', {
        email: `ferme-${customer.id}@kaporal.test`,
        fullName: 'Compte Fermé',
        role: 'support',
        password: 'un mot de passe solide',
      });
      expect(account.status).toBe(201);
      await api().put('users', account.body.id, { active: false });
      const reopened = await api().put<ErrorBody>('users', account.body.id, { active: null });
      expect(reopened.status).toBe(400);
      expect(reopened.body.errors).toHaveProperty('active');
      expect((await api().one('users', account.body.id)).active).toBe(false);
    });

    it('lets a field that may be empty be emptied with null, as a cleared form input sends it', async () => {
      const product = (await api().post<Product>('products', newProduct({ salePriceCents: 5990 })))
        .body;
      const cleared = await api().put<Product>('products', product.id, { salePriceCents: null });
      expect(cleared.status).toBe(200);
      expect(cleared.body.salePriceCents).toBeNull();
      const customer = await newCustomer(api());
      const emptied = await api().put<Customer>('customers', customer.id, {
        birthDate: null,
        phone: null,
      });
      expect(emptied.status).toBe(200);
      expect(emptied.body).toMatchObject({ birthDate: null, phone: '' });
    });

    it('keeps the version when a PUT changes nothing', async () => {
      const customer = await newCustomer(api());
      const same = await api().put<Customer>('customers', customer.id, {
        phone: customer.phone,
        newsletter: customer.newsletter,
      });
      expect(same.status).toBe(200);
      expect(same.body.version).toBe(customer.version);
    });
  });

  describe('hardening: statuses', () => {
    it('answers an unknown status with 400 even to the admin, who holds every move', async () => {
      const order = await placeOrder(api());
      for (const status of ['expédiée', 'SHIPPED', 'toString', 42]) {
        const res = await api().put<ErrorBody>('orders', order.id, { status });
        expect(res.status, String(status)).toBe(400);
        expect(res.body.errors).toHaveProperty('status');
      }
      expect((await api().one('orders', order.id)).version).toBe(order.version);
    });

    it('answers a repeated move with 200 and no change, or 409 when it carries new fields: never 403', async () => {
      const order = await placeOrder(api());
      const shipment = {
        status: 'shipped',
        delivery: { carrier: 'Colissimo', trackingNumber: '6A12345678901' },
      };
      const shipped = await api().put<Order>('orders', order.id, shipment, 'warehouse');
      expect(shipped.status).toBe(200);

      const again = await api().put<Order>('orders', order.id, shipment, 'warehouse');
      expect(again.status).toBe(200);
      expect(again.body.version).toBe(shipped.body.version);

      const otherParcel = {
        status: 'shipped',
        delivery: { carrier: 'Colissimo', trackingNumber: '6A99999999999' },
      };
      const late = await api().put<ErrorBody>('orders', order.id, otherParcel, 'warehouse');
      expect(late.status).toBe(409);
      expect(late.body.message).toMatch(/déjà/);
      const stored = await api().one('orders', order.id);
      expect(stored.delivery.trackingNumber).toBe('6A12345678901');
      expect(stored.version).toBe(shipped.body.version);

      const cancel = await placeOrder(api());
      const cancelled = await api().put<Order>(
        'orders',
        cancel.id,
        { status: 'cancelled' },
        'support',
      );
      expect(cancelled.status).toBe(200);
      const twice = await api().put<Order>('orders', cancel.id, { status: 'cancelled' }, 'support');
      expect(twice.status).toBe(200);
      expect(twice.body.version).toBe(cancelled.body.version);
    });
  });
}
