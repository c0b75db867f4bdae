import type { DateOnly, Timestamp } from './types';

export const PARIS_TZ = 'Europe/Paris';

const DAY_MS = 24 * 60 * 60 * 1000;
const MINUTE_MS = 60 * 1000;
const OPENS_AT = { hour: 8, minute: 30 };
const CLOSES_AT = { hour: 17, minute: 30 };

const wallClockFormat = new Intl.DateTimeFormat('en-GB', {
  timeZone: PARIS_TZ,
  hourCycle: 'h23',
  year: 'numeric',
  month: 'numeric',
  day: 'numeric',
  hour: 'numeric',
  minute: 'numeric',
  second: 'numeric',
});

interface WallClock {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  millisecond: number;
}

function parisWallClock(ms: number): WallClock {
  const parts: Record<string, number> = {};
  for (const { type, value } of wallClockFormat.formatToParts(ms)) parts[type] = Number(value);
  const { year, month, day, hour, minute, second } = parts;
  // Paris offsets are whole minutes: milliseconds read the same in UTC and in Paris.
  const millisecond = ((ms % 1000) + 1000) % 1000;
  return { year, month, day, hour, minute, second, millisecond };
}

/** The wall clock read as if it were UTC: plain arithmetic, no time zone involved. */
function wallClockAsUtc(w: WallClock): number {
  return Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second, w.millisecond);
}

function parisOffsetMs(ms: number): number {
  return wallClockAsUtc(parisWallClock(ms)) - ms;
}

/**
 * The instant at which Paris clocks show `w`. Paris changes its offset at most once a day, so
 * the offsets a day before and a day after are the only candidates.
 * - An ambiguous time (the hour repeated in October) gives its first occurrence.
 * - A nonexistent time (the hour skipped in March) is pushed forward by the length of the gap:
 *   02:30 becomes 03:30, as Temporal's 'compatible' disambiguation does.
 */
function parisInstant(w: WallClock): number {
  const asUtc = wallClockAsUtc(w);
  const offsetBefore = parisOffsetMs(asUtc - DAY_MS);
  const candidates = [offsetBefore, parisOffsetMs(asUtc + DAY_MS)]
    .map((offset) => asUtc - offset)
    .filter((ms) => wallClockAsUtc(parisWallClock(ms)) === asUtc);
  return candidates.length > 0 ? Math.min(...candidates) : asUtc - offsetBefore;
}

function isoOf(ms: number): Timestamp {
  return new Date(ms).toISOString();
}

function dateOnlyOf(year: number, month: number, day: number): DateOnly {
  return isoOf(Date.UTC(year, month - 1, day)).slice(0, 10);
}

function parseDateOnly(date: DateOnly): { year: number; month: number; day: number } {
  const [year, month, day] = date.split('-').map(Number);
  return { year, month, day };
}

function addCalendarDays(date: DateOnly, days: number): DateOnly {
  const { year, month, day } = parseDateOnly(date);
  return dateOnlyOf(year, month, day + days);
}

function parisTimeOn(date: DateOnly, hour: number, minute: number): number {
  return parisInstant({ ...parseDateOnly(date), hour, minute, second: 0, millisecond: 0 });
}

/** The same Paris wall-clock time `days` calendar days later: 23 or 25 hours across DST. */
export function addParisDays(iso: Timestamp, days: number): Timestamp {
  const w = parisWallClock(Date.parse(iso));
  const date = parseDateOnly(dateOnlyOf(w.year, w.month, w.day + days));
  return isoOf(parisInstant({ ...w, ...date }));
}

/** Absolute time: exactly `hours` hours later, whatever the clocks do. */
export function addHours(iso: Timestamp, hours: number): Timestamp {
  return isoOf(Date.parse(iso) + hours * 60 * MINUTE_MS);
}

export function parisDate(iso: Timestamp): DateOnly {
  const w = parisWallClock(Date.parse(iso));
  return dateOnlyOf(w.year, w.month, w.day);
}

