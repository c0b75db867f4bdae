import { isConfirmPromiseMissed } from '../../domain/reservations';
import type { Reservation, Timestamp } from '../../domain/types';

export interface ConfirmDelay {
  /** The 2-hour promise is missed. */
  late: boolean;
  /** Whole minutes left before `confirmBy`, or past it when late. */
  minutes: number;
}

/** Where a reservation stands against its 2-hour confirmation promise. */
export function confirmDelay(
  res: Pick<Reservation, 'status' | 'confirmedAt' | 'confirmBy'>,
  now: Timestamp,
): ConfirmDelay {
  const minutes = Math.floor(Math.abs(Date.parse(res.confirmBy) - Date.parse(now)) / 60_000);
  return { late: isConfirmPromiseMissed(res, now), minutes };
}
