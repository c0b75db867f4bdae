import type { Cents } from './types';

const euroFormats = new Map<string, Intl.NumberFormat>();

export function formatEuros(cents: Cents, locale = 'fr-FR'): string {
  let format = euroFormats.get(locale);
  if (!format) {
    format = new Intl.NumberFormat(locale, { style: 'currency', currency: 'EUR' });
    euroFormats.set(locale, format);
  }
  return format.format(cents / 100);
}

// Thousands may be grouped with a space, a no-break space or a narrow no-break space (what
// Intl.NumberFormat('fr-FR') writes), so a formatted amount can be pasted back.
const AMOUNT = /^(-)?(\d{1,3}(?:[ \u00a0\u202f]\d{3})+|\d+)(?:[.,](\d{1,2}))?$/;
const TRAILING_EURO = /\s*€$/;

/** Cents from what staff type ("19,99", "1 234,5 €", "-19"); null when it is not an amount. */
export function parseEuros(text: string): Cents | null {
  const match = AMOUNT.exec(text.trim().replace(TRAILING_EURO, ''));
  if (!match) return null;
  const [, minus, units, decimals = ''] = match;
  const cents = Number(units.replace(/\D/g, '')) * 100 + Number(decimals.padEnd(2, '0'));
  if (!Number.isSafeInteger(cents)) return null;
  return minus && cents > 0 ? -cents : cents;
}

export function sumCents(values: readonly Cents[]): Cents {
  return values.reduce((total, value) => total + value, 0);
}
