import { describe, expect, it } from 'vitest';
import { coloursFor, sizesFor } from './sizes';

describe('sizesFor', () => {
  it('offers waist sizes for jeans and shorts, ages for children', () => {
    expect(sizesFor('jeans', 'homme')).toContain('32');
    expect(sizesFor('shorts', 'femme')).toContain('26');
    expect(sizesFor('jeans', 'garcon')).toEqual(['4A', '6A', '8A', '10A', '12A', '14A', '16A']);
  });

  it('offers one size for accessories, and no dress size for boys', () => {
    expect(sizesFor('accessoires', 'fille')).toEqual(['TU']);
    expect(sizesFor('robes', 'garcon')).toEqual([]);
  });
});

describe('coloursFor', () => {
  it('offers denim washes for jeans and the palette otherwise', () => {
    expect(coloursFor('jeans')).toContain('Brut');
    expect(coloursFor('sweats')).toContain('Kaki');
    expect(coloursFor('sweats')).not.toContain('Brut');
  });
});
