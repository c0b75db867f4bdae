import { Box } from '@mui/material';
import type { Period } from '../period';
import type { KpiReport } from '../types';
import { CarrierChart } from './CarrierChart';
import { ContactReasonsChart } from './ContactReasonsChart';
import { DaysChart } from './DaysChart';
import { DepartmentChart } from './DepartmentChart';
import { ReasonsChart } from './ReasonsChart';
import { RefundsPromiseChart } from './RefundsPromiseChart';
import { ReservationsChart } from './ReservationsChart';
import { SalesPeriodChart } from './SalesPeriodChart';

/** Every chart of the dashboard: loaded lazily, with recharts, after the cards. */
const KpiCharts = ({ report, period }: { report: KpiReport; period: Period }) => (
  <Box
    data-charts-ready="true"
    sx={{ display: 'grid', gap: 2, gridTemplateColumns: 'repeat(auto-fill, minmax(420px, 1fr))' }}
  >
    <RefundsPromiseChart report={report} period={period} />
    <DepartmentChart report={report} />
    <ReasonsChart report={report} />
    <CarrierChart report={report} />
    <DaysChart report={report} />
    <SalesPeriodChart report={report} />
    <ReservationsChart report={report} />
    <ContactReasonsChart report={report} />
  </Box>
);

export default KpiCharts;
