import { describe, expect, it } from 'vitest';
import { toCsv } from './csv';

describe('toCsv', () => {
  it('starts with a BOM and separates cells with semicolons, lines with CRLF', () => {
    expect(toCsv(['Rayon', 'Taux'], [['Homme', 12]])).toBe('\uFEFFRayon;Taux\r\nHomme;12\r\n');
  });

  it('writes decimals with a comma and null as an empty cell', () => {
    expect(toCsv(['a', 'b'], [[12.5, null]])).toBe('\uFEFFa;b\r\n12,5;\r\n');
  });

  it('quotes the cells holding a separator, a quote, a line break or outer spaces', () => {
    const csv = toCsv(['x'], [['a;b'], ['dit "non"'], ['deux\nlignes'], [' espace'], ['simple']]);
    expect(csv.split('\r\n')).toEqual([
      '\uFEFFx',
      '"a;b"',
      '"dit ""non"""',
      '"deux\nlignes"',
      '" espace"',
      'simple',
      '',
    ]);
  });
});
