import { useIntlLocale } from '../../common/useIntlLocale';
import { formatEuros } from '../../domain/money';
import type { FigureKind } from './types';

const OPTIONS: Record<Exclude<FigureKind, 'money'>, Intl.NumberFormatOptions> = {
  percent: { style: 'percent', maximumFractionDigits: 1 },
  days: { style: 'unit', unit: 'day', unitDisplay: 'short', maximumFractionDigits: 1 },
  hours: { style: 'unit', unit: 'hour', unitDisplay: 'short', maximumFractionDigits: 1 },
  count: { maximumFractionDigits: 1 },
};
const formats = new Map<string, Intl.NumberFormat>();

/** One formatter per locale and kind, made once: a dashboard writes many figures. */
function numberFormat(locale: string, kind: Exclude<FigureKind, 'money'>): Intl.NumberFormat {
  const key = `${locale} ${kind}`;
  let format = formats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(locale, OPTIONS[kind]);
    formats.set(key, format);
  }
  return format;
}

/** Writes a figure of a given kind in the UI language. */
export function useKpiFormat(): (kind: FigureKind, value: number) => string {
  const locale = useIntlLocale();
  return (kind, value) =>
    kind === 'money' ? formatEuros(value, locale) : numberFormat(locale, kind).format(value);
}
