import { useTranslate } from 'react-admin';
import { Bar, BarChart, CartesianGrid, Legend, Tooltip, XAxis, YAxis } from 'recharts';
import type { KpiReport } from '../types';
import { useKpiFormat } from '../useKpiFormat';
import { ChartCard } from './ChartCard';
import { ChartFrame, useSeriesColours } from './ChartFrame';
import type { Column } from './columns';

type Row = KpiReport['breakdowns']['salesPeriod'][number] & { name: string };

/** Deliveries during the sales against the rest of the time: on-time share and average days. */
export const SalesPeriodChart = ({ report }: { report: KpiReport }) => {
  const translate = useTranslate();
  const format = useKpiFormat();
  const [share, days] = useSeriesColours();
  const rows: Row[] = report.breakdowns.salesPeriod.map((row) => ({
    ...row,
    name: translate(`app.kpi.charts.sales_period.${row.period}`, { _: String(row.period) }),
  }));
  const columns: Column<Row>[] = [
    {
      label: translate('app.kpi.charts.sales_period.label'),
      kind: 'text',
      value: (row) => row.name,
    },
    { label: translate('app.kpi.charts.delivered'), kind: 'count', value: (row) => row.delivered },
    {
      label: translate('app.kpi.cards.onTimeShare'),
      kind: 'percent',
      value: (row) => row.onTimeShare,
    },
    {
      label: translate('app.kpi.charts.average_days'),
      kind: 'days',
      value: (row) => row.averageDays ?? null,
    },
  ];
  return (
    <ChartCard
      id="sales-period"
      title={translate('app.kpi.charts.sales_period.title')}
      columns={columns}
      rows={rows}
    >
      <ChartFrame>
        <BarChart data={rows}>
          <CartesianGrid strokeDasharray="3 3" />
          <XAxis dataKey="name" />
          <YAxis yAxisId="share" tickFormatter={(value: number) => format('percent', value)} />
          <YAxis yAxisId="days" orientation="right" />
          <Tooltip
            isAnimationActive={false}
            formatter={(value, _, item) =>
              format(item.dataKey === 'onTimeShare' ? 'percent' : 'days', Number(value))
            }
          />
          <Legend />
          <Bar
            isAnimationActive={false}
            yAxisId="share"
            dataKey="onTimeShare"
            name={translate('app.kpi.cards.onTimeShare')}
            fill={share}
          />
          <Bar
            isAnimationActive={false}
            yAxisId="days"
            dataKey="averageDays"
            name={translate('app.kpi.charts.average_days')}
            fill={days}
          />
        </BarChart>
      </ChartFrame>
    </ChartCard>
  );
};
