import { describe, expect, it } from 'vitest';
import { groupEnd, periodFromSearch } from './period';

const search = (query: string) => new URLSearchParams(query);

describe('periodFromSearch', () => {
  it('defaults to the last 30 days by week', () => {
    expect(periodFromSearch(search(''), '2026-11-25')).toEqual({
      preset: '30',
      from: '2026-10-27',
      to: '2026-11-25',
      groupBy: 'week',
    });
  });

  it('groups 90 days by week unless the URL says otherwise', () => {
    expect(periodFromSearch(search('period=90'), '2026-11-25').groupBy).toBe('week');
    expect(periodFromSearch(search('period=7'), '2026-11-25').groupBy).toBe('day');
    expect(periodFromSearch(search('period=90&groupBy=month'), '2026-11-25').groupBy).toBe('month');
  });

  it('takes a custom period from the URL, and ignores an inverted one', () => {
    const custom = search('period=custom&from=2026-01-01&to=2026-12-31');
    expect(periodFromSearch(custom, '2026-11-25')).toMatchObject({
      preset: 'custom',
      groupBy: 'month',
    });
    const inverted = search('period=custom&from=2026-02-01&to=2026-01-01');
    expect(periodFromSearch(inverted, '2026-11-25').preset).toBe('30');
  });
});

describe('groupEnd', () => {
  it('ends a week on Sunday and a month on its last day, never after the period', () => {
    expect(groupEnd('2026-11-02', 'week', '2026-12-31')).toBe('2026-11-08');
    expect(groupEnd('2026-02-01', 'month', '2026-12-31')).toBe('2026-02-28');
    expect(groupEnd('2026-11-01', 'month', '2026-11-25')).toBe('2026-11-25');
  });
});
