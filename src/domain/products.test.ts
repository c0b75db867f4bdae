import { describe, expect, it } from 'vitest';
import {
  LOW_STOCK_THRESHOLD,
  isOrderable,
  isReservable,
  publishBlockers,
  stockState,
  totalStock,
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
