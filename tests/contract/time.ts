import { describe, expect, it } from 'vitest';
import {
  addHours,
  addParisDays,
  parisCalendarDaysBetween,
  RETURN_WINDOW_DAYS,
  startOfParisDay,
  type Order,
  type Reservation,
  type ReturnAuthorisation,
} from '../../src/domain';
import { TEST_NOW } from '../support/mockApi';
import { ContractApi, placeOrder, signedInApi, type ErrorBody, type TargetGetter } from './support';

/** A day and a half later: holds that end before then expire, later ones stay. */
const LATER = addHours(TEST_NOW, 36);
/** The first instant of the 15th Paris day after TEST_NOW, and the last second before it. */
const WINDOW_CLOSED = startOfParisDay(addParisDays(TEST_NOW, RETURN_WINDOW_DAYS + 1));
const WINDOW_LAST_SECOND = new Date(Date.parse(WINDOW_CLOSED) - 1000).toISOString();

/**
 * Facts that only the passing of time changes. The target is restarted over its data with a later
 * clock, then later again (time only moves forward): this part runs last, its steps in order.
 */
export function timeTests(getTarget: TargetGetter): void {
  const api = signedInApi(getTarget);
  let current: ContractApi;
  let delivered: Order;
  let pending: Reservation;
  let confirmed: Reservation[];

  async function restartAt(now: string): Promise<ContractApi> {
    current = new ContractApi((await getTarget().restartAt(now)).apiUrl);
    await current.signInAll();
    return current;
  }

  describe('time rules (the clock moves on)', () => {
    it('at TEST_NOW: an order delivered now, and a reservation confirmed now', async () => {
      const order = await placeOrder(api(), { quantity: 2 });
      const ship = {
        status: 'shipped',
        delivery: { carrier: 'GLS', trackingNumber: 'GLS-TIME-1' },
      };
      expect((await api().put('orders', order.id, ship, 'warehouse')).status).toBe(200);
      const done = await api().put<Order>('orders', order.id, { status: 'delivered' }, 'warehouse');
      expect(done.status).toBe(200);
      expect(done.body.deliveredAt).toBe(TEST_NOW);
      delivered = done.body;

      [pending] = await api().all('reservations', { status: 'pending' });
      expect(pending).toBeDefined();
      const confirm = await api().put(
        'reservations',
        pending.id,
        { status: 'confirmed' },
        'support',
      );
      expect(confirm.status).toBe(200);
      confirmed = await api().all('reservations', { status: 'confirmed' });
      expect(confirmed.every((r) => Date.parse(r.holdUntil!) > Date.parse(TEST_NOW))).toBe(true);
    });

    it('a confirmed reservation past holdUntil expires on read, with one audit event by the system', async () => {
      const ending = confirmed.filter((r) => Date.parse(r.holdUntil!) < Date.parse(LATER));
      const staying = confirmed.filter((r) => Date.parse(r.holdUntil!) > Date.parse(LATER));
      expect(ending.length).toBeGreaterThan(0);
      expect(staying.map((r) => r.id)).toContain(pending.id);

      const later = await restartAt(LATER);
      expect((await later.one('reservations', ending[0].id)).status).toBe('expired');
      const all = await later.all('reservations', { id: confirmed.map((r) => r.id) });
      const byId = new Map<number, Reservation>(all.map((r) => [r.id, r]));
      for (const r of ending) {
        expect(byId.get(r.id)).toEqual({ ...r, status: 'expired', version: r.version + 1 });
      }
      for (const r of staying) expect(byId.get(r.id)).toEqual(r);

      // Reading again expires nothing twice.
      await later.all('reservations');
      await later.one('reservations', ending[0].id);
      const events = await later.all('audit-events', {
        resource: 'reservations',
        recordId: confirmed.map((r) => r.id),
        toStatus: 'expired',
      });
      expect(events.map((e) => e.recordId).sort((a, b) => a - b)).toEqual(
        ending.map((r) => r.id).sort((a, b) => a - b),
      );
      for (const event of events) {
        expect(event).toMatchObject({
          at: LATER,
          userId: null,
          role: 'system',
          action: 'transition',
          fromStatus: 'confirmed',
          toStatus: 'expired',
          changes: { status: ['confirmed', 'expired'] },
        });
      }

      // An expired reservation can no longer be collected; one still held can.
      const late = await later.put(
        'reservations',
        ending[0].id,
        { status: 'collected' },
        'support',
      );
      expect(late.status).toBe(409);
      const inTime = await later.put<Reservation>(
        'reservations',
        pending.id,
        { status: 'collected' },
        'support',
      );
      expect(inTime.status).toBe(200);
      expect(inTime.body).toMatchObject({ status: 'collected', collectedAt: LATER });
    });

    it(`a return is accepted until the last second of the ${RETURN_WINDOW_DAYS}th Paris day after delivery`, async () => {
      expect(parisCalendarDaysBetween(delivered.deliveredAt!, WINDOW_LAST_SECOND)).toBe(
        RETURN_WINDOW_DAYS,
      );
      const api14 = await restartAt(WINDOW_LAST_SECOND);
      const res = await api14.post<ReturnAuthorisation>(
        'returns',
        {
          orderId: delivered.id,
          resolution: 'refund',
          lines: [{ sku: delivered.lines[0].sku, quantity: 1, reason: 'changed_mind' }],
        },
        'support',
      );
      expect(res.status).toBe(201);
      expect(res.body).toMatchObject({ status: 'authorised', requestedAt: WINDOW_LAST_SECOND });
    });

    it(`…and refused from the first instant of the ${RETURN_WINDOW_DAYS + 1}th`, async () => {
      expect(parisCalendarDaysBetween(delivered.deliveredAt!, WINDOW_CLOSED)).toBe(
        RETURN_WINDOW_DAYS + 1,
      );
      const api15 = await restartAt(WINDOW_CLOSED);
      const before = await api15.count('returns', { orderId: delivered.id });
      const res = await api15.post<ErrorBody>(
        'returns',
        {
          orderId: delivered.id,
          resolution: 'refund',
          lines: [{ sku: delivered.lines[0].sku, quantity: 1, reason: 'changed_mind' }],
        },
        'support',
      );
      expect(res.status).toBe(422);
      expect(res.body.errors).toHaveProperty('orderId');
      expect(res.body.message).toContain(`${RETURN_WINDOW_DAYS + 1} jours`);
      expect(await api15.count('returns', { orderId: delivered.id })).toBe(before);
    });
  });
}
