import { describe, expect, it } from 'vitest';
import {
  LOW_STOCK_THRESHOLD,
  isOrderable,
  isReservable,
  priceChangedBy,
  publishBlockers,
  salePriceProblem,
  skuBase,
  stockState,
  suggestedSku,
  totalStock,
  variantGrid,
} from './products';
import type { Variant } from './types';

const variant = (stock: number): Variant => ({
  sku: `KAP-H-00042-M-${stock}`,
  size: 'M',
  colour: 'indigo',
  ean13: '4006381333931',
  stock,
});

describe('publishBlockers', () => {
  it('is empty for a product with an image and a variant', () => {
    expect(publishBlockers({ images: ['/img/1.jpg'], variants: [variant(3)] })).toEqual([]);
  });

  it('names each missing part', () => {
    expect(publishBlockers({ images: [], variants: [variant(3)] })).toEqual(['no_image']);
    expect(publishBlockers({ images: ['/img/1.jpg'], variants: [] })).toEqual(['no_variant']);
    expect(publishBlockers({ images: [], variants: [] })).toEqual(['no_image', 'no_variant']);
  });
});

describe('isOrderable and isReservable', () => {
  it.each([
    ['draft', true, false],
    ['published', true, true],
    ['archived', false, false],
  ] as const)('a %s product: orderable %s, reservable %s', (status, orderable, reservable) => {
    expect(isOrderable({ status })).toBe(orderable);
    expect(isReservable({ status })).toBe(reservable);
  });
});

describe('stock', () => {
  it('adds up the stock of every variant', () => {
    expect(totalStock({ variants: [variant(2), variant(0), variant(7)] })).toBe(9);
    expect(totalStock({ variants: [] })).toBe(0);
  });

  it('is out at zero, low up to the threshold, in stock above it', () => {
    expect(LOW_STOCK_THRESHOLD).toBe(5);
    expect(stockState({ variants: [] })).toBe('out');
    expect(stockState({ variants: [variant(0), variant(0)] })).toBe('out');
    expect(stockState({ variants: [variant(1)] })).toBe('low');
    expect(stockState({ variants: [variant(2), variant(3)] })).toBe('low');
    expect(stockState({ variants: [variant(6)] })).toBe('in_stock');
  });
});

describe('salePriceProblem', () => {
  it('accepts no sale price, or one between 0 and the price', () => {
    expect(salePriceProblem(4990, null)).toBeNull();
    expect(salePriceProblem(4990, 3990)).toBeNull();
    expect(salePriceProblem(4990, 1)).toBeNull();
  });

  it('refuses a sale price equal to or above the price', () => {
    expect(salePriceProblem(4990, 4990)).toBe('not_below_price');
    expect(salePriceProblem(4990, 5990)).toBe('not_below_price');
  });

  it('refuses a sale price of 0 or below: nothing is sold for nothing', () => {
    expect(salePriceProblem(4990, 0)).toBe('not_positive');
    expect(salePriceProblem(4990, -500)).toBe('not_positive');
  });
});

describe('suggestedSku', () => {
  it('joins the base, the size and the colour, without accents or spaces', () => {
    expect(suggestedSku('KAP-H-00042', '32', 'Délavé')).toBe('KAP-H-00042-32-DELAVE');
    expect(suggestedSku('KAP-F-00007', 'XS', 'Rose poudré')).toBe('KAP-F-00007-XS-ROSEPOUDRE');
  });

  it('leaves out an empty part', () => {
    expect(suggestedSku('KAP-H-00042', 'TU', '')).toBe('KAP-H-00042-TU');
  });

  it('is never a SKU already taken: the first free of -2, -3...', () => {
    const taken = new Set(['KAP-H-JEANGABINBRU-32-BRUT', 'KAP-H-JEANGABINBRU-32-BRUT-2']);
    expect(suggestedSku('KAP-H-JEANGABINBRU', '32', 'Brut', taken)).toBe(
      'KAP-H-JEANGABINBRU-32-BRUT-3',
    );
    expect(suggestedSku('KAP-H-JEANGABINBRU', '34', 'Brut', taken)).toBe(
      'KAP-H-JEANGABINBRU-34-BRUT',
    );
  });
});

