import { describe, expect, it } from 'vitest';
import {
  CONFIRM_WITHIN_HOURS,
  HOLD_DAYS,
  canCollect,
  canMoveReservation,
  confirmBy,
  confirmedInTime,
  holdUntil,
  isConfirmPromiseMissed,
  reservationClock,
  shouldExpire,
} from './reservations';
import type { ReservationStatus } from './types';

const REQUESTED_AT = '2026-11-25T09:00:00.000Z';
const CONFIRM_BY = '2026-11-25T11:00:00.000Z';
const HOLD_UNTIL = '2026-11-27T10:00:00.000Z';
const oneMinute = (iso: string, sign: 1 | -1) =>
  new Date(Date.parse(iso) + sign * 60_000).toISOString();

describe('reservation transitions', () => {
  it('confirms, declines or cancels a pending reservation only', () => {
    expect(canMoveReservation('pending', 'confirmed')).toBe(true);
    expect(canMoveReservation('pending', 'unavailable')).toBe(true);
    expect(canMoveReservation('pending', 'cancelled')).toBe(true);
    expect(canMoveReservation('pending', 'collected')).toBe(false);
    expect(canMoveReservation('pending', 'expired')).toBe(false);
  });

  it('collects, expires or cancels a confirmed reservation only', () => {
    expect(canMoveReservation('confirmed', 'collected')).toBe(true);
    expect(canMoveReservation('confirmed', 'expired')).toBe(true);
    expect(canMoveReservation('confirmed', 'cancelled')).toBe(true);
    expect(canMoveReservation('confirmed', 'unavailable')).toBe(false);
    expect(canMoveReservation('expired', 'collected')).toBe(false);
    expect(canMoveReservation('unavailable', 'confirmed')).toBe(false);
  });
});

describe('confirmBy', () => {
  it('is 2 hours after the request', () => {
    expect(CONFIRM_WITHIN_HOURS).toBe(2);
    expect(confirmBy(REQUESTED_AT)).toBe(CONFIRM_BY);
  });

  it('is calendar time: 2 real hours across the spring change', () => {
    // 01:30 CET, then 04:30 CEST.
    expect(confirmBy('2026-03-29T00:30:00.000Z')).toBe('2026-03-29T02:30:00.000Z');
  });
});

describe('holdUntil', () => {
  it('is 2 Paris days after confirmation, at the same Paris time', () => {
    expect(HOLD_DAYS).toBe(2);
    expect(holdUntil('2026-11-25T10:00:00.000Z')).toBe(HOLD_UNTIL);
    // 16:00 CET on Friday 27 March, 16:00 CEST on Sunday 29 March.
    expect(holdUntil('2026-03-27T15:00:00.000Z')).toBe('2026-03-29T14:00:00.000Z');
  });
});

describe('confirmation promise', () => {
  const reservation = (status: ReservationStatus, confirmedAt: string | null) => ({
    status,
    confirmedAt,
    confirmBy: CONFIRM_BY,
  });

  it('is kept by a confirmation up to exactly 2 hours', () => {
    expect(confirmedInTime(reservation('confirmed', '2026-11-25T10:59:00.000Z'))).toBe(true);
    expect(confirmedInTime(reservation('confirmed', CONFIRM_BY))).toBe(true);
    expect(confirmedInTime(reservation('confirmed', '2026-11-25T11:01:00.000Z'))).toBe(false);
    expect(confirmedInTime(reservation('pending', null))).toBe(false);
  });

  it('is missed by a reservation still pending after 2 hours', () => {
    expect(isConfirmPromiseMissed(reservation('pending', null), CONFIRM_BY)).toBe(false);
    expect(isConfirmPromiseMissed(reservation('pending', null), oneMinute(CONFIRM_BY, 1))).toBe(
      true,
    );
  });

  it('is missed by a late confirmation, even once collected', () => {
    const late = '2026-11-25T11:01:00.000Z';
    expect(isConfirmPromiseMissed(reservation('confirmed', late), late)).toBe(true);
    expect(isConfirmPromiseMissed(reservation('collected', late), HOLD_UNTIL)).toBe(true);
    const inTime = reservation('confirmed', '2026-11-25T10:30:00.000Z');
    expect(isConfirmPromiseMissed(inTime, HOLD_UNTIL)).toBe(false);
  });

  it('is not counted for a reservation the customer cancelled before confirmation', () => {
    expect(isConfirmPromiseMissed(reservation('cancelled', null), HOLD_UNTIL)).toBe(false);
  });
});

