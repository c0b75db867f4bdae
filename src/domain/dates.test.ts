import { describe, expect, it } from 'vitest';
import {
  addHours,
  addParisDays,
  businessMinutesBetween,
  formatParisDate,
  formatParisDateTime,
  isWithinBusinessHours,
  parisCalendarDaysBetween,
  parisDate,
  startOfParisDay,
} from './dates';

const HOUR_MS = 60 * 60 * 1000;
const hoursBetween = (from: string, to: string) => (Date.parse(to) - Date.parse(from)) / HOUR_MS;

describe('addParisDays', () => {
  it('keeps 10:00 in Paris across the spring change of 29 March 2026: 23 hours later', () => {
    const from = '2026-03-28T09:00:00.000Z'; // 10:00 CET
    const to = addParisDays(from, 1);
    expect(to).toBe('2026-03-29T08:00:00.000Z'); // 10:00 CEST
    expect(hoursBetween(from, to)).toBe(23);
  });

  it('keeps 10:00 in Paris across the autumn change of 25 October 2026: 25 hours later', () => {
    const from = '2026-10-24T08:00:00.000Z'; // 10:00 CEST
    const to = addParisDays(from, 1);
    expect(to).toBe('2026-10-25T09:00:00.000Z'); // 10:00 CET
    expect(hoursBetween(from, to)).toBe(25);
  });

  it('is plain 24-hour days away from a change', () => {
    expect(addParisDays('2026-11-25T09:30:00.000Z', 14)).toBe('2026-12-09T09:30:00.000Z');
  });

  it('goes back in time with a negative count', () => {
    expect(addParisDays('2026-03-30T08:00:00.000Z', -2)).toBe('2026-03-28T09:00:00.000Z');
  });

  it('moves a late-evening Paris time to the next Paris day across the new year', () => {
    // 23:30 in Paris on 31 December is still 2026 in UTC.
    expect(addParisDays('2026-12-31T22:30:00.000Z', 1)).toBe('2027-01-01T22:30:00.000Z');
  });

  it('pushes a time in the skipped spring hour forward by the gap (02:30 becomes 03:30)', () => {
    // 02:30 CET on 28 March; 02:30 does not exist on 29 March.
    expect(addParisDays('2026-03-28T01:30:00.000Z', 1)).toBe('2026-03-29T01:30:00.000Z');
  });

  it('takes the first occurrence of a time in the repeated autumn hour', () => {
    // 02:30 CEST on 24 October; 02:30 happens twice on 25 October.
    expect(addParisDays('2026-10-24T00:30:00.000Z', 1)).toBe('2026-10-25T00:30:00.000Z');
  });

  it('keeps milliseconds', () => {
    expect(addParisDays('2026-05-01T10:00:00.123Z', 1)).toBe('2026-05-02T10:00:00.123Z');
  });
});

describe('addHours', () => {
  it('counts absolute hours, even across the spring change', () => {
    // 01:30 CET + 2 hours = 04:30 CEST.
    expect(addHours('2026-03-29T00:30:00.000Z', 2)).toBe('2026-03-29T02:30:00.000Z');
  });
});

describe('parisDate', () => {
  it('gives the date on a Paris calendar', () => {
    expect(parisDate('2026-03-28T23:30:00.000Z')).toBe('2026-03-29');
    expect(parisDate('2026-06-30T21:59:59.999Z')).toBe('2026-06-30');
    expect(parisDate('2026-06-30T22:00:00.000Z')).toBe('2026-07-01');
  });
});

describe('parisCalendarDaysBetween', () => {
  it('counts the Paris midnights crossed, not 24-hour periods', () => {
    expect(parisCalendarDaysBetween('2026-01-01T22:59:00.000Z', '2026-01-01T23:00:00.000Z')).toBe(
      1,
    );
    expect(parisCalendarDaysBetween('2026-01-01T00:00:00.000Z', '2026-01-01T22:58:00.000Z')).toBe(
      0,
    );
  });

  it('is negative when the second instant is earlier', () => {
    expect(parisCalendarDaysBetween('2026-01-10T12:00:00.000Z', '2026-01-08T12:00:00.000Z')).toBe(
      -2,
    );
  });

  it('counts a 23-hour spring day as one day', () => {
    expect(parisCalendarDaysBetween('2026-03-28T23:30:00.000Z', '2026-03-29T22:30:00.000Z')).toBe(
      1,
    );
  });
});

describe('formatParisDate and formatParisDateTime', () => {
  it('show the Paris date and time', () => {
    expect(formatParisDate('2026-11-25T23:30:00.000Z')).toBe('26/11/2026');
    expect(formatParisDateTime('2026-11-25T09:30:00.000Z')).toBe('25/11/2026 10:30');
    expect(formatParisDateTime('2026-07-01T09:30:00.000Z', 'en-GB')).toBe('01/07/2026, 11:30');
  });

  it('show a date without time (a birth date) as that date', () => {
    expect(formatParisDate('1990-05-17')).toBe('17/05/1990');
  });
});

describe('startOfParisDay', () => {
  it.each([
    ['2026-03-29', '2026-03-28T23:00:00.000Z'],
    ['2026-03-30', '2026-03-29T22:00:00.000Z'],
    ['2026-10-25', '2026-10-24T22:00:00.000Z'],
    ['2026-10-26', '2026-10-25T23:00:00.000Z'],
  ])('finds Paris midnight of %s', (date, midnight) => {
    expect(startOfParisDay(date)).toBe(midnight);
  });

  it('finds Paris midnight of the Paris day of an instant', () => {
    expect(startOfParisDay('2026-03-29T22:30:00.000Z')).toBe('2026-03-29T22:00:00.000Z');
  });
});

describe('isWithinBusinessHours', () => {
  it.each([
    ['2026-11-25T07:29:00.000Z', false], // Wednesday 08:29
    ['2026-11-25T07:30:00.000Z', true], // 08:30
    ['2026-11-25T16:29:00.000Z', true], // 17:29
    ['2026-11-25T16:30:00.000Z', false], // 17:30
    ['2026-07-01T06:30:00.000Z', true], // 08:30 in summer time
    ['2026-11-28T10:00:00.000Z', false], // Saturday
    ['2026-11-29T10:00:00.000Z', false], // Sunday
  ])('%s open: %s', (iso, open) => {
    expect(isWithinBusinessHours(iso)).toBe(open);
  });
});

describe('businessMinutesBetween', () => {
  it('counts opening minutes within a day', () => {
    expect(businessMinutesBetween('2026-11-25T06:00:00.000Z', '2026-11-25T09:00:00.000Z')).toBe(90);
  });

  it('skips the night and the weekend', () => {
    // Friday 16:30 to Monday 09:30, Paris time.
    expect(businessMinutesBetween('2026-11-20T15:30:00.000Z', '2026-11-23T08:30:00.000Z')).toBe(
      120,
    );
  });

  it('gives five days of nine hours for a week, including the week of the spring change', () => {
    expect(businessMinutesBetween('2026-11-22T23:00:00.000Z', '2026-11-29T23:00:00.000Z')).toBe(
      2700,
    );
    expect(businessMinutesBetween('2026-03-22T23:00:00.000Z', '2026-03-29T22:00:00.000Z')).toBe(
      2700,
    );
  });

  it('is zero outside opening hours and when the range is reversed', () => {
    expect(businessMinutesBetween('2026-11-25T17:00:00.000Z', '2026-11-26T07:00:00.000Z')).toBe(0);
    expect(businessMinutesBetween('2026-11-25T10:00:00.000Z', '2026-11-25T09:00:00.000Z')).toBe(0);
  });
});
