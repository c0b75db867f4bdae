import { describe, expect, it } from 'vitest';
import { confirmDelay } from './confirmDelay';

const pending = {
  status: 'pending' as const,
  confirmedAt: null,
  confirmBy: '2026-11-25T10:00:00Z',
};

describe('confirmDelay', () => {
  it('counts the minutes left before the promise', () => {
    expect(confirmDelay(pending, '2026-11-25T08:35:30Z')).toEqual({ late: false, minutes: 84 });
  });

  it('counts the minutes past a missed promise', () => {
    expect(confirmDelay(pending, '2026-11-25T13:05:00Z')).toEqual({ late: true, minutes: 185 });
  });
});
