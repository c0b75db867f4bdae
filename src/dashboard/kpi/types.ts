import type {
  deliveryBreakdowns,
  deliveryTotals,
  refundBreakdowns,
  refundTotals,
  reservationTotals,
  salesTotals,
  serviceBreakdowns,
  serviceTotals,
} from '../../domain/kpis';
import type { KpiGrouping } from '../../providers/dataProvider';

/** The totals of one period, as `GET /api/kpis` sends them. */
export interface KpiSections {
  refunds: ReturnType<typeof refundTotals>;
  delivery: ReturnType<typeof deliveryTotals>;
  reservations: ReturnType<typeof reservationTotals>;
  sales: ReturnType<typeof salesTotals>;
  service: ReturnType<typeof serviceTotals>;
}

type DeliveryBreakdowns = ReturnType<typeof deliveryBreakdowns>;

export interface KpiSeriesPoint extends KpiSections {
  /** The first day of the group. */
  period: string;
  byCarrier: DeliveryBreakdowns['byCarrier'];
}

export interface OpenIssues {
  overdueRefunds: number;
  lateOrdersOpen: number;
  reservationsPastConfirmBy: number;
  overdueContactRequests: number;
}

/** The answer of `GET /api/kpis` for a manager or an admin. */
export interface KpiReport {
  from: string;
  to: string;
  groupBy: KpiGrouping;
  previousPeriod: { from: string; to: string };
  totals: KpiSections;
  previous: KpiSections;
  series: KpiSeriesPoint[];
  breakdowns: ReturnType<typeof refundBreakdowns> &
    DeliveryBreakdowns &
    ReturnType<typeof serviceBreakdowns>;
  open: OpenIssues;
}

/** How a figure is written: a share, days, customer-service hours, an amount in cents, a count. */
export type FigureKind = 'percent' | 'days' | 'hours' | 'money' | 'count';
