import { Alert, Skeleton, Stack, Typography } from '@mui/material';
import { lazy, Suspense } from 'react';
import { useTranslate } from 'react-admin';
import { KpiCards } from './KpiCards';
import { PeriodPicker } from './PeriodPicker';
import type { KpiReport } from './types';
import { useIdleAfter } from './useIdleAfter';
import { useKpiReport } from './useKpiReport';
import { usePeriod } from './usePeriod';

const KpiCharts = lazy(() => import('./charts/KpiCharts'));

/** Nothing happened in the period: no return, delivery, reservation, order nor customer request. */
const isEmpty = ({ totals: { refunds, delivery, reservations, sales, service } }: KpiReport) =>
  [
    refunds.returnsCreated,
    refunds.resolved,
    delivery.shipped,
    delivery.delivered,
    reservations.requested,
    reservations.confirmed,
    reservations.collected,
    reservations.expired,
    sales.orders,
    service.received,
  ].every((count) => count === 0);

const ChartsSkeleton = () => <Skeleton variant="rounded" height={360} />;

/** The KPI dashboard of managers and admins: cards, then charts, for a period of the URL. */
export const KpiDashboard = () => {
  const translate = useTranslate();
  const [period, setPeriod] = usePeriod();
  const { data: report, error } = useKpiReport(period);
  // recharts is the heaviest script of the app: the cards come first, the charts when idle.
  const chartsWanted = useIdleAfter(!!report);
  return (
    <Stack spacing={2} sx={{ mt: 2 }} data-dashboard-ready={report ? 'true' : undefined}>
      <Typography variant="h5" component="h2">
        {translate('app.kpi.title')}
      </Typography>
      <PeriodPicker period={period} onChange={setPeriod} />
      {error ? (
        <Alert severity="error">{translate('app.kpi.error')}</Alert>
      ) : (
        <KpiCards report={report} period={period} />
      )}
      {!report || !chartsWanted ? (
        !error && <ChartsSkeleton />
      ) : isEmpty(report) ? (
        <Typography data-charts-ready="true">{translate('app.kpi.empty')}</Typography>
      ) : (
        <Suspense fallback={<ChartsSkeleton />}>
          <KpiCharts report={report} period={period} />
        </Suspense>
      )}
    </Stack>
  );
};
