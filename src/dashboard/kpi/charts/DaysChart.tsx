import { useTheme } from '@mui/material';
import { useTranslate } from 'react-admin';
import { Bar, BarChart, CartesianGrid, Tooltip, XAxis, YAxis } from 'recharts';
import type { KpiReport } from '../types';
import { ChartCard } from './ChartCard';
import { ChartFrame } from './ChartFrame';
import type { Column } from './columns';

type Row = KpiReport['breakdowns']['daysDistribution'][number];

/** How many orders were delivered in 1, 2, 3… days after they were placed. */
export const DaysChart = ({ report }: { report: KpiReport }) => {
  const translate = useTranslate();
  const { palette } = useTheme();
  const rows = report.breakdowns.daysDistribution;
  const columns: Column<Row>[] = [
    { label: translate('app.kpi.charts.days'), kind: 'text', value: (row) => row.days },
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
          <XAxis dataKey="days" />
          <YAxis allowDecimals={false} />
          <Tooltip />
          <Bar
            dataKey="orders"
            name={translate('app.kpi.charts.orders')}
            fill={palette.primary.main}
          />
        </BarChart>
      </ChartFrame>
    </ChartCard>
  );
};
