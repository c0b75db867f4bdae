import { Box, Skeleton } from '@mui/material';
import { useTranslate } from 'react-admin';
import { CARDS } from './cards';
import { KpiCard } from './KpiCard';
import { listPath } from '../../common/listPath';
import type { Period } from './period';
import type { KpiReport } from './types';

const GRID = {
  display: 'grid',
  gap: 2,
  gridTemplateColumns: 'repeat(auto-fill, minmax(220px, 1fr))',
} as const;

/** The KPI cards of the period; skeletons while the report loads. */
export const KpiCards = ({ report, period }: { report?: KpiReport; period: Period }) => {
  const translate = useTranslate();
  if (!report) {
    return (
      <Box sx={GRID}>
        {CARDS.map(({ id }) => (
          <Skeleton key={id} variant="rounded" height={112} />
        ))}
      </Box>
    );
  }
  return (
    <Box component="ul" sx={{ ...GRID, listStyle: 'none', p: 0, m: 0 }}>
      {CARDS.map(({ id, kind, better, value, compare, link }) => {
        const target = link?.(period);
        return (
          <li key={id}>
            <KpiCard
              label={translate(`app.kpi.cards.${id}`)}
              kind={kind}
              better={better}
              value={value(report.totals, report.open)}
              previous={compare ? value(report.previous, report.open) : undefined}
              to={target && listPath(target.resource, target.filter)}
            />
          </li>
        );
      })}
    </Box>
  );
};
