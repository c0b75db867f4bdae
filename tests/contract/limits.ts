import { describe, expect, it } from 'vitest';
import { GOODWILL_MAX_CENTS } from '../../src/domain/creditNotes';
import type { CreditNote, Order } from '../../src/domain/types';
import { newCustomer, placeOrder, signedInApi, type ErrorBody, type TargetGetter } from './support';

/** The business limits of a goodwill gesture, and deletes that would leave a record pointing nowhere. */
export function limitTests(getTarget: TargetGetter): void {
  const api = signedInApi(getTarget);

  const goodwill = (customerId: number, amountCents: number, reason?: string) =>
    api().post<CreditNote & ErrorBody>(
      'credit-notes',
      { customerId, amountCents, ...(reason === undefined ? {} : { reason }) },
      'manager',
    );

  describe('limits: goodwill credit notes', () => {
    it('issues one of 500 € at most, and refuses a cent more (422 on the amount)', async () => {
      const customer = await newCustomer(api());
      const atLimit = await goodwill(customer.id, GOODWILL_MAX_CENTS, 'Colis perdu deux fois');
      expect(atLimit.status).toBe(201);
      const before = await api().count('credit-notes', { customerId: customer.id });

      const above = await goodwill(customer.id, GOODWILL_MAX_CENTS + 1, 'Trop généreux');
      expect(above.status).toBe(422);
      expect(above.body.errors?.amountCents).toMatch(/500,00\s€/);
      expect(await api().count('credit-notes', { customerId: customer.id })).toBe(before);
    });

    it('needs a reason (400 naming it), and issues nothing without one', async () => {
      const customer = await newCustomer(api());
      for (const reason of [undefined, '', '   ']) {
        const res = await goodwill(customer.id, 1000, reason);
        expect(res.status, JSON.stringify(reason)).toBe(400);
        expect(res.body.errors).toHaveProperty('reason');
      }
      expect(await api().count('credit-notes', { customerId: customer.id })).toBe(0);
    });
  });

  describe('limits: no delete leaves a record pointing nowhere', () => {
    it('keeps a staff account that received returns', async () => {
      const warehouse = api().user('warehouse');
      expect(await api().count('returns', { receivedBy: warehouse.id })).toBeGreaterThan(0);
      const res = await api().call<ErrorBody>('DELETE', `/users/${warehouse.id}`);
      expect(res.status).toBe(409);
      expect(res.body.message).toMatch(/retours/);
      expect((await api().one('users', warehouse.id)).active).toBe(true);
    });

    it('keeps a credit note that an order’s payment names, even once released by a cancellation', async () => {
      const customer = await newCustomer(api());
      const note = (await goodwill(customer.id, 2000, 'Retard de livraison')).body;
      const order = await placeOrder(api(), { customerId: customer.id, creditNoteIds: [note.id] });
      const cancelled = await api().put<Order>('orders', order.id, { status: 'cancelled' });
      expect(cancelled.status).toBe(200);
      expect((await api().one('credit-notes', note.id)).usages).toEqual([]);

      const res = await api().call<ErrorBody>('DELETE', `/credit-notes/${note.id}`);
      expect(res.status).toBe(409);
      expect(res.body.message).toMatch(/commande/);
      expect((await api().call('GET', `/credit-notes/${note.id}`)).status).toBe(200);
    });

    it('keeps an order that a credit note was spent on', async () => {
      const customer = await newCustomer(api());
      const note = (await goodwill(customer.id, 500, 'Geste')).body;
      const order = await placeOrder(api(), { customerId: customer.id, creditNoteIds: [note.id] });
      const res = await api().call<ErrorBody>('DELETE', `/orders/${order.id}`);
      expect(res.status).toBe(409);
      expect(res.body.message).toMatch(/avoir/);
      expect((await api().call('GET', `/orders/${order.id}`)).status).toBe(200);
    });
  });
}
