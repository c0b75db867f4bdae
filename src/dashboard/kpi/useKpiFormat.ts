import { useIntlLocale } from '../../common/useIntlLocale';
import { formatEuros } from '../../domain/money';
import type { FigureKind } from './types';

/** Writes a figure of a given kind in the UI language. */
export function useKpiFormat(): (kind: FigureKind, value: number) => string {
  const locale = useIntlLocale();
  return (kind, value) => {
    if (kind === 'money') return formatEuros(value, locale);
    if (kind === 'percent') {
      return new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 }).format(
        value,
      );
    }
    if (kind === 'days') {
      return new Intl.NumberFormat(locale, {
        style: 'unit',
        unit: 'day',
        unitDisplay: 'short',
        maximumFractionDigits: 1,
      }).format(value);
    }
    return new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(value);
  };
}
