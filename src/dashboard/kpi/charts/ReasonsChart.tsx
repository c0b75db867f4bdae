import { useTheme } from '@mui/material';
import { useTranslate } from 'react-admin';
import { Bar, BarChart, CartesianGrid, Tooltip, XAxis, YAxis } from 'recharts';
import type { KpiReport } from '../types';
import { ChartCard } from './ChartCard';
import { ChartFrame } from './ChartFrame';
import type { Column } from './columns';

interface Row {
  name: string;
  units: number;
}

/** Units returned by reason, the most frequent first. */
export const ReasonsChart = ({ report }: { report: KpiReport }) => {
  const translate = useTranslate();
  const { palette } = useTheme();
  const rows: Row[] = report.breakdowns.byReason
    .map(({ reason, units }) => ({
      name: translate(`enums.returnReason.${reason}`, { _: reason }),
      units,
    }))
    .sort((a, b) => b.units - a.units);
  const columns: Column<Row>[] = [
    { label: translate('app.kpi.charts.reason'), kind: 'text', value: (row) => row.name },
    { label: translate('app.kpi.charts.units_returned'), kind: 'count', value: (row) => row.units },
  ];
  return (
    <ChartCard
      id="return-reasons"
      title={translate('app.kpi.charts.by_reason')}
      columns={columns}
      rows={rows}
    >
      <ChartFrame>
        <BarChart data={rows} layout="vertical" margin={{ left: 48 }}>
          <CartesianGrid strokeDasharray="3 3" />
          <XAxis type="number" allowDecimals={false} />
          <YAxis type="category" dataKey="name" width={140} />
          <Tooltip isAnimationActive={false} />
          <Bar
            isAnimationActive={false}
            dataKey="units"
            name={translate('app.kpi.charts.units_returned')}
            fill={palette.secondary.main}
          />
        </BarChart>
      </ChartFrame>
    </ChartCard>
  );
};
