import { describe, expect, it } from 'vitest';
import type { Product, Store } from '../../src/domain';
import {
  newProduct,
  newStore,
  totalOf,
  signedInApi,
  type ErrorBody,
  type TargetGetter,
} from './support';

/** What json-server would do wrong, and the contract forbids. */
export function trapTests(getTarget: TargetGetter): void {
  const api = signedInApi(getTarget);

  describe('json-server traps', () => {
    it('a PUT never replaces the whole record', async () => {
      const created = await api().post<Product>('products', newProduct());
      expect(created.status).toBe(201);
      const product = created.body;
      const res = await api().call<Product>('PUT', `/products/${product.id}`, {
        body: { name: 'Jean renommé', version: product.version },
      });
      expect(res.status).toBe(200);
      const stored = await api().one('products', product.id);
      expect(stored).toEqual({
        ...product,
        name: 'Jean renommé',
        version: product.version + 1,
        updatedAt: stored.updatedAt,
      });
      expect(stored.variants).toEqual(product.variants);
      expect(stored.description).toBe(product.description);
    });

    it('a PUT of the whole record as read (plain ra-data-simple-rest) changes only what differs', async () => {
      const store = (await api().post<Store>('stores', newStore('Entier'))).body;
      const { data } = await api()
        .provider()
        .update('stores', {
          id: store.id,
          data: { ...store, city: 'Toulon' },
          previousData: store,
        });
      expect(data).toEqual({ ...store, city: 'Toulon', version: store.version + 1 });
    });

    it('a DELETE answers the deleted record, not {}', async () => {
      const store = (await api().post<Store>('stores', newStore('Effacée'))).body;
      const res = await api().call<Store>('DELETE', `/stores/${store.id}`, {
        headers: { 'Content-Type': 'text/plain' },
      });
      expect(res.status).toBe(200);
      expect(res.body).toEqual(store);
    });

    it('an unknown filter is a 400 that names it, never ignored', async () => {
      for (const [resource, key] of [
        ['products', 'couleurDesChaussettes'],
        ['orders', 'placedAt_between'],
        ['orders', 'late_gte'],
        ['customers', 'passwordHash'],
      ] as const) {
        const res = await api().list<typeof resource>(resource, { filter: { [key]: 1 } });
        expect(res.status, key).toBe(400);
        expect((res.body as unknown as ErrorBody).message, key).toContain(key);
      }
      const malformed = await api().call<ErrorBody>('GET', '/orders?filter={"status":');
      expect(malformed.status).toBe(400);
      expect(malformed.body.message).toContain('filter');
    });

    it('an empty id list answers nothing, not everything', async () => {
      for (const resource of ['orders', 'products', 'returns'] as const) {
        const res = await api().list(resource, { filter: { id: [] } });
        expect(res.status).toBe(200);
        expect(res.body).toEqual([]);
        expect(totalOf(res.headers)).toBe(0);
      }
    });

    it('deleting a customer with orders is a 409 naming what points to it; nothing is deleted', async () => {
      const customers = await api().all('customers', { ordersCount_gte: 2 });
      const customer = customers[0];
      expect(customer).toBeDefined();
      const orders = await api().count('orders', { customerId: customer.id });
      const returns = await api().count('returns', { customerId: customer.id });
      expect(orders).toBeGreaterThan(0);
      const before = await api().count('audit-events', { resource: 'customers' });

      const fr = await api().call<ErrorBody>('DELETE', `/customers/${customer.id}`);
      expect(fr.status).toBe(409);
      expect(fr.body.message).toContain(`${orders} commandes`);
      const en = await api().call<ErrorBody>('DELETE', `/customers/${customer.id}`, { lang: 'en' });
      expect(en.status).toBe(409);
      expect(en.body.message).toContain(`${orders} orders`);

      expect(await api().one('customers', customer.id)).toEqual(customer);
      expect(await api().count('orders', { customerId: customer.id })).toBe(orders);
      expect(await api().count('returns', { customerId: customer.id })).toBe(returns);
      expect(await api().count('audit-events', { resource: 'customers' })).toBe(before);
    });

    it('deleting a product on order lines is a 409 naming the lines; nothing is deleted', async () => {
      const [order] = (await api().list('orders', { range: [0, 0], sort: ['id', 'ASC'] })).body;
      const productId = order.lines[0].productId;
      const product = await api().one('products', productId);
      const res = await api().call<ErrorBody>('DELETE', `/products/${productId}`, { lang: 'en' });
      expect(res.status).toBe(409);
      expect(res.body.message).toMatch(/\d+ order lines/);
      expect(await api().one('products', productId)).toEqual(product);
    });

    it('creating with an existing id is not a 500 and overwrites nothing', async () => {
      const existing = await api().one('stores', 1);
      const res = await api().post<Store>('stores', { ...newStore('Doublon'), id: 1 });
      expect(res.status).toBeLessThan(500);
      if (res.status === 201) expect(res.body.id).not.toBe(1);
      else expect([400, 409, 422]).toContain(res.status);
      expect(await api().one('stores', 1)).toEqual(existing);
    });

    it('creating with an existing reference is not a 500 and leaves references unique', async () => {
      const [taken] = (await api().list('products', { range: [0, 0], sort: ['id', 'ASC'] })).body;
      const res = await api().post<Product>('products', {
        ...newProduct(),
        reference: taken.reference,
      });
      expect(res.status).toBeLessThan(500);
      expect(await api().count('products', { reference: taken.reference })).toBe(1);
      expect(await api().one('products', taken.id)).toEqual(taken);
    });

    it('duplicate e-mails, SKUs and EANs are 422 with the field, not 500', async () => {
      const [customer] = (await api().list('customers', { range: [0, 0], sort: ['id', 'ASC'] }))
        .body;
      const email = await api().post<ErrorBody>('customers', {
        email: customer.email.toUpperCase(),
        firstName: 'Jeanne',
        lastName: 'Doublon',
        newsletter: false,
      });
      expect(email.status).toBe(422);
      expect(email.body.errors).toHaveProperty('email');
      expect(await api().count('customers', { email: customer.email })).toBe(1);

      const [product] = (await api().list('products', { range: [0, 0], sort: ['id', 'ASC'] })).body;
      const copy = newProduct();
      const sku = await api().post<ErrorBody>('products', {
        ...copy,
        variants: [{ ...copy.variants[0], sku: product.variants[0].sku }],
      });
      expect(sku.status).toBe(422);
      expect(sku.body.errors).toHaveProperty(['variants.0.sku']);
      const ean = await api().post<ErrorBody>('products', {
        ...copy,
        variants: [{ ...copy.variants[0], ean13: product.variants[0].ean13 }],
      });
      expect(ean.status).toBe(422);
      expect(ean.body.errors).toHaveProperty(['variants.0.ean13']);
    });

    it('a malformed JSON body is a 400 with a JSON message', async () => {
      const store = (await api().post<Store>('stores', newStore('Malformée'))).body;
      for (const body of ['{"name": "Kaporal', '[1, 2]', 'null']) {
        const put = await api().call<ErrorBody>('PUT', `/stores/${store.id}`, { body });
        expect(put.status, body).toBe(400);
        expect(typeof put.body.message, body).toBe('string');
        const post = await api().call<ErrorBody>('POST', '/customers', { body });
        expect(post.status, body).toBe(400);
        expect(put.headers.get('Content-Type')).toMatch(/application\/json/);
      }
      expect(await api().one('stores', store.id)).toEqual(store);
    });

    it('exposes Content-Range to cross-origin clients', async () => {
      const res = await api().call('GET', '/customers?range=[0,9]', {
        headers: { Origin: 'http://localhost:5173' },
      });
      expect(res.status).toBe(200);
      expect(res.headers.get('Content-Range')).toMatch(/^customers 0-9\/\d+$/);
      const exposed = (res.headers.get('Access-Control-Expose-Headers') ?? '')
        .split(',')
        .map((h) => h.trim().toLowerCase());
      expect(exposed).toContain('content-range');
    });

    it('a user is answered without any password or hash', async () => {
      const users = await api().all('users');
      expect(users.length).toBeGreaterThanOrEqual(5);
      for (const user of users) expect(user).not.toHaveProperty('passwordHash');
      expect(await api().one('users', users[0].id)).not.toHaveProperty('passwordHash');
      expect(JSON.stringify(users)).not.toMatch(/pbkdf2|password/i);
    });
  });
}
