import type { Timestamp } from '../../src/domain/types';

export const MINUTE = 60_000;
export const HOUR = 60 * MINUTE;
export const DAY = 24 * HOUR;

export function iso(ms: number): Timestamp {
  return new Date(ms).toISOString();
}

/**
 * Memoises a rule that only depends on the Paris date of an instant. Paris offsets are whole hours
 * and change on the hour, so every instant of a UTC hour has the same Paris date.
 */
export function perUtcHour<T>(rule: (at: Timestamp) => T): (ms: number) => T {
  const cache = new Map<number, T>();
  return (ms) => {
    const hour = Math.floor(ms / HOUR);
    let value = cache.get(hour);
    if (value === undefined) {
      value = rule(iso(hour * HOUR));
      cache.set(hour, value);
    }
    return value;
  };
}

/**
 * Memoises a rule that adds Paris calendar days (same wall-clock time later): within a UTC hour the
 * offset is constant, so moving the input by some minutes moves the output by as many.
 */
export function shiftPerUtcHour(rule: (at: Timestamp) => Timestamp): (ms: number) => number {
  const shiftOfHour = perUtcHour((at) => Date.parse(rule(at)) - Date.parse(at));
  return (ms) => ms + shiftOfHour(ms);
}
