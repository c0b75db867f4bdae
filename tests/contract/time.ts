import { describe, expect, it } from 'vitest';
import {
  addHours,
  addParisDays,
  confirmedInTime,
  holdUntil,
  parisCalendarDaysBetween,
  RETURN_WINDOW_DAYS,
  startOfParisDay,
  type Order,
  type Reservation,
  type ReturnAuthorisation,
} from '../../src/domain';
import { TEST_NOW } from '../support/mockApi';
import {
  ContractApi,
  orderableLine,
  placeOrder,
  signedInApi,
  type ErrorBody,
  type TargetGetter,
} from './support';

/** A day and a half later: holds that end before then expire, later ones stay. */
const LATER = addHours(TEST_NOW, 36);
/** The first instant of the 15th Paris day after TEST_NOW, and the last second before it. */
const WINDOW_CLOSED = startOfParisDay(addParisDays(TEST_NOW, RETURN_WINDOW_DAYS + 1));
const WINDOW_LAST_SECOND = new Date(Date.parse(WINDOW_CLOSED) - 1000).toISOString();
const addMinutes = (iso: string, minutes: number) =>
  new Date(Date.parse(iso) + minutes * 60_000).toISOString();

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
  /** Requested at TEST_NOW: the first is confirmed at 1:59, the second at 2:01. */
  let inTime: Reservation;
  let late: Reservation;

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

    it('at TEST_NOW: two reservations requested, to confirm within 2 hours', async () => {
      const { product, line } = await orderableLine(api());
      const [customer] = (await api().list('customers', { range: [0, 0] })).body;
      const [store] = (await api().list('stores', { range: [0, 0] })).body;
      const body = {
        customerId: customer.id,
        storeId: store.id,
        productId: product.id,
        sku: line.sku,
        quantity: 1,
        channel: 'email',
      };
      const made = [];
      for (let i = 0; i < 2; i += 1) {
        const res = await api().post<Reservation>('reservations', body, 'support');
        expect(res.status).toBe(201);
        expect(res.body).toMatchObject({ status: 'pending', confirmBy: addHours(TEST_NOW, 2) });
        made.push(res.body);
      }
      [inTime, late] = made;
    });

    const missed = async (api: ContractApi, promiseMissed: boolean) =>
      (await api.all('reservations', { id: [inTime.id, late.id], promiseMissed })).map((r) => r.id);

    it('confirmed at 1:59, a reservation keeps the 2-hour promise', async () => {
      const now = addMinutes(TEST_NOW, 119);
      const api159 = await restartAt(now);
      expect(await missed(api159, true)).toEqual([]);
      const res = await api159.put<Reservation>(
        'reservations',
        inTime.id,
        { status: 'confirmed' },
        'support',
      );
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({ confirmedAt: now, holdUntil: holdUntil(now) });
      expect(confirmedInTime(res.body)).toBe(true);
      inTime = res.body;
    });

    it('confirmed at 2:01, it is still accepted, and counted as a missed promise', async () => {
      const now = addMinutes(TEST_NOW, 121);
      const api201 = await restartAt(now);
      expect(await missed(api201, true)).toEqual([late.id]);
      const res = await api201.put<Reservation>(
        'reservations',
        late.id,
        { status: 'confirmed' },
        'support',
      );
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({ confirmedAt: now, holdUntil: holdUntil(now) });
      expect(confirmedInTime(res.body)).toBe(false);
      expect(await missed(api201, true)).toEqual([late.id]);
      expect(await missed(api201, false)).toEqual([inTime.id]);
      late = res.body;
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

    it('a held reservation is collected in the last minute of its hold', async () => {
      const now = addMinutes(inTime.holdUntil!, -1);
      const lastMinute = await restartAt(now);
      const res = await lastMinute.put<Reservation>(
        'reservations',
        inTime.id,
        { status: 'collected' },
        'support',
      );
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({ status: 'collected', collectedAt: now });
    });

    it('…not one minute after: it has expired on read, once, by the system, and stays so', async () => {
      const now = addMinutes(late.holdUntil!, 1);
      const after = await restartAt(now);
      const expired = { ...late, status: 'expired', version: late.version + 1 };
      expect(await after.one('reservations', late.id)).toEqual(expired);
      await after.all('reservations', { status: 'confirmed' });

      const res = await after.put<ErrorBody>(
        'reservations',
        late.id,
        { status: 'collected' },
        'support',
      );
      expect(res.status).toBe(409);
      expect(res.body.message).toBe(
        'Une réservation « expirée » ne peut pas passer à « retirée ».',
      );
      expect(await after.one('reservations', late.id)).toEqual(expired);
      const history = await after.history('reservations', late.id);
      expect(history.map(({ action, toStatus, role }) => [action, toStatus, role])).toEqual([
        ['create', 'pending', 'support'],
        ['transition', 'confirmed', 'support'],
        ['transition', 'expired', 'system'],
      ]);
      expect(history[2]).toMatchObject({ at: now, userId: null, fromStatus: 'confirmed' });
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
