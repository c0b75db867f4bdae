import { describe, expect, it } from 'vitest';
import {
  addParisDays,
  parisCalendarDaysBetween,
  remainingQuantities,
  RETURN_SHIPPING_FEE_CENTS,
  RETURN_WINDOW_DAYS,
  type Customer,
  type KlubStatus,
  type Order,
  type ReturnAuthorisation,
  type SkuQuantities,
} from '../../src/domain';
import { TEST_NOW } from '../support/mockApi';
import { signedInApi, type ContractApi, type ErrorBody, type TargetGetter } from './support';

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
      expect(res.body.status).toBe('rejected');
      expect(res.body.refundAmountCents ?? 0).toBe(0);
      const refund = await api().put('returns', created.body.id, { status: 'refunded' }, 'support');
      expect(refund.status).toBe(409);
      expect(await api().count('credit-notes', { returnId: created.body.id })).toBe(0);
    });

    it('20 concurrent credit requests issue exactly one credit note', async () => {
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
        Array.from({ length: 20 }, () =>
          api().call('PUT', `/returns/${created.body.id}`, { as: 'support', body }),
        ),
      );
      const statuses = answers.map((a) => a.status);
      expect(statuses.filter((s) => s === 200)).toHaveLength(1);
      expect(statuses.filter((s) => s === 409)).toHaveLength(19);

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

    it('20 concurrent refunds refund once', async () => {
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
        Array.from({ length: 20 }, () =>
          api().call('PUT', `/returns/${created.body.id}`, { as: 'support', body }),
        ),
      );
      const statuses = answers.map((a) => a.status);
      expect(statuses.filter((s) => s === 200)).toHaveLength(1);
      expect(statuses.filter((s) => s === 409)).toHaveLength(19);

      const refunded = await api().one('returns', created.body.id);
      expect(refunded).toMatchObject({
        status: 'refunded',
        refundedAt: TEST_NOW,
        refundAmountCents: received.body.refundAmountCents,
      });
      const order = await api().one('orders', candidate.order.id);
      expect(['refunded', 'partially_refunded']).toContain(order.payment.status);
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
