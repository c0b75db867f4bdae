import type { ChipProps } from '@mui/material';
import type { TranslateFunction } from 'react-admin';
import type { ReplyClock } from '../domain/contactRequests';
import { addBusinessMinutes, PARIS_TZ } from '../domain/dates';
import type { Timestamp } from '../domain/types';

const HOUR = 60;
const PREFIX = 'app.contact_requests.clock';

/** Business time, in hours and minutes: a business day is 9 hours, so days would mislead. */
const businessDuration = (minutes: number, translate: TranslateFunction) => {
  const hours = Math.floor(minutes / HOUR);
  const rest = minutes % HOUR;
  if (hours === 0) return translate(`${PREFIX}.minutes`, { minutes: rest });
  if (rest === 0) return translate(`${PREFIX}.hours`, { hours });
  return translate(`${PREFIX}.hours_minutes`, {
    hours,
    minutes: rest,
    mm: String(rest).padStart(2, '0'),
  });
};

const weekdayAndTimeFormats = new Map<string, Intl.DateTimeFormat>();

/** When customer service opens next, as "lundi 8 h 30": the paused clock starts again then. */
const resumesAt = (now: Timestamp, locale: string, translate: TranslateFunction) => {
  let format = weekdayAndTimeFormats.get(locale);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, {
      timeZone: PARIS_TZ,
      weekday: 'long',
      hour: 'numeric',
      minute: '2-digit',
      hourCycle: 'h23',
    });
    weekdayAndTimeFormats.set(locale, format);
  }
  // No business time has passed yet at the next opening.
  const opening = Date.parse(addBusinessMinutes(now, 0));
  const parts = Object.fromEntries(format.formatToParts(opening).map((p) => [p.type, p.value]));
  return translate(`${PREFIX}.resumes`, {
    day: parts.weekday,
    hours: Number(parts.hour),
    mm: parts.minute,
  });
};

export interface ClockLabel {
  label: string;
  tone: Pick<ChipProps, 'color' | 'variant'>;
}

/** The first-reply clock as staff read it: business time left or late, paused, or the reply's date. */
export function replyClockLabel(
  clock: ReplyClock,
  now: Timestamp,
  {
    translate,
    locale,
    dateTime,
  }: {
    translate: TranslateFunction;
    locale: string;
    dateTime: (iso: Timestamp) => string;
  },
): ClockLabel {
  switch (clock.state) {
    case 'replied':
      return {
        label: translate(`${PREFIX}.replied.${clock.withinPromise ? 'in_time' : 'late'}`, {
          date: dateTime(clock.at),
        }),
        tone: clock.withinPromise
          ? { variant: 'outlined' }
          : { color: 'error', variant: 'outlined' },
      };
    case 'closed':
      return { label: translate(`${PREFIX}.closed`), tone: { variant: 'outlined' } };
    case 'running':
      return {
        label: translate(`${PREFIX}.left`, {
          duration: businessDuration(clock.minutesLeft, translate),
        }),
        tone: { color: 'warning' },
      };
    case 'paused':
      return {
        label: translate(`${PREFIX}.paused`, {
          when: resumesAt(now, locale, translate),
          duration: businessDuration(clock.minutesLeft, translate),
        }),
        tone: { color: 'default' },
      };
    case 'overdue':
      return {
        label: translate(`${PREFIX}.${clock.paused ? 'overdue_paused' : 'overdue'}`, {
          duration: businessDuration(clock.minutesLate, translate),
          when: clock.paused ? resumesAt(now, locale, translate) : undefined,
        }),
        tone: { color: 'error' },
      };
  }
}
