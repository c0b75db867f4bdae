import { Box, Skeleton, useTheme } from '@mui/material';
import { startTransition, useEffect, useRef, useState, type ReactElement } from 'react';
import { ResponsiveContainer } from 'recharts';
import { formatParisDate } from '../../../domain/dates';
import { useIntlLocale } from '../../../common/useIntlLocale';
import { queueDraw } from './drawQueue';

const HEIGHT = 280;
/** Where the browser cannot tell what is in view, every chart is drawn at once. */
const canWait = () => typeof IntersectionObserver === 'function';

/**
 * A chart as wide as its card; a first size before it is measured (and where it never is). It is
 * drawn once near the screen, in its turn (one chart per idle moment, as a transition that a click
 * interrupts): until then a placeholder of its size stands in.
 */
export const ChartFrame = ({ children }: { children: ReactElement }) => {
  const frame = useRef<HTMLDivElement>(null);
  const [drawn, setDrawn] = useState(() => !canWait());
  useEffect(() => {
    if (drawn || !frame.current) return;
    let endTurn = () => {};
    const observer = new IntersectionObserver(
      (entries) => {
        if (!entries.some((entry) => entry.isIntersecting)) return;
        observer.disconnect();
        endTurn = queueDraw(() => startTransition(() => setDrawn(true)));
      },
      { rootMargin: '100px' },
    );
    observer.observe(frame.current);
    return () => {
      observer.disconnect();
      endTurn();
    };
  }, [drawn]);
  return (
    <Box ref={frame} data-chart={drawn ? 'drawn' : 'waiting'} sx={{ height: HEIGHT }}>
      {drawn ? (
        <ResponsiveContainer
          width="100%"
          height={HEIGHT}
          initialDimension={{ width: 600, height: HEIGHT }}
        >
          {children}
        </ResponsiveContainer>
      ) : (
        <Skeleton variant="rectangular" height={HEIGHT} />
      )}
    </Box>
  );
};

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
