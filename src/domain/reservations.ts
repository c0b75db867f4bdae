import { addHours, addParisDays } from './dates';
import type { Reservation, ReservationStatus, Timestamp } from './types';

export const CONFIRM_WITHIN_HOURS = 2;
export const HOLD_DAYS = 2;

export const RESERVATION_TRANSITIONS: Readonly<
  Record<ReservationStatus, readonly ReservationStatus[]>
> = {
  pending: ['confirmed', 'unavailable', 'cancelled'],
  confirmed: ['collected', 'expired', 'cancelled'],
  unavailable: [],
  collected: [],
  expired: [],
  cancelled: [],
};

export function canMoveReservation(from: ReservationStatus, to: ReservationStatus): boolean {
  return RESERVATION_TRANSITIONS[from].includes(to);
}

/** The 2-hour promise is calendar time, night and weekend included. */
export function confirmBy(requestedAt: Timestamp): Timestamp {
  return addHours(requestedAt, CONFIRM_WITHIN_HOURS);
}

export function holdUntil(confirmedAt: Timestamp): Timestamp {
  return addParisDays(confirmedAt, HOLD_DAYS);
}

function isAfter(a: Timestamp, b: Timestamp): boolean {
  return Date.parse(a) > Date.parse(b);
}

export function confirmedInTime(res: Pick<Reservation, 'confirmedAt' | 'confirmBy'>): boolean {
  return res.confirmedAt !== null && !isAfter(res.confirmedAt, res.confirmBy);
}

export function isConfirmPromiseMissed(
  res: Pick<Reservation, 'status' | 'confirmedAt' | 'confirmBy'>,
  now: Timestamp,
): boolean {
  if (res.confirmedAt !== null) return !confirmedInTime(res);
  return res.status === 'pending' && isAfter(now, res.confirmBy);
}

type Held = Pick<Reservation, 'status' | 'holdUntil'>;

export function canCollect(res: Held, now: Timestamp): boolean {
  return res.status === 'confirmed' && res.holdUntil !== null && !isAfter(now, res.holdUntil);
}

export function shouldExpire(res: Held, now: Timestamp): boolean {
  return res.status === 'confirmed' && res.holdUntil !== null && isAfter(now, res.holdUntil);
}

export interface ReservationClock {
  /** What the reservation waits for: the store's confirmation, then the customer's visit. */
  deadline: 'confirmBy' | 'holdUntil';
  /** The deadline has passed: the promise is missed, or the hold is over. */
  late: boolean;
  /** Whole minutes left before the deadline, or past it when late. */
  minutes: number;
}

/** The countdown of an open reservation: to `confirmBy` while pending, to `holdUntil` once held. */
export function reservationClock(
  res: Pick<Reservation, 'status' | 'confirmBy' | 'holdUntil'>,
  now: Timestamp,
): ReservationClock | null {
  const deadline =
    res.status === 'pending' ? 'confirmBy' : res.status === 'confirmed' ? 'holdUntil' : null;
  const at = deadline && res[deadline];
  if (!deadline || !at) return null;
  const minutes = Math.floor(Math.abs(Date.parse(at) - Date.parse(now)) / 60_000);
  return { deadline, late: isAfter(now, at), minutes };
}
