import { useTheme } from '@mui/material';
import { useTranslate } from 'react-admin';
import { Bar, BarChart, CartesianGrid, Tooltip, XAxis, YAxis } from 'recharts';
import { DELIVERY_DAYS_BUCKETS } from '../../../domain/kpis';
import type { KpiReport } from '../types';
import { ChartCard } from './ChartCard';
import { ChartFrame } from './ChartFrame';
import type { Column } from './columns';

type Row = KpiReport['breakdowns']['daysDistribution'][number] & { name: string };

/** How many orders were delivered in 0, 1, 2… days after they were placed; the last bar, later. */
export const DaysChart = ({ report }: { report: KpiReport }) => {
  const translate = useTranslate();
  const { palette } = useTheme();
  const rows: Row[] = report.breakdowns.daysDistribution.map((row) => ({
    ...row,
    name:
      row.days === DELIVERY_DAYS_BUCKETS - 1
        ? translate('app.kpi.charts.days_or_more', { days: row.days })
        : String(row.days),
  }));
  const columns: Column<Row>[] = [
    { label: translate('app.kpi.charts.days'), kind: 'text', value: (row) => row.name },
    { label: translate('app.kpi.charts.orders'), kind: 'count', value: (row) => row.orders },
  ];
  return (
    <ChartCard
      id="delivery-days"
      title={translate('app.kpi.charts.days_distribution')}
      columns={columns}
      rows={rows}
    >
      <ChartFrame>
        <BarChart data={rows}>
          <CartesianGrid strokeDasharray="3 3" />
          <XAxis dataKey="name" />
          <YAxis allowDecimals={false} />
          <Tooltip isAnimationActive={false} />
          <Bar
            isAnimationActive={false}
            dataKey="orders"
            name={translate('app.kpi.charts.orders')}
            fill={palette.primary.main}
          />
        </BarChart>
      </ChartFrame>
    </ChartCard>
  );
};
