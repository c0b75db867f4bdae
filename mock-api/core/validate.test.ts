import { describe, expect, it } from 'vitest';
import { Checker } from './validate';

describe('Checker.day (birth dates)', () => {
  it('takes a real calendar date, or nothing', () => {
    const checker = new Checker({ leap: '2028-02-29', none: '' });
    expect(checker.day('leap')).toBe('2028-02-29');
    expect(checker.day('none')).toBeNull();
    expect(checker.errors).toEqual({});
  });

  it.each(['2026-02-30', '2027-02-29', '1990-5-1', '01/05/1990'])('refuses %s', (value) => {
    const checker = new Checker({ birthDate: value });
    expect(checker.day('birthDate')).toBeUndefined();
    expect(checker.errors.birthDate?.key).toBe('mustBeDay');
  });
});
