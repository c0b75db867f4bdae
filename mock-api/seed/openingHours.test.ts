import { describe, expect, it } from 'vitest';
import { addBusinessMinutes, isWithinBusinessHours, parisDate } from '../../src/domain/dates';
import { DAY, HOUR, MINUTE, iso } from './clock';
import { OpeningHours } from './openingHours';

/** Three weeks around each change of the clocks, and an ordinary stretch. */
const STRETCHES = ['2026-03-18T00:00:00Z', '2026-10-14T00:00:00Z', '2026-06-03T00:00:00Z'];

describe('the opening hours table of the seed', () => {
  // Within opening hours: the table starts from that day's opening all the same.
  const from = Date.parse('2026-01-02T10:17:00Z');
  const hours = new OpeningHours(from, Date.parse('2027-01-01T00:00:00Z'));

  it('counts opening time as addBusinessMinutes does, across the changes of the clocks', () => {
    for (const start of STRETCHES.map(Date.parse)) {
      for (let at = start; at < start + 21 * DAY; at += 53 * MINUTE + 7_001) {
        for (const minutes of [0, 1, 8 * 60, 1000]) {
          expect(iso(hours.add(at, minutes * MINUTE)), `${iso(at)} + ${minutes}`).toBe(
            addBusinessMinutes(iso(at), minutes),
          );
        }
      }
    }
  });

  it('places a moment in the last opening hours, and finds the closings before a weekend', () => {
    const saturday = Date.parse('2026-06-06T10:00:00Z');
    const placed = hours.openAtOrBefore(saturday, 0.5);
    expect(isWithinBusinessHours(iso(placed))).toBe(true);
    expect(parisDate(iso(placed))).toBe('2026-06-05');
    expect(hours.openAtOrBefore(saturday - DAY - 20 * HOUR, 0.5)).toBe(saturday - DAY - 20 * HOUR);
    expect(iso(hours.closingBefore(saturday, 1, true))).toBe('2026-06-05T15:30:00.000Z');
    expect(iso(hours.closingBefore(saturday, 2))).toBe('2026-06-04T15:30:00.000Z');
  });
});
