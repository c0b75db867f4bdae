import { describe, expect, it } from 'vitest';
import { statusesOf } from './stages';

describe('statusesOf', () => {
  it('lists the statuses of a filter on one status, on several, or on none', () => {
    expect(statusesOf('placed')).toEqual(['placed']);
    expect(statusesOf(['delivered', 'cancelled'])).toEqual(['delivered', 'cancelled']);
    expect(statusesOf(undefined)).toEqual([]);
    expect(statusesOf('')).toEqual([]);
  });
});
