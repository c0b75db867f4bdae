import { describe, expect, it } from 'vitest';
import { formatEuros, parseEuros, sumCents } from './money';

const NBSP = '\u00a0';
const NNBSP = '\u202f';

describe('formatEuros', () => {
  it('writes French amounts with a comma and a no-break space before the euro sign', () => {
    expect(formatEuros(1999)).toBe(`19,99${NBSP}€`);
    expect(formatEuros(123456)).toBe(`1${NNBSP}234,56${NBSP}€`);
  });

  it('writes zero and negative amounts', () => {
    expect(formatEuros(0)).toBe(`0,00${NBSP}€`);
    expect(formatEuros(-1999)).toBe(`-19,99${NBSP}€`);
    expect(formatEuros(-5)).toBe(`-0,05${NBSP}€`);
  });

  it('follows the locale it is given', () => {
    expect(formatEuros(1999, 'en-GB')).toBe('€19.99');
  });
});

describe('parseEuros', () => {
  it.each([
    ['19,99', 1999],
    ['19.99', 1999],
    ['19', 1900],
    ['19,9', 1990],
    ['0,05', 5],
    ['0', 0],
    ['1 234,5', 123450],
    [`1${NBSP}234,50`, 123450],
    [`1${NNBSP}234,56${NBSP}€`, 123456],
    ['19,99€', 1999],
    ['  7,00  ', 700],
    ['-19,99', -1999],
    ['-19,99 €', -1999],
  ])('reads "%s" as %i cents', (text, cents) => {
    expect(parseEuros(text)).toBe(cents);
  });

  it('reads amounts that binary floats get wrong exactly', () => {
    expect(parseEuros('0,29')).toBe(29);
    expect(parseEuros('1,13')).toBe(113);
    expect(parseEuros('4,35')).toBe(435);
  });

  it('never answers a negative zero', () => {
    expect(Object.is(parseEuros('-0,00'), 0)).toBe(true);
  });

  it.each([
    '',
    '   ',
    'abc',
    '19,999',
    '19,',
    ',5',
    '1,234.56',
    '12 34',
    '1234 567',
    '--1',
    '+5',
    '€19',
    '19 €€',
    '1e3',
    'Infinity',
  ])('refuses "%s"', (text) => {
    expect(parseEuros(text)).toBeNull();
  });

  it('reads back what formatEuros writes', () => {
    for (const cents of [0, 5, 1999, -1999, 123456789]) {
      expect(parseEuros(formatEuros(cents))).toBe(cents);
    }
  });
});

describe('sumCents', () => {
  it('adds amounts, refunds included', () => {
    expect(sumCents([1999, -500, 1])).toBe(1500);
  });

  it('is zero for nothing', () => {
    expect(sumCents([])).toBe(0);
  });
});