/** How many Paris midnights separate the two instants (negative when `toIso` is earlier). */
export function parisCalendarDaysBetween(fromIso: Timestamp, toIso: Timestamp): number {
  const from = Date.parse(`${parisDate(fromIso)}T00:00:00Z`);
  const to = Date.parse(`${parisDate(toIso)}T00:00:00Z`);
  return Math.round((to - from) / DAY_MS);
}

const displayFormats = new Map<string, Intl.DateTimeFormat>();

/** One formatter per locale and style, made once: a table of dates formats many. */
function displayFormat(locale: string, withTime: boolean): Intl.DateTimeFormat {
  const key = `${locale} ${withTime}`;
  let format = displayFormats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, {
      timeZone: PARIS_TZ,
      dateStyle: 'short',
      ...(withTime ? { timeStyle: 'short' } : {}),
    });
    displayFormats.set(key, format);
  }
  return format;
}

export function formatParisDate(iso: Timestamp, locale = 'fr-FR'): string {
  return displayFormat(locale, false).format(Date.parse(iso));
}

export function formatParisDateTime(iso: Timestamp, locale = 'fr-FR'): string {
  return displayFormat(locale, true).format(Date.parse(iso));
}

/** Midnight in Paris, as a UTC timestamp, of a Paris date or of the Paris day of an instant. */
export function startOfParisDay(date: DateOnly | Timestamp): Timestamp {
  const day = /^\d{4}-\d{2}-\d{2}$/.test(date) ? date : parisDate(date);
  return isoOf(parisTimeOn(day, 0, 0));
}

function isWeekday(date: DateOnly): boolean {
  const weekday = new Date(`${date}T00:00:00Z`).getUTCDay();
  return weekday >= 1 && weekday <= 5;
}

/** Customer service: Monday to Friday, 8:30 to 17:30 Paris time (public holidays not counted). */
export function isWithinBusinessHours(iso: Timestamp): boolean {
  const ms = Date.parse(iso);
  const date = parisDate(iso);
  return (
    isWeekday(date) &&
    ms >= parisTimeOn(date, OPENS_AT.hour, OPENS_AT.minute) &&
    ms < parisTimeOn(date, CLOSES_AT.hour, CLOSES_AT.minute)
  );
}

/** Whole minutes of customer-service opening time between two instants (0 when reversed). */
export function businessMinutesBetween(fromIso: Timestamp, toIso: Timestamp): number {
  const from = Date.parse(fromIso);
  const to = Date.parse(toIso);
  const lastDate = parisDate(toIso);
  let openMs = 0;
  for (let date = parisDate(fromIso); date <= lastDate; date = addCalendarDays(date, 1)) {
    if (!isWeekday(date)) continue;
    const opens = parisTimeOn(date, OPENS_AT.hour, OPENS_AT.minute);
    const closes = parisTimeOn(date, CLOSES_AT.hour, CLOSES_AT.minute);
    openMs += Math.max(0, Math.min(closes, to) - Math.max(opens, from));
  }
  return Math.floor(openMs / MINUTE_MS);
}

/**
 * The instant at which `minutes` of customer-service opening time have passed since `fromIso`:
 * a start outside opening hours waits for the next opening.
 */
export function addBusinessMinutes(fromIso: Timestamp, minutes: number): Timestamp {
  let from = Date.parse(fromIso);
  let leftMs = minutes * MINUTE_MS;
  for (let date = parisDate(fromIso); ; date = addCalendarDays(date, 1)) {
    if (!isWeekday(date)) continue;
    const opens = parisTimeOn(date, OPENS_AT.hour, OPENS_AT.minute);
    const closes = parisTimeOn(date, CLOSES_AT.hour, CLOSES_AT.minute);
    const start = Math.max(opens, from);
    if (start >= closes) continue;
    if (start + leftMs <= closes) return isoOf(start + leftMs);
    leftMs -= closes - start;
    from = closes;
  }
}
