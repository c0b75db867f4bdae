import { describe, expect, it } from 'vitest';
import {
  dayOf,
  daysOf,
  groupStart,
  medianOf,
  previousPeriod,
  ratio,
  wasKlubMember,
  type Counters,
} from './kpis';
import type { KlubMember } from './types';

describe('dayOf', () => {
  it('gives the Paris date, which changes at Paris midnight', () => {
    expect(dayOf('2026-11-24T22:59:59.000Z')).toBe('2026-11-24');
    expect(dayOf('2026-11-24T23:00:00.000Z')).toBe('2026-11-25');
  });

  it('follows the summer offset on both sides of the clock changes', () => {
    expect(dayOf('2026-03-28T22:30:00.000Z')).toBe('2026-03-28');
    expect(dayOf('2026-03-29T22:30:00.000Z')).toBe('2026-03-30');
    expect(dayOf('2026-10-24T22:30:00.000Z')).toBe('2026-10-25');
    expect(dayOf('2026-10-25T22:30:00.000Z')).toBe('2026-10-25');
  });
});

describe('periods', () => {
  it('lists every day of a period, both ends included', () => {
    expect(daysOf('2026-10-30', '2026-11-02')).toEqual([
      '2026-10-30',
      '2026-10-31',
      '2026-11-01',
      '2026-11-02',
    ]);
  });

  it('takes the period of the same length just before', () => {
    expect(previousPeriod('2026-11-01', '2026-11-07')).toEqual({
      from: '2026-10-25',
      to: '2026-10-31',
    });
    expect(previousPeriod('2026-03-01', '2026-03-01')).toEqual({
      from: '2026-02-28',
      to: '2026-02-28',
    });
  });

  it('groups by day, by week from Monday, and by month', () => {
    expect(groupStart('2026-11-01', 'day')).toBe('2026-11-01');
    expect(groupStart('2026-11-01', 'week')).toBe('2026-10-26');
    expect(groupStart('2026-11-02', 'week')).toBe('2026-11-02');
    expect(groupStart('2026-11-25', 'month')).toBe('2026-11-01');
  });
});

describe('medianOf', () => {
  const histogram = (entries: [number, number][]): Counters =>
    new Map(entries.map(([value, count]) => [`h.${value}`, count]));

  it('is the middle value of an odd count', () => {
    expect(
      medianOf(
        histogram([
          [1, 1],
          [4, 1],
          [9, 1],
        ]),
        'h',
      ),
    ).toBe(4);
  });

  it('is the lower middle value of an even count', () => {
    expect(
      medianOf(
        histogram([
          [3, 1],
          [16, 1],
        ]),
        'h',
      ),
    ).toBe(3);
  });

  it('weighs each value by its count and ignores other counters', () => {
    const counters = histogram([
      [2, 5],
      [10, 4],
    ]);
    counters.set('other.1', 100);
    expect(medianOf(counters, 'h')).toBe(2);
  });

  it('is null when nothing was counted', () => {
    expect(medianOf(new Map(), 'h')).toBeNull();
    expect(medianOf(histogram([[5, 0]]), 'h')).toBeNull();
  });
});

describe('ratio', () => {
  it('is null rather than a division by zero', () => {
    expect(ratio(1, 4)).toBe(0.25);
    expect(ratio(0, 0)).toBeNull();
  });
});

describe('wasKlubMember', () => {
  const member: KlubMember = {
    id: 1,
    reference: 'KLUB-000001',
    memberNumber: 'KLUB-000001',
    customerId: 1,
    kind: 'member',
    status: 'left',
    joinedAt: '2026-01-01T00:00:00.000Z',
    leftAt: '2026-06-01T00:00:00.000Z',
    invitations: [],
    version: 1,
  };

  it('holds between joining and leaving only', () => {
    expect(wasKlubMember(member, '2025-12-31T00:00:00.000Z')).toBe(false);
    expect(wasKlubMember(member, '2026-03-01T00:00:00.000Z')).toBe(true);
    expect(wasKlubMember(member, '2026-07-01T00:00:00.000Z')).toBe(false);
    expect(wasKlubMember(null, '2026-03-01T00:00:00.000Z')).toBe(false);
  });
});
