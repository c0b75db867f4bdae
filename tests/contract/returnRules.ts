import { describe, expect, it } from 'vitest';
import {
  addParisDays,
  FREE_SHIPPING_FROM_CENTS,
  paidUnitPriceCents,
  parisCalendarDaysBetween,
  remainingQuantities,
  RETURN_SHIPPING_FEE_CENTS,
  RETURN_WINDOW_DAYS,
  type CreditNote,
  type Customer,
  type KlubStatus,
  type Order,
  type PaymentRefund,
  type ReturnAuthorisation,
  type SkuQuantities,
} from '../../src/domain';
import { TEST_NOW } from '../support/mockApi';
import {
  deliverOrder,
  newCustomer,
  orderableLine,
  placeOrder,
  signedInApi,
  type ContractApi,
  type ErrorBody,
  type TargetGetter,
} from './support';

interface Candidate {
  order: Order;
  /** Paris calendar days since delivery, at TEST_NOW. */
  days: number;
  remaining: SkuQuantities;
  klub: KlubStatus | 'none';
}

const hasRemaining = (c: Candidate) => Object.values(c.remaining).some((q) => q > 0);

/** Orders delivered in the last three weeks, with what is left to return and the Klub status. */
async function candidates(api: ContractApi): Promise<Candidate[]> {
  const orders = await api.all('orders', {
    status: 'delivered',
    deliveredAt_gte: addParisDays(TEST_NOW, -21),
  });
  const returns = await api.all('returns', { orderId: orders.map((o) => o.id) });
  const customers = await api.all('customers', {
    id: [...new Set(orders.map((o) => o.customerId))],
  });
  const memberIds = customers.map((c) => c.klubMemberId).filter((id): id is number => id !== null);
  const members = await api.all('klub-members', { id: memberIds });
  const customerOf = new Map<number, Customer>(customers.map((c) => [c.id, c]));
  const statusOf = new Map(members.map((m) => [m.id, m.status]));
  return orders.map((order) => {
    const memberId = customerOf.get(order.customerId)?.klubMemberId ?? null;
    return {
      order,
      days: parisCalendarDaysBetween(order.deliveredAt!, TEST_NOW),
      remaining: remainingQuantities(
        order,
        returns.filter((r) => r.orderId === order.id),
      ),
      klub: memberId === null ? 'none' : (statusOf.get(memberId) ?? 'none'),
    };
  });
}

/** A delivered order still inside the return window with something left to return. */
async function returnable(
  api: ContractApi,
  also: (c: Candidate) => boolean = () => true,
): Promise<Candidate> {
  const found = (await candidates(api)).find(
    (c) => c.days < RETURN_WINDOW_DAYS && hasRemaining(c) && also(c),
  );
  if (!found) throw new Error('the dataset has no returnable delivered order left');
  return found;
}

/** A return of everything left on the order, created by customer service. */
async function openReturn(
  api: ContractApi,
  candidate: Candidate,
  resolution: 'refund' | 'credit_note' = 'refund',
) {
  const lines = Object.entries(candidate.remaining)
    .filter(([, quantity]) => quantity > 0)
    .map(([sku, quantity]) => ({ sku, quantity, reason: 'size_too_large' }));
  return api.post<ReturnAuthorisation>(
    'returns',
    { orderId: candidate.order.id, lines, resolution },
    'support',
  );
}

const resalable = (ret: ReturnAuthorisation) => ({
  status: 'received',
  lines: ret.lines.map((line) => ({ ...line, condition: 'resalable' })),
});

/** How many identical requests race for one transition. */
const CONCURRENT = 50;

const linesCents = (ret: ReturnAuthorisation) =>
  ret.lines.reduce((sum, line) => sum + line.quantity * line.unitPriceCents, 0);
