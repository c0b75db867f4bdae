import { describe, expect, it } from 'vitest';
import type { CreditNote, Customer, Order } from '../../src/domain';
import { GOODWILL_MAX_CENTS } from '../../src/domain/creditNotes';
import { TEST_NOW } from '../support/mockApi';
import {
  newCustomer,
  placeOrder,
  signedInApi,
  type ContractApi,
  type ErrorBody,
  type TargetGetter,
} from './support';

const REASON = 'Geste commercial : colis arrivé abîmé';

/** A goodwill note issued by the admin to a customer of the test's own. */
async function goodwillNote(api: ContractApi, customer: Customer, amountCents: number) {
  const res = await api.post<CreditNote>('credit-notes', {
    customerId: customer.id,
    amountCents,
    reason: REASON,
  });
  expect(res.status).toBe(201);
  return res.body;
}

/**
 * Business rules of credit notes issued by hand (goodwill) and of their cancellation, over
 * customers and notes made by each test. The notes that orders spend are in orderRules.ts, the
 * notes that returns issue in returnRules.ts.
 */
export function creditNoteRuleTests(getTarget: TargetGetter): void {
  const api = signedInApi(getTarget);

  describe('rules: credit notes issued by hand', () => {
    it('a manager or an admin issues a goodwill note: open, its balance is its amount', async () => {
      const customer = await newCustomer(api());
      let credit = 0;
      for (const [role, amountCents] of [
        ['manager', 1500],
        ['admin', 2490],
      ] as const) {
        const res = await api().post<CreditNote>(
          'credit-notes',
          // What the server derives is never taken from the body.
          {
            customerId: customer.id,
            amountCents,
            reason: REASON,
            balanceCents: 99_999,
            status: 'exhausted',
            usages: [{ orderId: 1, amountCents: 100, at: TEST_NOW }],
          },
          role,
        );
        expect(res.status, role).toBe(201);
        expect(res.body).toEqual({
          id: expect.any(Number),
          reference: expect.stringMatching(/^AV-26-\d{6}$/),
          customerId: customer.id,
          origin: 'goodwill',
          returnId: null,
          reason: REASON,
          issuedAt: TEST_NOW,
          amountCents,
          balanceCents: amountCents,
          status: 'open',
          usages: [],
          version: 1,
        });
        expect(await api().one('credit-notes', res.body.id)).toEqual(res.body);
        credit += amountCents;
        expect((await api().one('customers', customer.id)).creditBalanceCents).toBe(credit);
        const events = await api().history('credit-notes', res.body.id);
        expect(events).toMatchObject([
          { action: 'create', role, userId: api().user(role).id, at: TEST_NOW },
        ]);
      }
    });

    it('a goodwill note needs a reason: 400 naming the field, nothing issued', async () => {
      const customer = await newCustomer(api());
      for (const reason of [undefined, null, '', '   ']) {
        const res = await api().post<ErrorBody>('credit-notes', {
          customerId: customer.id,
          amountCents: 1000,
          ...(reason === undefined ? {} : { reason }),
        });
        expect(res.status, JSON.stringify(reason)).toBe(400);
        expect(Object.keys(res.body.errors ?? {})).toEqual(['reason']);
      }
      expect(await api().count('credit-notes', { customerId: customer.id })).toBe(0);
      expect((await api().one('customers', customer.id)).creditBalanceCents).toBe(0);
    });

    it('support, merchandiser and warehouse may not issue a goodwill note: 403, nothing issued', async () => {
      const customer = await newCustomer(api());
      for (const role of ['support', 'merchandiser', 'warehouse'] as const) {
        const res = await api().post<ErrorBody>(
          'credit-notes',
          { customerId: customer.id, amountCents: 1000, reason: REASON },
          role,
        );
        expect(res.status, role).toBe(403);
        expect(res.body.message).toContain(role);
      }
      expect(await api().count('credit-notes', { customerId: customer.id })).toBe(0);
      expect((await api().one('customers', customer.id)).creditBalanceCents).toBe(0);
    });

    it('a note of origin return is never created through the API: 422 naming the rule', async () => {
      const customer = await newCustomer(api());
      const [ret] = await api().all('returns', { status: 'received' });
      expect(ret).toBeDefined();
      const before = await api().count('credit-notes');
      for (const lang of ['fr', 'en']) {
        const res = await api().call<ErrorBody>('POST', '/credit-notes', {
          lang,
          body: {
            customerId: customer.id,
            amountCents: 1000,
            reason: REASON,
            origin: 'return',
            returnId: ret.id,
          },
        });
        expect(res.status, lang).toBe(422);
        expect(res.body.message).toMatch(
          lang === 'fr' ? /naît d’un retour/ : /comes from a return/,
        );
      }
      expect(await api().count('credit-notes')).toBe(before);
      expect(await api().one('returns', ret.id)).toEqual(ret);
    });

    it('the amount is a positive whole number of cents: a float or a text is a 400, zero or less a 422', async () => {
      const customer = await newCustomer(api());
      for (const [amountCents, status] of [
        [12.5, 400],
        [1999.99, 400],
        ['1500', 400],
        [undefined, 400],
        [0, 422],
        [-500, 422],
      ] as const) {
        const res = await api().post<ErrorBody>('credit-notes', {
          customerId: customer.id,
          reason: REASON,
          ...(amountCents === undefined ? {} : { amountCents }),
        });
        expect(res.status, String(amountCents)).toBe(status);
        expect(Object.keys(res.body.errors ?? {}), String(amountCents)).toEqual(['amountCents']);
      }
      expect(await api().count('credit-notes', { customerId: customer.id })).toBe(0);
    });
  });

  describe('rules: cancelling a credit note', () => {
    it('a cancelled note keeps its balance (= amount) but is no credit: it pays nothing, never reopens', async () => {
      const customer = await newCustomer(api());
      const note = await goodwillNote(api(), customer, 3000);
      expect((await api().one('customers', customer.id)).creditBalanceCents).toBe(3000);

      const cancel = await api().put<CreditNote>(
        'credit-notes',
        note.id,
        { status: 'cancelled' },
        'manager',
      );
      expect(cancel.status).toBe(200);
      expect(cancel.body).toEqual({
        ...note,
        status: 'cancelled',
        balanceCents: 3000,
        version: note.version + 1,
      });
      expect((await api().one('customers', customer.id)).creditBalanceCents).toBe(0);
      const events = await api().history('credit-notes', note.id);
      expect(events.map((e) => [e.action, e.fromStatus, e.toStatus])).toEqual([
        ['create', null, 'open'],
        ['transition', 'open', 'cancelled'],
      ]);

      const reopen = await api().put('credit-notes', note.id, { status: 'open' });
      expect(reopen.status).toBe(422);
      expect(await api().one('credit-notes', note.id)).toEqual(cancel.body);

      // Offered to pay an order, it pays nothing (or the order is refused).
      const before = await api().count('orders', { customerId: customer.id });
      let order: Order | undefined;
      try {
        order = await placeOrder(api(), { customerId: customer.id, creditNoteIds: [note.id] });
      } catch (error) {
        expect(String(error)).toMatch(/answered 422/);
      }
      if (order) {
        expect(order.payment).toMatchObject({
          creditAppliedCents: 0,
          chargedCents: order.totalCents,
          creditNoteIds: [],
        });
      } else {
        expect(await api().count('orders', { customerId: customer.id })).toBe(before);
      }
      expect(await api().one('credit-notes', note.id)).toEqual(cancel.body);
    });

    it('a note that has paid part of an order is never cancelled: 409 naming the rule, until that order is cancelled', async () => {
      const customer = await newCustomer(api());
      const note = await goodwillNote(api(), customer, GOODWILL_MAX_CENTS);
      const order = await placeOrder(api(), { customerId: customer.id, creditNoteIds: [note.id] });
      const partlyUsed = await api().one('credit-notes', note.id);
      expect(partlyUsed).toMatchObject({
        status: 'open',
        balanceCents: GOODWILL_MAX_CENTS - order.totalCents,
        usages: [{ orderId: order.id, amountCents: order.totalCents, at: TEST_NOW }],
      });
      const customerBefore = await api().one('customers', customer.id);

      for (const [role, lang, rule] of [
        ['admin', 'fr', /déjà servi/],
        ['manager', 'en', /has been used/],
      ] as const) {
        const res = await api().call<ErrorBody>('PUT', `/credit-notes/${note.id}`, {
          as: role,
          lang,
          body: { status: 'cancelled', version: partlyUsed.version },
        });
        expect(res.status, role).toBe(409);
        expect(res.body.message).toContain(note.reference);
        expect(res.body.message).toMatch(rule);
      }
      expect(await api().one('credit-notes', note.id)).toEqual(partlyUsed);
      expect(await api().one('customers', customer.id)).toEqual(customerBefore);
      expect(await api().history('credit-notes', note.id)).toHaveLength(2);

      // The order that used it is cancelled: the usage goes, the note is unused again.
      expect((await api().put('orders', order.id, { status: 'cancelled' }, 'support')).status).toBe(
        200,
      );
      const released = await api().one('credit-notes', note.id);
      expect(released).toMatchObject({
        status: 'open',
        balanceCents: GOODWILL_MAX_CENTS,
        usages: [],
      });
      const cancel = await api().put<CreditNote>('credit-notes', note.id, { status: 'cancelled' });
      expect(cancel.status).toBe(200);
      expect(cancel.body).toMatchObject({ status: 'cancelled', balanceCents: GOODWILL_MAX_CENTS });
    });
  });
}
