import { describe, expect, it } from 'vitest';
import { PROMO_CODES, promoCodeError, promoDiscountCents } from './promo';

describe('promoDiscountCents', () => {
  it('takes a percentage of the subtotal, rounded to the nearest cent', () => {
    expect(promoDiscountCents('BIENVENUE10', 10000)).toBe(1000);
    expect(promoDiscountCents('KLUB15', 3333)).toBe(500); // 499.95
    expect(promoDiscountCents('SOLDES20', 999)).toBe(200); // 199.8
  });

  it('takes a fixed amount, never more than the subtotal', () => {
    expect(promoDiscountCents('DENIM5', 10000)).toBe(500);
    expect(promoDiscountCents('DENIM5', 300)).toBe(300);
    expect(promoDiscountCents('DENIM5', 0)).toBe(0);
  });

  it('reads the code whatever its case and surrounding spaces', () => {
    expect(promoDiscountCents(' klub15 ', 10000)).toBe(1500);
  });

  it('takes nothing off without a known code', () => {
    expect(promoDiscountCents(null, 10000)).toBe(0);
    expect(promoDiscountCents('NOPE', 10000)).toBe(0);
    expect(promoDiscountCents('toString', 10000)).toBe(0);
  });

  it('never discounts more than the subtotal, whatever the table holds', () => {
    for (const code of Object.keys(PROMO_CODES)) {
      for (const subtotal of [0, 1, 499, 500, 12345]) {
        const discount = promoDiscountCents(code, subtotal);
        expect(discount).toBeGreaterThanOrEqual(0);
        expect(discount).toBeLessThanOrEqual(subtotal);
      }
    }
  });
});

describe('promoCodeError', () => {
  it('accepts no code or one known code', () => {
    expect(promoCodeError([])).toBeNull();
    expect(promoCodeError(['KLUB15'])).toBeNull();
    expect(promoCodeError(['klub15', '  '])).toBeNull();
  });

  it('refuses more than one code, even known ones', () => {
    expect(promoCodeError(['KLUB15', 'DENIM5'])).toBe('too_many');
    expect(promoCodeError(['KLUB15', 'NOPE'])).toBe('too_many');
  });

  it('refuses an unknown code', () => {
    expect(promoCodeError(['NOPE'])).toBe('unknown');
    expect(promoCodeError(['constructor'])).toBe('unknown');
  });
});
