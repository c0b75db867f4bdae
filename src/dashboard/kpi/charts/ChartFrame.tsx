import { useTheme } from '@mui/material';
import type { ReactElement } from 'react';
import { ResponsiveContainer } from 'recharts';
import { formatParisDate } from '../../../domain/dates';
import { useIntlLocale } from '../../../common/useIntlLocale';

const HEIGHT = 280;

/** A chart as wide as its card; a first size before it is measured (and where it never is). */
export const ChartFrame = ({ children }: { children: ReactElement }) => (
  <ResponsiveContainer
    width="100%"
    height={HEIGHT}
    initialDimension={{ width: 600, height: HEIGHT }}
  >
    {children}
  </ResponsiveContainer>
);

/** Colours of the theme for the series of a chart, in order. */
export function useSeriesColours(): string[] {
  const { palette } = useTheme();
  return [palette.primary, palette.secondary, palette.success, palette.error, palette.info].map(
    ({ main }) => main,
  );
}

/** The name of a group of days: the date of its first day. */
export function usePeriodName(): (day: string) => string {
  const locale = useIntlLocale();
  return (day) => formatParisDate(day, locale);
}