describe('variantGrid', () => {
  it('makes one row per size and colour, sizes within each colour', () => {
    const rows = variantGrid('KAP-H-00042', ['S', 'M'], ['Noir', 'Écru'], [], new Set());
    expect(rows.map((row) => row.sku)).toEqual([
      'KAP-H-00042-S-NOIR',
      'KAP-H-00042-M-NOIR',
      'KAP-H-00042-S-ECRU',
      'KAP-H-00042-M-ECRU',
    ]);
    expect(rows.every((row) => row.ean13 === '' && row.stock === 0)).toBe(true);
  });

  it('keeps the rows already there for a pair, and drops the pairs no longer picked', () => {
    const existing = {
      sku: 'OLD-SKU',
      size: 'M',
      colour: 'Noir',
      ean13: '4006381333931',
      stock: 7,
    };
    const dropped = { ...existing, sku: 'GONE', size: 'XL' };
    const rows = variantGrid('KAP-H-00042', ['S', 'M'], ['Noir'], [existing, dropped], new Set());
    expect(rows).toEqual([
      { sku: 'KAP-H-00042-S-NOIR', size: 'S', colour: 'Noir', ean13: '', stock: 0 },
      existing,
    ]);
  });

  it('is empty without a size or without a colour', () => {
    expect(variantGrid('KAP', [], ['Noir'], [], new Set())).toEqual([]);
    expect(variantGrid('KAP', ['M'], [], [], new Set())).toEqual([]);
  });

  it('gives a new row a SKU that neither the catalogue nor another row of the grid has', () => {
    const kept = { sku: 'KAP-H-00042-M-NOIR', size: 'M', colour: 'Noir', ean13: '', stock: 2 };
    const retyped = { ...kept, sku: 'KAP-H-00042-S-NOIR', size: 'L' };
    const rows = variantGrid(
      'KAP-H-00042',
      ['S', 'M', 'L'],
      ['Noir', 'noir'],
      [kept, retyped],
      new Set(['KAP-H-00042-S-NOIR-2']),
    );
    expect(rows.map((row) => row.sku)).toEqual([
      'KAP-H-00042-S-NOIR-3',
      'KAP-H-00042-M-NOIR',
      'KAP-H-00042-S-NOIR',
      'KAP-H-00042-S-NOIR-4',
      'KAP-H-00042-M-NOIR-2',
      'KAP-H-00042-L-NOIR',
    ]);
  });
});

describe('priceChangedBy', () => {
  it('lowers or raises the price to the nearest cent', () => {
    expect(priceChangedBy({ priceCents: 4990, salePriceCents: null }, -10)).toEqual({
      priceCents: 4491,
      salePriceCents: null,
    });
    expect(priceChangedBy({ priceCents: 7990, salePriceCents: null }, 5)).toEqual({
      priceCents: 8390,
      salePriceCents: null,
    });
  });

  it('moves a sale price with the price', () => {
    expect(priceChangedBy({ priceCents: 10000, salePriceCents: 8000 }, -10)).toEqual({
      priceCents: 9000,
      salePriceCents: 7200,
    });
  });
});

describe('skuBase', () => {
  it('is the reference once the product has one', () => {
    expect(skuBase({ reference: 'KAP-F-00007', department: 'femme', name: 'Robe' })).toBe(
      'KAP-F-00007',
    );
  });

  it('is the department prefix and the start of the name before', () => {
    expect(skuBase({ department: 'garcon', name: 'Sweat à capuche Léo' })).toBe(
      'KAP-G-SWEATACAPUCH',
    );
    expect(skuBase({})).toBe('KAP');
  });
});