describe('collection', () => {
  const held = (status: ReservationStatus) => ({ status, holdUntil: HOLD_UNTIL });

  it('is possible until the last minute of the hold, not one minute later', () => {
    expect(canCollect(held('confirmed'), oneMinute(HOLD_UNTIL, -1))).toBe(true);
    expect(canCollect(held('confirmed'), HOLD_UNTIL)).toBe(true);
    expect(canCollect(held('confirmed'), oneMinute(HOLD_UNTIL, 1))).toBe(false);
  });

  it('is possible for a confirmed reservation only', () => {
    expect(canCollect({ status: 'pending', holdUntil: null }, REQUESTED_AT)).toBe(false);
    expect(canCollect(held('collected'), REQUESTED_AT)).toBe(false);
    expect(canCollect(held('expired'), REQUESTED_AT)).toBe(false);
  });

  it('expires a confirmed reservation once the hold is over', () => {
    expect(shouldExpire(held('confirmed'), HOLD_UNTIL)).toBe(false);
    expect(shouldExpire(held('confirmed'), oneMinute(HOLD_UNTIL, 1))).toBe(true);
    expect(shouldExpire(held('collected'), oneMinute(HOLD_UNTIL, 1))).toBe(false);
    expect(shouldExpire({ status: 'pending', holdUntil: null }, HOLD_UNTIL)).toBe(false);
  });
});

describe('reservationClock', () => {
  const pending = { status: 'pending' as const, confirmBy: CONFIRM_BY, holdUntil: null };
  const confirmed = { status: 'confirmed' as const, confirmBy: CONFIRM_BY, holdUntil: HOLD_UNTIL };

  it('counts the whole minutes left to confirm, then the minutes past the promise', () => {
    expect(reservationClock(pending, '2026-11-25T09:35:30.000Z')).toEqual({
      deadline: 'confirmBy',
      late: false,
      minutes: 84,
    });
    expect(reservationClock(pending, CONFIRM_BY)).toMatchObject({ late: false, minutes: 0 });
    expect(reservationClock(pending, '2026-11-25T14:05:00.000Z')).toEqual({
      deadline: 'confirmBy',
      late: true,
      minutes: 185,
    });
  });

  it('is late exactly when the promise is missed: 1 minute left at 1:59, 1 minute late at 2:01', () => {
    for (const [now, late] of [
      [oneMinute(CONFIRM_BY, -1), false],
      [oneMinute(CONFIRM_BY, 1), true],
    ] as const) {
      expect(reservationClock(pending, now)).toMatchObject({ late, minutes: 1 });
      expect(isConfirmPromiseMissed({ ...pending, confirmedAt: null }, now)).toBe(late);
    }
  });

  it('counts down the hold once confirmed, late exactly when it can no longer be collected', () => {
    for (const [now, late] of [
      [oneMinute(HOLD_UNTIL, -1), false],
      [oneMinute(HOLD_UNTIL, 1), true],
    ] as const) {
      expect(reservationClock(confirmed, now)).toEqual({ deadline: 'holdUntil', late, minutes: 1 });
      expect(canCollect(confirmed, now)).toBe(!late);
    }
    expect(reservationClock(confirmed, REQUESTED_AT)).toMatchObject({ minutes: 49 * 60 });
  });

  it('stops once the reservation is settled', () => {
    for (const status of ['unavailable', 'collected', 'expired', 'cancelled'] as const) {
      expect(reservationClock({ ...confirmed, status }, REQUESTED_AT)).toBeNull();
    }
  });
});
