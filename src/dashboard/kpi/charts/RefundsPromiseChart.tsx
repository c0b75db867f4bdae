import { useTheme } from '@mui/material';
import { useTranslate } from 'react-admin';
import { useNavigate } from 'react-router-dom';
import { Bar, BarChart, CartesianGrid, Legend, Tooltip, XAxis, YAxis } from 'recharts';
import { listPath } from '../../../common/listPath';
import { groupEnd, type Period } from '../period';
import type { KpiReport } from '../types';
import { ChartCard } from './ChartCard';
import { ChartFrame, usePeriodName } from './ChartFrame';
import type { Column } from './columns';

interface Row {
  period: string;
  name: string;
  within: number;
  beyond: number;
}

/** Refunds of each group of days, within the 14-day promise and beyond; a bar opens them. */
export const RefundsPromiseChart = ({ report, period }: { report: KpiReport; period: Period }) => {
  const translate = useTranslate();
  const { palette } = useTheme();
  const navigate = useNavigate();
  const periodName = usePeriodName();
  const rows: Row[] = report.series.map(({ period: start, refunds }) => ({
    period: start,
    name: periodName(start),
    within: refunds.resolvedWithinPromise,
    beyond: refunds.resolved - refunds.resolvedWithinPromise,
  }));
  const columns: Column<Row>[] = [
    { label: translate('app.kpi.charts.period'), kind: 'text', value: (row) => row.name },
    { label: translate('app.kpi.charts.within'), kind: 'count', value: (row) => row.within },
    { label: translate('app.kpi.charts.beyond'), kind: 'count', value: (row) => row.beyond },
  ];
  const open = (index: number) => {
    const start = rows[index].period;
    const end = groupEnd(start, period.groupBy, period.to);
    navigate(
      listPath('returns', {
        status: ['refunded', 'credited'],
        refundedAt_gte: start,
        refundedAt_lte: end,
      }),
    );
  };
  return (
    <ChartCard
      id="refunds-promise"
      title={translate('app.kpi.charts.refunds_promise')}
      columns={columns}
      rows={rows}
    >
      <ChartFrame>
        <BarChart data={rows}>
          <CartesianGrid strokeDasharray="3 3" />
          <XAxis dataKey="name" />
          <YAxis allowDecimals={false} />
          <Tooltip isAnimationActive={false} />
          <Legend />
          {(['within', 'beyond'] as const).map((key) => (
            <Bar
              isAnimationActive={false}
              key={key}
              dataKey={key}
              stackId="refunds"
              name={translate(`app.kpi.charts.${key}`)}
              fill={key === 'within' ? palette.success.main : palette.error.main}
              cursor="pointer"
              onClick={(_, index) => open(index)}
            />
          ))}
        </BarChart>
      </ChartFrame>
    </ChartCard>
  );
};
