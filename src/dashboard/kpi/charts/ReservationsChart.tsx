import { useTranslate } from 'react-admin';
import { Bar, BarChart, CartesianGrid, Legend, Tooltip, XAxis, YAxis } from 'recharts';
import type { KpiReport } from '../types';
import { ChartCard } from './ChartCard';
import { ChartFrame, usePeriodName, useSeriesColours } from './ChartFrame';
import type { Column } from './columns';

interface Row {
  name: string;
  confirmed: number;
  confirmedInTime: number;
  collected: number;
}

const FIGURES = ['confirmed', 'confirmedInTime', 'collected'] as const;

/** Reservations confirmed, confirmed within 2 hours, and collected, group of days by group. */
export const ReservationsChart = ({ report }: { report: KpiReport }) => {
  const translate = useTranslate();
  const colours = useSeriesColours();
  const periodName = usePeriodName();
  const rows: Row[] = report.series.map(({ period, reservations }) => ({
    name: periodName(period),
    confirmed: reservations.confirmed,
    confirmedInTime: reservations.confirmedInTime,
    collected: reservations.collected,
  }));
  const columns: Column<Row>[] = [
    { label: translate('app.kpi.charts.period'), kind: 'text', value: (row) => row.name },
    ...FIGURES.map((key): Column<Row> => ({
      label: translate(`app.kpi.charts.reservations.${key}`),
      kind: 'count',
      value: (row) => row[key],
    })),
  ];
  return (
    <ChartCard
      id="reservations"
      title={translate('app.kpi.charts.reservations.title')}
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
          {FIGURES.map((key, index) => (
            <Bar
              isAnimationActive={false}
              key={key}
              dataKey={key}
              name={translate(`app.kpi.charts.reservations.${key}`)}
              fill={colours[index]}
            />
          ))}
        </BarChart>
      </ChartFrame>
    </ChartCard>
  );
};