/** Business rules of returns, refunds and credit, with the fixed clock. */
export function returnRuleTests(getTarget: TargetGetter): void {
  const api = signedInApi(getTarget);

  describe('rules: returns', () => {
    it(`a return up to ${RETURN_WINDOW_DAYS} Paris days after delivery is accepted, later refused`, async () => {
      const all = (await candidates(api())).filter(hasRemaining);
      // The nearest cases on each side of the window (time.ts covers the exact edge).
      const inside = all
        .filter((c) => c.days <= RETURN_WINDOW_DAYS)
        .sort((a, b) => b.days - a.days)[0];
      const outside = all
        .filter((c) => c.days > RETURN_WINDOW_DAYS)
        .sort((a, b) => a.days - b.days)[0];
      expect(inside, 'an order delivered 14 days ago or less').toBeDefined();
      expect(outside, 'an order delivered more than 14 days ago').toBeDefined();
      expect(parisCalendarDaysBetween(inside.order.deliveredAt!, TEST_NOW)).toBeLessThanOrEqual(
        RETURN_WINDOW_DAYS,
      );
      expect(parisCalendarDaysBetween(outside.order.deliveredAt!, TEST_NOW)).toBeGreaterThan(
        RETURN_WINDOW_DAYS,
      );

      const before = await api().count('returns');
      const late = await openReturn(api(), outside);
      expect(late.status).toBe(422);
      expect((late.body as unknown as ErrorBody).errors).toHaveProperty('orderId');
      expect((late.body as unknown as ErrorBody).message).toContain(`${outside.days} jours`);
      expect(await api().count('returns')).toBe(before);

      const inTime = await openReturn(api(), inside);
      expect(inTime.status).toBe(201);
      expect(inTime.body).toMatchObject({
        orderId: inside.order.id,
        customerId: inside.order.customerId,
        status: 'authorised',
        requestedAt: TEST_NOW,
      });
      expect(inTime.body.reference).toMatch(/^RET-26-\d{6}$/);
    });

    it('q finds a return by its reference, its order, and its customer’s reference or name', async () => {
      const [ret] = await api().all('returns', { status: 'received' });
      const order = await api().one('orders', ret.orderId);
      const customer = await api().one('customers', ret.customerId);
      const accentless = customer.lastName.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
      for (const q of [ret.reference, order.reference, customer.reference, accentless]) {
        const found = await api().all('returns', { q });
        expect(
          found.map((r) => r.id),
          q,
        ).toContain(ret.id);
      }
      expect(await api().count('returns', { q: order.reference })).toBe(
        await api().count('returns', { orderId: order.id }),
      );
    });

    it('a quantity beyond what remains to return is refused', async () => {
      const candidate = await returnable(api());
      const [sku, left] = Object.entries(candidate.remaining).find(([, q]) => q > 0)!;
      const body = (quantity: number, theSku = sku) => ({
        orderId: candidate.order.id,
        resolution: 'refund',
        lines: [{ sku: theSku, quantity, reason: 'defective' }],
      });
      const before = await api().count('returns');
      const tooMany = await api().post<ErrorBody>('returns', body(left + 1), 'support');
      expect(tooMany.status).toBe(422);
      expect(tooMany.body.errors).toHaveProperty(['lines.0.quantity']);
      const split = await api().post<ErrorBody>(
        'returns',
        { ...body(left), lines: [...body(left).lines, ...body(1).lines] },
        'support',
      );
      expect(split.status).toBe(422);
      const unknown = await api().post<ErrorBody>(
        'returns',
        body(1, 'PAS-DANS-LA-COMMANDE'),
        'support',
      );
      expect(unknown.status).toBe(422);
      expect(unknown.body.errors).toHaveProperty(['lines.0.sku']);
      expect(await api().count('returns')).toBe(before);

      expect((await api().post('returns', body(left), 'support')).status).toBe(201);
      const nothingLeft = await api().post('returns', body(1), 'support');
      expect(nothingLeft.status).toBe(422);
      expect(await api().count('returns')).toBe(before + 1);
    });

    it(`return shipping is free for an active Klub member, ${RETURN_SHIPPING_FEE_CENTS} cents otherwise`, async () => {
      const open = (await candidates(api())).filter(
        (c) => c.days < RETURN_WINDOW_DAYS && hasRemaining(c),
      );
      const expectedFee = { active: 0, none: RETURN_SHIPPING_FEE_CENTS } as Record<string, number>;
      const tried = new Set<string>();
      for (const klub of ['active', 'none', 'suspended', 'left'] as const) {
        const candidate = open.find((c) => c.klub === klub);
        if (!candidate) continue;
        tried.add(klub);
        const res = await openReturn(api(), candidate);
        expect(res.status, klub).toBe(201);
        expect(res.body.returnShippingFeeCents, klub).toBe(
          expectedFee[klub] ?? RETURN_SHIPPING_FEE_CENTS,
        );

        const received = await api().put<ReturnAuthorisation>(
          'returns',
          res.body.id,
          resalable(res.body),
          'warehouse',
        );
        expect(received.status).toBe(200);
        expect(received.body.refundAmountCents).toBe(
          Math.max(0, linesCents(res.body) - res.body.returnShippingFeeCents),
        );
      }
      expect(tried.has('active') && tried.has('none')).toBe(true);
    });

    it('a reception recorded twice: the second, with the version it read, is a 409', async () => {
      const candidate = await returnable(api());
      const created = await openReturn(api(), candidate);
      expect(created.status).toBe(201);
      const reception = { ...resalable(created.body), version: created.body.version };
      const [first, second] = await Promise.all([
        api().put<ReturnAuthorisation>('returns', created.body.id, reception, 'warehouse'),
        api().put<ReturnAuthorisation>('returns', created.body.id, reception, 'warehouse'),
      ]);
      expect([first.status, second.status].sort()).toEqual([200, 409]);
      const received = first.status === 200 ? first.body : second.body;
      expect(received).toMatchObject({
        status: 'received',
        receivedAt: TEST_NOW,
        receivedBy: api().user('warehouse').id,
        refundDueBy: addParisDays(TEST_NOW, 14),
      });
      // 10:00 in Paris on 25 November, plus 14 Paris days: 10:00 on 9 December (no clock change).
      expect(received.refundDueBy).toBe('2026-12-09T09:00:00.000Z');
      const again = await api().put('returns', created.body.id, reception, 'warehouse');
      expect(again.status).toBe(409);
      const repeat = await api().put(
        'returns',
        created.body.id,
        { ...reception, version: undefined },
        'warehouse',
      );
      expect([200, 409]).toContain(repeat.status);
      expect(await api().one('returns', created.body.id)).toEqual(received);
      const receptions = (await api().history('returns', created.body.id)).filter(
        (e) => e.toStatus === 'received' && e.action === 'transition',
      );
      expect(receptions).toHaveLength(1);
    });

    it('a reception with no resalable line ends rejected, with nothing to refund', async () => {
      const candidate = await returnable(api());
      const created = await openReturn(api(), candidate);
      expect(created.status).toBe(201);
      const worn = created.body.lines.map((line) => ({ ...line, condition: 'worn' }));
      const res = await api().put<ReturnAuthorisation>(
        'returns',
        created.body.id,
        { status: 'received', lines: worn },
        'warehouse',
      );
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({
        status: 'rejected',
        refundAmountCents: 0,
        receivedAt: TEST_NOW,
        receivedBy: api().user('warehouse').id,
        refundedAt: null,
        creditNoteId: null,
      });
      expect(res.body.lines.map((line) => line.condition)).toEqual(worn.map(() => 'worn'));
      for (const status of ['refunded', 'credited']) {
        const after = await api().put('returns', created.body.id, { status }, 'support');
        expect(after.status, status).toBe(409);
      }
      expect(await api().one('returns', created.body.id)).toEqual(res.body);
      expect(await api().count('credit-notes', { returnId: created.body.id })).toBe(0);
    });

    it('a live return holds its quantities: the rest only may be returned; a cancelled one gives them back', async () => {
      const order = await deliverOrder(
        api(),
        await placeOrder(api(), { customerId: (await newCustomer(api())).id, quantity: 3 }),
      );
      const { sku } = order.lines[0];
      const body = (quantity: number) => ({
        orderId: order.id,
        resolution: 'refund',
        lines: [{ sku, quantity, reason: 'changed_mind' }],
      });
      const held = await api().post<ReturnAuthorisation>('returns', body(1), 'support');
      expect(held.status).toBe(201);

      const tooMany = await api().post<ErrorBody>('returns', body(3), 'support');
      expect(tooMany.status).toBe(422);
      expect(Object.keys(tooMany.body.errors ?? {})).toEqual(['lines.0.quantity']);
      // The message names the sku and what is left of it: 3 ordered, 1 held.
      const lineError = tooMany.body.errors!['lines.0.quantity'];
      expect(lineError).toContain(sku);
      expect(lineError.replace(sku, '')).toMatch(/\b2\b/);
      expect(await api().count('returns', { orderId: order.id })).toBe(1);

      const cancelled = await api().put<ReturnAuthorisation>(
        'returns',
        held.body.id,
        { status: 'cancelled' },
        'support',
      );
      expect(cancelled.status).toBe(200);
      expect(cancelled.body.status).toBe('cancelled');
      const all = await api().post<ReturnAuthorisation>('returns', body(3), 'support');
      expect(all.status).toBe(201);
      expect(all.body.lines).toMatchObject([{ sku, quantity: 3 }]);
      const nothingLeft = await api().post('returns', body(1), 'support');
      expect(nothingLeft.status).toBe(422);
      expect(await api().count('returns', { orderId: order.id })).toBe(2);
    });

    it('the return fee is set when the return is created: a suspended or departed member pays it', async () => {
      const returnOne = (order: Order) =>
        api().post<ReturnAuthorisation>(
          'returns',
          {
            orderId: order.id,
            resolution: 'refund',
            lines: [{ sku: order.lines[0].sku, quantity: 1, reason: 'other' }],
          },
          'support',
        );
      const member = await newCustomer(api(), 'active');
      const order = await deliverOrder(
        api(),
        await placeOrder(api(), { customerId: member.id, quantity: 2 }),
      );
      const whileActive = await returnOne(order);
      expect(whileActive.status).toBe(201);
      expect(whileActive.body.returnShippingFeeCents).toBe(0);
      const suspend = await api().put('klub-members', member.klubMemberId!, {
        status: 'suspended',
      });
      expect(suspend.status).toBe(200);
      const whileSuspended = await returnOne(order);
      expect(whileSuspended.status).toBe(201);
      expect(whileSuspended.body.returnShippingFeeCents).toBe(RETURN_SHIPPING_FEE_CENTS);

      // Left before ordering (leaving after an order placed at the same fixed instant would
      // rewrite the Klub share of today's sales behind the KPI index).
      const departed = await newCustomer(api(), 'left');
      const departedOrder = await deliverOrder(
        api(),
        await placeOrder(api(), { customerId: departed.id }),
      );
      const afterLeaving = await returnOne(departedOrder);
      expect(afterLeaving.status).toBe(201);
      expect(afterLeaving.body.returnShippingFeeCents).toBe(RETURN_SHIPPING_FEE_CENTS);

      // Suspended since: the first return still ships free.
      for (const [ret, fee] of [
        [whileActive.body, 0],
        [whileSuspended.body, RETURN_SHIPPING_FEE_CENTS],
        [afterLeaving.body, RETURN_SHIPPING_FEE_CENTS],
      ] as const) {
        const received = await api().put<ReturnAuthorisation>(
          'returns',
          ret.id,
          resalable(ret),
          'warehouse',
        );
        expect(received.status).toBe(200);
        expect(received.body.returnShippingFeeCents).toBe(fee);
        expect(received.body.refundAmountCents).toBe(
          Math.max(0, ret.lines[0].unitPriceCents - fee),
        );
      }
    });

    it('a cancelled return cannot be received, a received one cannot be cancelled: 409, nothing changes', async () => {
      const order = await deliverOrder(
        api(),
        await placeOrder(api(), { customerId: (await newCustomer(api())).id, quantity: 2 }),
      );
      const body = {
        orderId: order.id,
        resolution: 'refund',
        lines: [{ sku: order.lines[0].sku, quantity: 1, reason: 'size_too_small' }],
      };
      const first = await api().post<ReturnAuthorisation>('returns', body, 'support');
      const second = await api().post<ReturnAuthorisation>('returns', body, 'support');
      expect([first.status, second.status]).toEqual([201, 201]);

      const cancelled = await api().put<ReturnAuthorisation>(
        'returns',
        first.body.id,
        { status: 'cancelled' },
        'support',
      );
      expect(cancelled.status).toBe(200);
      const lateReception = await api().put<ErrorBody>(
        'returns',
        first.body.id,
        resalable(cancelled.body),
        'warehouse',
      );
      expect(lateReception.status).toBe(409);
      expect(lateReception.body.message).toBe(
        'Un retour « annulé » ne peut pas passer à « reçu ».',
      );
      expect(await api().one('returns', first.body.id)).toEqual(cancelled.body);

      const received = await api().put<ReturnAuthorisation>(
        'returns',
        second.body.id,
        resalable(second.body),
        'warehouse',
      );
      expect(received.status).toBe(200);
      for (const role of ['support', 'admin'] as const) {
        const cancel = await api().put<ErrorBody>(
          'returns',
          second.body.id,
          { status: 'cancelled' },
          role,
        );
        expect(cancel.status, role).toBe(409);
        expect(cancel.body.message).toBe('Un retour « reçu » ne peut pas passer à « annulé ».');
      }
      expect(await api().one('returns', second.body.id)).toEqual(received.body);
      const moves = (rets: number[]) =>
        api().all('audit-events', { resource: 'returns', recordId: rets, action: 'transition' });
      expect((await moves([first.body.id, second.body.id])).map((e) => e.toStatus).sort()).toEqual([
        'cancelled',
        'received',
      ]);
    });

    it('a refund pays back the resalable lines minus the fee, to the card only: partially refunded', async () => {
      const products = (
        await api().list('products', {
          filter: { status: 'published' },
          sort: ['id', 'ASC'],
          range: [0, 1],
        })
      ).body;
      const lines = products.map((p, i) => ({
        productId: p.id,
        sku: p.variants[0].sku,
        quantity: i + 1,
      }));
      const customer = await newCustomer(api());
      const order = await deliverOrder(
        api(),
        await placeOrder(api(), { customerId: customer.id, lines }),
      );
      expect(order.payment).toMatchObject({ status: 'captured', creditAppliedCents: 0 });
      const created = await api().post<ReturnAuthorisation>(
        'returns',
        {
          orderId: order.id,
          resolution: 'refund',
          lines: lines.map(({ sku, quantity }) => ({ sku, quantity, reason: 'defective' })),
        },
        'support',
      );
      expect(created.status).toBe(201);
      expect(created.body.returnShippingFeeCents).toBe(RETURN_SHIPPING_FEE_CENTS);
      const [kept, damaged] = created.body.lines;
      const received = await api().put<ReturnAuthorisation>(
        'returns',
        created.body.id,
        {
          status: 'received',
          lines: [
            { ...kept, condition: 'resalable' },
            { ...damaged, condition: 'damaged' },
          ],
        },
        'warehouse',
      );
      expect(received.status).toBe(200);
      const amount = Math.max(0, kept.quantity * kept.unitPriceCents - RETURN_SHIPPING_FEE_CENTS);
      expect(received.body).toMatchObject({ status: 'received', refundAmountCents: amount });
      expect(amount).toBeGreaterThan(0);
      expect(amount).toBeLessThan(order.payment.chargedCents);

      const refunded = await api().put<ReturnAuthorisation>(
        'returns',
        created.body.id,
        { status: 'refunded' },
        'support',
      );
      expect(refunded.status).toBe(200);
      expect(refunded.body).toMatchObject({
        status: 'refunded',
        refundAmountCents: amount,
        refundedAt: TEST_NOW,
        creditNoteId: null,
      });
      const after = await api().one('orders', order.id);
      expect(after.payment).toEqual({
        ...order.payment,
        status: 'partially_refunded',
        refunds: [{ returnId: created.body.id, amountCents: amount, at: TEST_NOW }],
      });
      // Nothing was paid with a credit note: none comes back.
      expect(await api().count('credit-notes', { customerId: customer.id })).toBe(0);
      expect((await api().one('customers', customer.id)).creditBalanceCents).toBe(0);
    });

    it('a promo discount is not refunded: lines are valued at the price paid, no credit note', async () => {
      const products = (
        await api().list('products', {
          filter: { status: 'published' },
          sort: ['id', 'ASC'],
          range: [2, 4],
        })
      ).body;
      const lines = products.map((p) => ({ productId: p.id, sku: p.variants[0].sku, quantity: 1 }));
      const customer = await newCustomer(api());
      const order = await deliverOrder(
        api(),
        await placeOrder(api(), { customerId: customer.id, lines, promoCode: 'BIENVENUE10' }),
      );
      expect(order.discountCents).toBeGreaterThan(0);
      expect(order.payment.creditAppliedCents).toBe(0);
      const created = await api().post<ReturnAuthorisation>(
        'returns',
        {
          orderId: order.id,
          resolution: 'refund',
          lines: lines.map(({ sku }) => ({ sku, quantity: 1, reason: 'changed_mind' })),
        },
        'support',
      );
      expect(created.status).toBe(201);
      expect(created.body.lines.map((line) => line.unitPriceCents)).toEqual(
        order.lines.map((line) => paidUnitPriceCents(line.unitPriceCents, order)),
      );
      await api().put(
        'returns',
        created.body.id,
        {
          status: 'received',
          lines: created.body.lines.map((line) => ({ ...line, condition: 'resalable' })),
        },
        'warehouse',
      );
      const refunded = await api().put<ReturnAuthorisation>(
        'returns',
        created.body.id,
        { status: 'refunded' },
        'support',
      );

      expect(refunded.status).toBe(200);
      const paid = created.body.lines.reduce((sum, line) => sum + line.unitPriceCents, 0);
      expect(paid).toBeLessThanOrEqual(order.payment.chargedCents - order.shippingFeeCents);
      expect(refunded.body).toMatchObject({
        refundAmountCents: paid - RETURN_SHIPPING_FEE_CENTS,
        creditNoteId: null,
      });
      expect(await api().count('credit-notes', { customerId: customer.id })).toBe(0);
    });

    it('a whole refund of a card payment: the payment is refunded, no credit note', async () => {
      const { product, line } = await orderableLine(api());
      const unit = product.salePriceCents ?? product.priceCents;
      // An active member (no return fee) past free shipping: the lines are all that was charged.
      const quantity = Math.ceil(FREE_SHIPPING_FROM_CENTS / unit);
      const customer = await newCustomer(api(), 'active');
      const order = await deliverOrder(
        api(),
        await placeOrder(api(), { customerId: customer.id, lines: [{ ...line, quantity }] }),
      );
      expect(order.shippingFeeCents).toBe(0);
      expect(order.payment.chargedCents).toBe(quantity * unit);
      const created = await api().post<ReturnAuthorisation>(
        'returns',
        {
          orderId: order.id,
          resolution: 'refund',
          lines: [{ sku: line.sku, quantity, reason: 'not_as_described' }],
        },
        'support',
      );
      expect(created.status).toBe(201);
      expect(created.body.returnShippingFeeCents).toBe(0);
      const received = await api().put<ReturnAuthorisation>(
        'returns',
        created.body.id,
        resalable(created.body),
        'warehouse',
      );
      expect(received.body.refundAmountCents).toBe(quantity * unit);
      const refunded = await api().put<ReturnAuthorisation>(
        'returns',
        created.body.id,
        { status: 'refunded' },
        'support',
      );
      expect(refunded.status).toBe(200);
      expect(refunded.body).toMatchObject({
        status: 'refunded',
        refundAmountCents: quantity * unit,
        creditNoteId: null,
      });
      expect((await api().one('orders', order.id)).payment).toEqual({
        ...order.payment,
        status: 'refunded',
        refunds: [
          { returnId: created.body.id, amountCents: quantity * unit, at: refunded.body.refundedAt },
        ],
      });
      expect(await api().count('credit-notes', { customerId: customer.id })).toBe(0);
    });

    it('a refund of an order paid partly with a credit note: the card first, the rest as a new linked note', async () => {
      const { product, line } = await orderableLine(api());
      const unit = product.salePriceCents ?? product.priceCents;
      const customer = await newCustomer(api());
      const goodwill = await api().post<CreditNote>('credit-notes', {
        customerId: customer.id,
        amountCents: unit + 1100,
        reason: 'Geste commercial (contrat retours)',
      });
      expect(goodwill.status).toBe(201);
      const order = await deliverOrder(
        api(),
        await placeOrder(api(), {
          customerId: customer.id,
          lines: [{ ...line, quantity: 3 }],
          creditNoteIds: [goodwill.body.id],
        }),
      );
      const paidByNote = goodwill.body.amountCents;
      expect(order.payment).toMatchObject({
        creditAppliedCents: paidByNote,
        chargedCents: order.totalCents - paidByNote,
        status: 'captured',
      });
      expect((await api().one('credit-notes', goodwill.body.id)).status).toBe('exhausted');

      const created = await api().post<ReturnAuthorisation>(
        'returns',
        {
          orderId: order.id,
          resolution: 'refund',
          lines: [{ sku: line.sku, quantity: 3, reason: 'size_too_large' }],
        },
        'support',
      );
      expect(created.status).toBe(201);
      const received = await api().put<ReturnAuthorisation>(
        'returns',
        created.body.id,
        resalable(created.body),
        'warehouse',
      );
      const amount = 3 * unit - RETURN_SHIPPING_FEE_CENTS;
      expect(received.body.refundAmountCents).toBe(amount);
      const toCard = Math.min(amount, order.payment.chargedCents);
      const toNote = amount - toCard;
      expect(toNote).toBeGreaterThan(0);

      const refunded = await api().put<ReturnAuthorisation>(
        'returns',
        created.body.id,
        { status: 'refunded' },
        'support',
      );
      expect(refunded.status).toBe(200);
      const notes = await api().all('credit-notes', { returnId: created.body.id });
      expect(notes).toHaveLength(1);
      expect(notes[0]).toEqual({
        id: expect.any(Number),
        reference: expect.stringMatching(/^AV-26-\d{6}$/),
        customerId: customer.id,
        origin: 'return',
        returnId: created.body.id,
        reason: null,
        issuedAt: TEST_NOW,
        amountCents: toNote,
        balanceCents: toNote,
        status: 'open',
        usages: [],
        version: 1,
      });
      expect(refunded.body).toMatchObject({
        status: 'refunded',
        refundAmountCents: amount,
        refundedAt: TEST_NOW,
        creditNoteId: notes[0].id,
      });
      expect((await api().one('orders', order.id)).payment).toEqual({
        ...order.payment,
        status: toCard === order.payment.chargedCents ? 'refunded' : 'partially_refunded',
        refunds: [{ returnId: created.body.id, amountCents: toCard, at: TEST_NOW }],
      });
      expect((await api().one('customers', customer.id)).creditBalanceCents).toBe(toNote);
    });

    it('the customer’s choice decides: refunding a credit-note return, or crediting a refund one, is a 422', async () => {
      const customer = await newCustomer(api());
      const order = await deliverOrder(
        api(),
        await placeOrder(api(), { customerId: customer.id, quantity: 2 }),
      );
      const open = async (resolution: 'refund' | 'credit_note') => {
        const created = await api().post<ReturnAuthorisation>(
          'returns',
          {
            orderId: order.id,
            resolution,
            lines: [{ sku: order.lines[0].sku, quantity: 1, reason: 'changed_mind' }],
          },
          'support',
        );
        expect(created.status).toBe(201);
        const received = await api().put<ReturnAuthorisation>(
          'returns',
          created.body.id,
          resalable(created.body),
          'warehouse',
        );
        expect(received.status).toBe(200);
        return received.body;
      };
      const forCredit = await open('credit_note');
      const forRefund = await open('refund');
      const orderBefore = await api().one('orders', order.id);

      for (const [ret, wrong, right] of [
        [forCredit, 'refunded', 'credited'],
        [forRefund, 'credited', 'refunded'],
      ] as const) {
        const res = await api().put<ErrorBody>(
          'returns',
          ret.id,
          { status: wrong, version: ret.version },
          'support',
        );
        expect(res.status, `${ret.resolution} -> ${wrong}`).toBe(422);
        expect(res.body.message).toContain(ret.reference);
        expect(await api().one('returns', ret.id)).toEqual(ret);
        expect(await api().one('orders', order.id)).toEqual(orderBefore);
        expect(await api().count('credit-notes', { returnId: ret.id })).toBe(0);
        // Nothing moved, not even the version: the right transition still goes through.
        const ok = await api().put<ReturnAuthorisation>(
          'returns',
          ret.id,
          { status: right, version: ret.version },
          'support',
        );
        expect(ok.status).toBe(200);
        expect(ok.body.status).toBe(right);
      }
      const [note] = await api().all('credit-notes', { customerId: customer.id });
      expect(note).toMatchObject({
        origin: 'return',
        returnId: forCredit.id,
        amountCents: forCredit.refundAmountCents,
        balanceCents: forCredit.refundAmountCents,
      });
      expect(await api().count('credit-notes', { customerId: customer.id })).toBe(1);
    });

    it(`${CONCURRENT} concurrent credit requests issue exactly one credit note`, async () => {
      const candidate = await returnable(api());
      const created = await openReturn(api(), candidate, 'credit_note');
      expect(created.status).toBe(201);
      const received = await api().put<ReturnAuthorisation>(
        'returns',
        created.body.id,
        resalable(created.body),
        'warehouse',
      );
      expect(received.status).toBe(200);
      const customerBefore = await api().one('customers', created.body.customerId);

      const body = { status: 'credited', version: received.body.version };
      const answers = await Promise.all(
        Array.from({ length: CONCURRENT }, () =>
          api().call('PUT', `/returns/${created.body.id}`, { as: 'support', body }),
        ),
      );
      const statuses = answers.map((a) => a.status);
      expect(statuses.filter((s) => s === 200)).toHaveLength(1);
      expect(statuses.filter((s) => s === 409)).toHaveLength(CONCURRENT - 1);

      const notes = await api().all('credit-notes', { returnId: created.body.id });
      expect(notes).toHaveLength(1);
      const amount = received.body.refundAmountCents!;
      expect(amount).toBeGreaterThan(0);
      expect(notes[0]).toMatchObject({
        origin: 'return',
        customerId: created.body.customerId,
        amountCents: amount,
        balanceCents: amount,
        status: 'open',
        issuedAt: TEST_NOW,
      });
      const credited = await api().one('returns', created.body.id);
      expect(credited).toMatchObject({
        status: 'credited',
        creditNoteId: notes[0].id,
        refundedAt: TEST_NOW,
      });
      const customerAfter = await api().one('customers', created.body.customerId);
      expect(customerAfter.creditBalanceCents).toBe(customerBefore.creditBalanceCents + amount);
      const transitions = (await api().history('returns', created.body.id)).filter(
        (e) => e.toStatus === 'credited' && e.action === 'transition',
      );
      expect(transitions).toHaveLength(1);
      expect(await api().history('credit-notes', notes[0].id)).toHaveLength(1);
    });

    it(`${CONCURRENT} concurrent refunds refund once`, async () => {
      const candidate = await returnable(api(), (c) => c.order.payment.chargedCents > 0);
      const created = await openReturn(api(), candidate, 'refund');
      expect(created.status).toBe(201);
      const received = await api().put<ReturnAuthorisation>(
        'returns',
        created.body.id,
        resalable(created.body),
        'warehouse',
      );
      expect(received.status).toBe(200);
      const orderEventsBefore = await api().history('orders', candidate.order.id);

      const body = { status: 'refunded', version: received.body.version };
      const answers = await Promise.all(
        Array.from({ length: CONCURRENT }, () =>
          api().call('PUT', `/returns/${created.body.id}`, { as: 'support', body }),
        ),
      );
      const statuses = answers.map((a) => a.status);
      expect(statuses.filter((s) => s === 200)).toHaveLength(1);
      expect(statuses.filter((s) => s === 409)).toHaveLength(CONCURRENT - 1);

      const refunded = await api().one('returns', created.body.id);
      expect(refunded).toMatchObject({
        status: 'refunded',
        refundedAt: TEST_NOW,
        refundAmountCents: received.body.refundAmountCents,
      });
      const order = await api().one('orders', candidate.order.id);
      expect(['refunded', 'partially_refunded']).toContain(order.payment.status);
      expect(
        order.payment.refunds.filter((made: PaymentRefund) => made.returnId === created.body.id),
      ).toHaveLength(1);
      const orderEvents = await api().history('orders', candidate.order.id);
      expect(orderEvents).toHaveLength(orderEventsBefore.length + 1);
      const notes = await api().count('credit-notes', { returnId: created.body.id });
      expect(notes).toBeLessThanOrEqual(1);
      const transitions = (await api().history('returns', created.body.id)).filter(
        (e) => e.toStatus === 'refunded',
      );
      expect(transitions).toHaveLength(1);
    });
  });
}
