import { Chip, type ChipProps } from '@mui/material';
import { useRecordContext, useTranslate, type TranslateFunction } from 'react-admin';
import { reservationClock, type ReservationClock } from '../domain/reservations';
import type { Reservation } from '../domain/types';
import { useLiveNow } from './useLiveNow';

const HOUR = 60;
const DAY = 24 * HOUR;

const duration = (minutes: number, translate: TranslateFunction) => {
  if (minutes >= DAY) {
    return translate('app.reservations.clock.days_hours', {
      days: Math.floor(minutes / DAY),
      hours: Math.floor((minutes % DAY) / HOUR),
    });
  }
  if (minutes >= HOUR) {
    return translate('app.reservations.clock.hours_minutes', {
      hours: Math.floor(minutes / HOUR),
      minutes: minutes % HOUR,
    });
  }
  return translate('app.reservations.clock.minutes', { minutes });
};

const tone = ({ deadline, late }: ReservationClock): Pick<ChipProps, 'color' | 'variant'> => {
  if (late) return { color: 'error' };
  return deadline === 'confirmBy' ? { color: 'warning' } : { variant: 'outlined' };
};

/**
 * A live countdown, as a chip: the time left to confirm a pending reservation or how late it is;
 * once confirmed, the time left to collect it or since when the hold is over.
 */
export const ReservationClockField = () => {
  const reservation = useRecordContext<Reservation>();
  const translate = useTranslate();
  const now = useLiveNow();
  const clock = reservation ? reservationClock(reservation, now) : null;
  if (!clock) return null;
  const label = translate(
    `app.reservations.clock.${clock.deadline}.${clock.late ? 'late' : 'left'}`,
    { duration: duration(clock.minutes, translate) },
  );
  return <Chip size="small" label={label} {...tone(clock)} />;
};
