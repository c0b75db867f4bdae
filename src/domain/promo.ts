import type { Cents } from './types';

export type PromoRule =
  { kind: 'percent'; percent: number } | { kind: 'fixed'; amountCents: Cents };

export const PROMO_CODES: Readonly<Record<string, PromoRule>> = {
  BIENVENUE10: { kind: 'percent', percent: 10 },
  KLUB15: { kind: 'percent', percent: 15 },
  DENIM5: { kind: 'fixed', amountCents: 500 },
  SOLDES20: { kind: 'percent', percent: 20 },
};

function ruleOf(code: string): PromoRule | undefined {
  const key = code.trim().toUpperCase();
  return Object.hasOwn(PROMO_CODES, key) ? PROMO_CODES[key] : undefined;
}

/** What the code takes off the subtotal (case-insensitive), never more than the subtotal. */
export function promoDiscountCents(code: string | null, subtotalCents: Cents): Cents {
  const rule = code === null ? undefined : ruleOf(code);
  if (!rule) return 0;
  const discount =
    rule.kind === 'percent' ? Math.round((subtotalCents * rule.percent) / 100) : rule.amountCents;
  return Math.min(discount, subtotalCents);
}

/** One code per order at most, and it must exist. Blank entries are not codes. */
export function promoCodeError(codes: readonly string[]): 'too_many' | 'unknown' | null {
  const entered = codes.filter((code) => code.trim() !== '');
  if (entered.length > 1) return 'too_many';
  if (entered.length === 1 && !ruleOf(entered[0])) return 'unknown';
  return null;
}
