import { useTheme } from '@mui/material';
import { useTranslate } from 'react-admin';
import { Bar, BarChart, CartesianGrid, Tooltip, XAxis, YAxis } from 'recharts';
import type { KpiReport } from '../types';
import { useKpiFormat } from '../useKpiFormat';
import { ChartCard } from './ChartCard';
import { ChartFrame } from './ChartFrame';
import type { Column } from './columns';

type Row = KpiReport['breakdowns']['byContactReason'][number] & { name: string };

/** What customers write in about: each reason's share of the requests, the most frequent first. */
export const ContactReasonsChart = ({ report }: { report: KpiReport }) => {
  const translate = useTranslate();
  const format = useKpiFormat();
  const { palette } = useTheme();
  const rows: Row[] = report.breakdowns.byContactReason
    .map((row) => ({
      ...row,
      name: translate(`enums.contactReason.${row.reason}`, { _: row.reason }),
    }))
    .sort((a, b) => b.requests - a.requests);
  const columns: Column<Row>[] = [
    { label: translate('app.kpi.charts.reason'), kind: 'text', value: (row) => row.name },
    { label: translate('app.kpi.charts.requests'), kind: 'count', value: (row) => row.requests },
    { label: translate('app.kpi.charts.share'), kind: 'percent', value: (row) => row.share },
  ];
  return (
    <ChartCard
      id="contact-reasons"
      title={translate('app.kpi.charts.by_contact_reason')}
      columns={columns}
      rows={rows}
    >
      <ChartFrame>
        <BarChart data={rows} layout="vertical" margin={{ left: 48 }}>
          <CartesianGrid strokeDasharray="3 3" />
          <XAxis type="number" tickFormatter={(value: number) => format('percent', value)} />
          <YAxis type="category" dataKey="name" width={160} />
          <Tooltip
            isAnimationActive={false}
            formatter={(value) => format('percent', Number(value))}
          />
          <Bar
            isAnimationActive={false}
            dataKey="share"
            name={translate('app.kpi.charts.share')}
            fill={palette.primary.main}
          />
        </BarChart>
      </ChartFrame>
    </ChartCard>
  );
};
