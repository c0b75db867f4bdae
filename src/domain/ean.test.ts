import { describe, expect, it } from 'vitest';
import { ean13CheckDigit, isValidEan13 } from './ean';

const REAL_EANS = ['4006381333931', '5901234123457', '3017620422003', '9780306406157'];

describe('ean13CheckDigit', () => {
  it.each(REAL_EANS)('computes the last digit of %s', (ean) => {
    expect(ean13CheckDigit(ean.slice(0, 12))).toBe(Number(ean[12]));
  });

  it('gives 0 when the weighted sum is a multiple of ten', () => {
    expect(ean13CheckDigit('000000000000')).toBe(0);
  });

  it('refuses anything but 12 digits', () => {
    expect(() => ean13CheckDigit('12345')).toThrow(RangeError);
    expect(() => ean13CheckDigit('40063813339a')).toThrow(RangeError);
  });
});

describe('isValidEan13', () => {
  it.each(REAL_EANS)('accepts %s', (ean) => {
    expect(isValidEan13(ean)).toBe(true);
  });

  it.each([
    '4006381333932',
    '4006381333913',
    '400638133393',
    '40063813339310',
    '400638133393a',
    ' 4006381333931',
    '',
  ])('refuses "%s"', (code) => {
    expect(isValidEan13(code)).toBe(false);
  });
});
