import { useTheme } from '@mui/material';
import { useTranslate } from 'react-admin';
import { Bar, BarChart, CartesianGrid, Tooltip, XAxis, YAxis } from 'recharts';
import type { KpiReport } from '../types';
import { useKpiFormat } from '../useKpiFormat';
import { ChartCard } from './ChartCard';
import { ChartFrame } from './ChartFrame';
import type { Column } from './columns';

type Row = KpiReport['breakdowns']['byDepartment'][number] & { name: string };

/** Units returned over units delivered, by department. */
export const DepartmentChart = ({ report }: { report: KpiReport }) => {
  const translate = useTranslate();
  const format = useKpiFormat();
  const { palette } = useTheme();
  const rows: Row[] = report.breakdowns.byDepartment.map((row) => ({
    ...row,
    name: translate(`enums.department.${row.department}`, { _: translate('app.kpi.unknown') }),
  }));
  const columns: Column<Row>[] = [
    { label: translate('app.kpi.charts.department'), kind: 'text', value: (row) => row.name },
    {
      label: translate('app.kpi.charts.units_delivered'),
      kind: 'count',
      value: (row) => row.unitsDelivered,
    },
    {
      label: translate('app.kpi.charts.units_returned'),
      kind: 'count',
      value: (row) => row.unitsReturned,
    },
    {
      label: translate('app.kpi.cards.returnRate'),
      kind: 'percent',
      value: (row) => row.returnRate,
    },
  ];
  const percent = (value: number) => format('percent', value);
  return (
    <ChartCard
      id="return-rate-by-department"
      title={translate('app.kpi.charts.by_department')}
      columns={columns}
      rows={rows}
    >
      <ChartFrame>
        <BarChart data={rows}>
          <CartesianGrid strokeDasharray="3 3" />
          <XAxis dataKey="name" />
          <YAxis tickFormatter={percent} />
          <Tooltip isAnimationActive={false} formatter={(value) => percent(Number(value))} />
          <Bar
            isAnimationActive={false}
            dataKey="returnRate"
            name={translate('app.kpi.cards.returnRate')}
            fill={palette.primary.main}
          />
        </BarChart>
      </ChartFrame>
    </ChartCard>
  );
};
