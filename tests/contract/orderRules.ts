import { shippingFeeCents } from '../../src/domain/shipping';
import { describe, expect, it } from 'vitest';
import {
  addHours,
  creditNoteBalance,
  holdUntil,
  promoDiscountCents,
  type CreditNote,
  type Order,
  type Reservation,
} from '../../src/domain';
import { TEST_NOW } from '../support/mockApi';
import {
  orderableLine,
  placeOrder,
  signedInApi,
  type ErrorBody,
  type TargetGetter,
} from './support';

/** Business rules of orders, payments, credit notes and reservations, with the fixed clock. */
export function orderRuleTests(getTarget: TargetGetter): void {
  const api = signedInApi(getTarget);

  describe('rules: orders and payment', () => {
    it('shipping captures the payment once; repeating it captures nothing more', async () => {
      const order = await placeOrder(api());
      expect(order.payment).toMatchObject({ status: 'authorised', capturedAt: null });
      expect(order.payment.chargedCents).toBe(order.totalCents);

      const untracked = await api().put<ErrorBody>(
        'orders',
        order.id,
        { status: 'shipped', delivery: { carrier: 'Colissimo', trackingNumber: '' } },
        'warehouse',
      );
      expect(untracked.status).toBe(422);
      expect(untracked.body.errors).toHaveProperty(['delivery.trackingNumber']);
      expect(await api().one('orders', order.id)).toEqual(order);

      const shipment = {
        status: 'shipped',
        delivery: { carrier: 'Chronopost', trackingNumber: 'XY123456789FR' },
        version: order.version,
      };
      const shipped = await api().put<Order>('orders', order.id, shipment, 'warehouse');
      expect(shipped.status).toBe(200);
      expect(shipped.body).toMatchObject({ status: 'shipped', shippedAt: TEST_NOW });
      expect(shipped.body.payment).toMatchObject({ status: 'captured', capturedAt: TEST_NOW });
      expect(shipped.body.payment.chargedCents).toBe(order.payment.chargedCents);
      expect(shipped.body.delivery.trackingUrl).toContain('XY123456789FR');

      const again = await api().put('orders', order.id, shipment, 'warehouse');
      expect(again.status).toBe(409);
      // With the fresh version: at most a no-op (a shipped order's delivery no longer changes).
      const fresh = await api().put(
        'orders',
        order.id,
        { ...shipment, version: undefined },
        'warehouse',
      );
      expect([200, 403, 409]).toContain(fresh.status);
      expect(await api().one('orders', order.id)).toEqual(shipped.body);
      const captures = (await api().history('orders', order.id)).filter(
        (e) => e.changes.payment !== undefined,
      );
      expect(captures).toHaveLength(1);
    });

    it('a refused order is never captured, not even by a later shipment', async () => {
      const dataset = await api().all('orders', { status: 'refused' });
      expect(dataset.length).toBeGreaterThan(0);
      for (const o of dataset)
        expect(o.payment).toMatchObject({ status: 'refused', capturedAt: null });

      const order = await placeOrder(api());
      const refused = await api().put<Order>('orders', order.id, { status: 'refused' });
      expect(refused.status).toBe(200);
      expect(refused.body.payment).toMatchObject({ status: 'refused', capturedAt: null });
      const ship = await api().put(
        'orders',
        order.id,
        { status: 'shipped', delivery: { carrier: 'GLS', trackingNumber: 'GLS000111' } },
        'warehouse',
      );
      expect(ship.status).toBe(409);
      const after = await api().one('orders', order.id);
      expect(after).toEqual(refused.body);
      expect(after.payment.capturedAt).toBeNull();
    });

    it('cancelling a shipped order is a 409 and changes nothing', async () => {
      const [shipped] = await api().all('orders', { status: 'shipped' });
      expect(shipped).toBeDefined();
      for (const role of ['support', 'admin'] as const) {
        const res = await api().put<ErrorBody>('orders', shipped.id, { status: 'cancelled' }, role);
        expect(res.status).toBe(409);
        expect(res.body.message).toBe(
          'Une commande « expédiée » ne peut pas passer à « annulée ».',
        );
      }
      expect(await api().one('orders', shipped.id)).toEqual(shipped);
    });

    it('a move the status forbids says why, even to someone who read an older version', async () => {
      const [placed] = await api().all('orders', { status: 'placed' });
      const read = placed.version;
      const shipped = await api().put(
        'orders',
        placed.id,
        {
          status: 'shipped',
          delivery: { ...placed.delivery, trackingNumber: '6A99999999999' },
        },
        'warehouse',
      );
      expect(shipped.status).toBe(200);

      const late = await api().put<ErrorBody>(
        'orders',
        placed.id,
        { status: 'cancelled', version: read },
        'support',
      );
      expect(late.status).toBe(409);
      expect(late.body.code).toBe('orderTransition');
      const stale = await api().put<ErrorBody>(
        'orders',
        placed.id,
        { status: 'delivered', version: read },
        'warehouse',
      );
      expect(stale.status).toBe(409);
      expect(stale.body.code).toBe('staleVersion');
      expect((await api().one('orders', placed.id)).status).toBe('shipped');
    });

    it('a second promo code at creation is a 422; one code is applied by the server', async () => {
      const before = await api().count('orders');
      const { line } = await orderableLine(api());
      const [customer] = (await api().list('customers', { range: [0, 0] })).body;
      const base = {
        customerId: customer.id,
        lines: [line],
        delivery: { mode: 'home', carrier: 'Colissimo', address: '3 rue des Codes, 69001 Lyon' },
        payment: { method: 'card', cardBrand: 'cb' },
      };
      for (const codes of [
        { promoCodes: ['BIENVENUE10', 'DENIM5'] },
        { promoCode: 'BIENVENUE10 DENIM5' },
        { promoCode: 'KLUB15, SOLDES20' },
      ]) {
        const res = await api().post<ErrorBody>('orders', { ...base, ...codes });
        expect(res.status, JSON.stringify(codes)).toBe(422);
        expect(res.body.errors).toHaveProperty('promoCode');
      }
      expect(await api().count('orders')).toBe(before);

      const one = await api().post<Order>('orders', { ...base, promoCode: 'bienvenue10' });
      expect(one.status).toBe(201);
      expect(one.body.promoCode).toBe('BIENVENUE10');
      expect(one.body.discountCents).toBe(
        promoDiscountCents('BIENVENUE10', one.body.subtotalCents),
      );
      expect(one.body.discountCents).toBeGreaterThan(0);
    });

    it('totals are computed by the server: a wrong totalCents is never stored', async () => {
      const before = await api().count('orders');
      const { product, line } = await orderableLine(api(), 3);
      const unit = product.salePriceCents ?? product.priceCents;
      const [customer] = (await api().list('customers', { range: [2, 2] })).body;
      const res = await api().post<Order>('orders', {
        customerId: customer.id,
        lines: [{ ...line, unitPriceCents: 1 }],
        promoCode: 'DENIM5',
        shippingFeeCents: 490,
        subtotalCents: 1,
        discountCents: 0,
        totalCents: 1,
        delivery: {
          mode: 'relay_point',
          carrier: 'Mondial Relay',
          address: 'Relais',
          relayPointName: 'Tabac',
        },
        payment: { method: 'paypal' },
      });
      if (res.status === 201) {
        const order = await api().one('orders', res.body.id);
        expect(order.lines[0].unitPriceCents).toBe(unit);
        expect(order.subtotalCents).toBe(3 * unit);
        expect(order.discountCents).toBe(500);
        expect(order.shippingFeeCents).toBe(shippingFeeCents('relay_point', 3 * unit - 500));
        expect(order.totalCents).toBe(3 * unit - 500 + order.shippingFeeCents);
        expect(order.payment.chargedCents).toBe(order.totalCents);

        const edit = await api().put('orders', order.id, { totalCents: 1 });
        expect([400, 422]).toContain(edit.status);
        expect((await api().one('orders', order.id)).totalCents).toBe(order.totalCents);
      } else {
        expect([400, 422]).toContain(res.status);
        expect(await api().count('orders')).toBe(before);
      }
    });

    it('an archived product cannot be ordered: 422', async () => {
      const [archived] = await api().all('products', { status: 'archived' });
      expect(archived.variants.length).toBeGreaterThan(0);
      const before = await api().count('orders');
      const [customer] = (await api().list('customers', { range: [0, 0] })).body;
      const res = await api().post<ErrorBody>('orders', {
        customerId: customer.id,
        lines: [{ productId: archived.id, sku: archived.variants[0].sku, quantity: 1 }],
        delivery: { mode: 'home', carrier: 'Colissimo', address: '1 place Bellecour, 69002 Lyon' },
        payment: { method: 'card', cardBrand: 'visa' },
      });
      expect(res.status).toBe(422);
      expect(Object.keys(res.body.errors ?? {})).toEqual([expect.stringMatching(/^lines\.0\./)]);
      expect(await api().count('orders')).toBe(before);
    });
  });

  describe('rules: credit notes', () => {
    it('a note pays min(balance, amount due); its balance never goes below 0', async () => {
      const notes = await api().all('credit-notes', { status: 'open', balanceCents_gte: 1000 });
      const note = notes.find((n) => n.usages.length === 0) ?? notes[0];
      const { product } = await orderableLine(api());
      const unit = product.salePriceCents ?? product.priceCents;
      const quantity = Math.floor(note.balanceCents / unit) + 1;
      const customerBefore = await api().one('customers', note.customerId);

      const order = await placeOrder(api(), {
        customerId: note.customerId,
        quantity,
        creditNoteIds: [note.id],
      });
      expect(order.totalCents).toBeGreaterThan(note.balanceCents);
      expect(order.payment.creditAppliedCents).toBe(note.balanceCents);
      expect(order.payment.chargedCents).toBe(order.totalCents - note.balanceCents);
      const spent = await api().one('credit-notes', note.id);
      expect(spent).toMatchObject({ balanceCents: 0, status: 'exhausted' });
      expect(spent.usages.at(-1)).toEqual({
        orderId: order.id,
        amountCents: note.balanceCents,
        at: TEST_NOW,
      });
      const customerAfter = await api().one('customers', note.customerId);
      expect(customerAfter.creditBalanceCents).toBe(
        customerBefore.creditBalanceCents - note.balanceCents,
      );

      // Spent again: it pays nothing more (or the order is refused), never goes negative.
      const res = await api().post<Order>('orders', {
        customerId: note.customerId,
        lines: [(await orderableLine(api())).line],
        delivery: { mode: 'home', carrier: 'Colissimo', address: '5 rue Vide, 13001 Marseille' },
        payment: { method: 'card', cardBrand: 'visa', creditNoteIds: [note.id] },
      });
      if (res.status === 201) {
        expect(res.body.payment.creditAppliedCents).toBe(0);
        expect(res.body.payment.chargedCents).toBe(res.body.totalCents);
      } else {
        expect(res.status).toBe(422);
      }
      expect(await api().one('credit-notes', note.id)).toMatchObject({ balanceCents: 0 });
    });

    it('the rest of a larger note stays on the account, and comes back if the order is cancelled', async () => {
      const { product, line } = await orderableLine(api());
      const unit = product.salePriceCents ?? product.priceCents;
      const notes = await api().all('credit-notes', { status: 'open', balanceCents_gt: unit });
      const note = notes[notes.length - 1];
      expect(note).toBeDefined();
      const order = await placeOrder(api(), {
        customerId: note.customerId,
        lines: [line],
        creditNoteIds: [note.id],
      });
      expect(order.payment).toMatchObject({
        creditAppliedCents: order.totalCents,
        chargedCents: 0,
        method: 'credit_note',
      });
      expect(await api().one('credit-notes', note.id)).toMatchObject({
        status: 'open',
        balanceCents: note.balanceCents - order.totalCents,
      });
      const cancelled = await api().put('orders', order.id, { status: 'cancelled' }, 'support');
      expect(cancelled.status).toBe(200);
      expect(await api().one('credit-notes', note.id)).toMatchObject({
        status: 'open',
        balanceCents: note.balanceCents,
      });
    });

    it('a note of another customer cannot pay an order', async () => {
      const [note] = await api().all('credit-notes', { status: 'open' });
      const [other] = await api().all('customers', { id_neq: note.customerId, hasCredit: false });
      const before = await api().count('orders');
      const res = await api().post('orders', {
        customerId: other.id,
        lines: [(await orderableLine(api())).line],
        delivery: { mode: 'home', carrier: 'Colissimo', address: '9 rue Autre, 75011 Paris' },
        payment: { method: 'card', cardBrand: 'visa', creditNoteIds: [note.id] },
      });
      expect(res.status).toBe(422);
      expect(await api().count('orders')).toBe(before);
      expect(await api().one('credit-notes', note.id)).toEqual(note);
    });

    it('every balance is within 0..amount and equals amount minus usages', async () => {
      const notes: CreditNote[] = await api().all('credit-notes');
      expect(notes.length).toBeGreaterThan(10);
      for (const note of notes) {
        expect(note.balanceCents, note.reference).toBeGreaterThanOrEqual(0);
        expect(note.balanceCents, note.reference).toBeLessThanOrEqual(note.amountCents);
        expect(note.balanceCents, note.reference).toBe(creditNoteBalance(note));
        if (note.status !== 'cancelled') {
          expect(note.status, note.reference).toBe(note.balanceCents === 0 ? 'exhausted' : 'open');
        }
      }
      expect(await api().count('credit-notes', { balanceCents_lt: 0 })).toBe(0);
      const [any] = notes;
      const edit = await api().put('credit-notes', any.id, { balanceCents: -100 });
      expect(edit.status).toBe(400);
      expect(await api().one('credit-notes', any.id)).toEqual(any);
    });

    it('an unused note may be cancelled; a used one never (409)', async () => {
      const [used] = (await api().all('credit-notes', { status: 'exhausted' })).filter(
        (n) => n.usages.length > 0,
      );
      const res = await api().put<ErrorBody>('credit-notes', used.id, { status: 'cancelled' });
      expect(res.status).toBe(409);
      expect(res.body.message).toContain(used.reference);
      expect(res.body.message).toMatch(/déjà servi/);
      expect(await api().one('credit-notes', used.id)).toEqual(used);

      const [unused] = (
        await api().all('credit-notes', { status: 'open', origin: 'goodwill' })
      ).filter((n) => n.usages.length === 0);
      const customerBefore = await api().one('customers', unused.customerId);
      const cancel = await api().put<CreditNote>('credit-notes', unused.id, {
        status: 'cancelled',
      });
      expect(cancel.status).toBe(200);
      // balance = amount - usages (MODEL): a cancelled note keeps it, but it is no longer credit.
      expect(cancel.body).toEqual({
        ...unused,
        status: 'cancelled',
        balanceCents: unused.amountCents,
        version: unused.version + 1,
      });
      const customerAfter = await api().one('customers', unused.customerId);
      expect(customerAfter.creditBalanceCents).toBe(
        customerBefore.creditBalanceCents - unused.balanceCents,
      );
    });
  });

  describe('rules: reservations', () => {
    async function reservationBody(status: 'archived' | 'draft' | 'published') {
      const product = (await api().all('products', { status })).find((p) => p.variants.length > 0)!;
      const [store] = (await api().list('stores', { range: [0, 0] })).body;
      const [customer] = (await api().list('customers', { range: [3, 3] })).body;
      expect(product, status).toBeDefined();
      return {
        customerId: customer.id,
        storeId: store.id,
        productId: product.id,
        sku: product.variants[0].sku,
        quantity: 1,
        channel: 'sms',
      };
    }

    it('an archived or draft product cannot be reserved: 422', async () => {
      const before = await api().count('reservations');
      for (const status of ['archived', 'draft'] as const) {
        const res = await api().post<ErrorBody>(
          'reservations',
          await reservationBody(status),
          'support',
        );
        expect(res.status, status).toBe(422);
        expect(res.body.message).toMatch(/n’est pas publié .* il ne peut pas être réservé/);
      }
      expect(await api().count('reservations')).toBe(before);
    });

    it('a published product is reserved, confirmed within the promise, held 2 days, collected', async () => {
      const created = await api().post<Reservation>(
        'reservations',
        await reservationBody('published'),
        'support',
      );
      expect(created.status).toBe(201);
      expect(created.body).toMatchObject({
        status: 'pending',
        requestedAt: TEST_NOW,
        confirmBy: addHours(TEST_NOW, 2),
        confirmedAt: null,
        holdUntil: null,
      });
      const early = await api().put(
        'reservations',
        created.body.id,
        { status: 'collected' },
        'support',
      );
      expect(early.status).toBe(409);
      const confirmed = await api().put<Reservation>(
        'reservations',
        created.body.id,
        { status: 'confirmed' },
        'support',
      );
      expect(confirmed.status).toBe(200);
      expect(confirmed.body).toMatchObject({
        status: 'confirmed',
        confirmedAt: TEST_NOW,
        holdUntil: holdUntil(TEST_NOW),
      });
      const unavailable = await api().put(
        'reservations',
        created.body.id,
        { status: 'unavailable' },
        'support',
      );
      expect(unavailable.status).toBe(409);
      const collected = await api().put<Reservation>(
        'reservations',
        created.body.id,
        { status: 'collected' },
        'support',
      );
      expect(collected.status).toBe(200);
      expect(collected.body).toMatchObject({ status: 'collected', collectedAt: TEST_NOW });
    });
  });
}
