import { formatParisDate, formatParisDateTime } from '../domain/dates';
import { formatEuros } from '../domain/money';
import type { Cents, Timestamp } from '../domain/types';
import { useIntlLocale } from './useIntlLocale';

/** Amounts and Paris dates in the UI language, for figures written inside sentences. */
export function useFormat() {
  const locale = useIntlLocale();
  return {
    euros: (cents: Cents) => formatEuros(cents, locale),
    date: (iso: Timestamp) => formatParisDate(iso, locale),
    dateTime: (iso: Timestamp) => formatParisDateTime(iso, locale),
  };
}
