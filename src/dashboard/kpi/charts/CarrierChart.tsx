import { useTranslate } from 'react-admin';
import { CartesianGrid, Legend, Line, LineChart, Tooltip, XAxis, YAxis } from 'recharts';
import type { KpiReport } from '../types';
import { useKpiFormat } from '../useKpiFormat';
import { ChartCard } from './ChartCard';
import { ChartFrame, usePeriodName, useSeriesColours } from './ChartFrame';
import type { Column } from './columns';

type Row = { name: string } & Record<string, number | null | string>;

/** The on-time delivery share of each carrier, group of days by group of days. */
export const CarrierChart = ({ report }: { report: KpiReport }) => {
  const translate = useTranslate();
  const format = useKpiFormat();
  const colours = useSeriesColours();
  const periodName = usePeriodName();
  const carriers = [
    ...new Set(
      report.series.flatMap(({ byCarrier }) => byCarrier.map(({ carrier }) => String(carrier))),
    ),
  ].sort();
  const rows: Row[] = report.series.map(({ period, byCarrier }) => ({
    ...Object.fromEntries(
      byCarrier.map(({ carrier, onTimeShare }) => [String(carrier), onTimeShare]),
    ),
    name: periodName(period),
  }));
  const columns: Column<Row>[] = [
    { label: translate('app.kpi.charts.period'), kind: 'text', value: (row) => row.name },
    ...carriers.map((carrier): Column<Row> => ({
      label: carrier,
      kind: 'percent',
      value: (row) => (row[carrier] as number | undefined) ?? null,
    })),
  ];
  const percent = (value: number) => format('percent', value);
  return (
    <ChartCard
      id="on-time-by-carrier"
      title={translate('app.kpi.charts.by_carrier')}
      columns={columns}
      rows={carriers.length ? rows : []}
    >
      <ChartFrame>
        <LineChart data={rows}>
          <CartesianGrid strokeDasharray="3 3" />
          <XAxis dataKey="name" />
          <YAxis tickFormatter={percent} domain={[0, 1]} />
          <Tooltip isAnimationActive={false} formatter={(value) => percent(Number(value))} />
          <Legend />
          {carriers.map((carrier, index) => (
            <Line
              isAnimationActive={false}
              key={carrier}
              dataKey={carrier}
              stroke={colours[index % colours.length]}
              connectNulls
            />
          ))}
        </LineChart>
      </ChartFrame>
    </ChartCard>
  );
};
