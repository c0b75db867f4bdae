import type { Period } from './period';
import type { FigureKind, KpiSections, OpenIssues } from './types';

/** Whether a rise of the figure is good news or bad news. */
export type Better = 'up' | 'down';

export interface CardDef {
  id: string;
  kind: FigureKind;
  better: Better;
  /** The figure of a period; open issues have no previous value. */
  value: (totals: KpiSections, open: OpenIssues) => number | null;
  compare: boolean;
  /** The list the figure counts, for the period shown. */
  link?: (period: Period) => { resource: string; filter: Record<string, unknown> };
}

const between = (field: string, { from, to }: Period) => ({
  [`${field}_gte`]: from,
  [`${field}_lte`]: to,
});

const refundedIn = (period: Period) => ({
  resource: 'returns',
  filter: { status: ['refunded', 'credited'], ...between('refundedAt', period) },
});
const deliveredIn = (period: Period) => ({
  resource: 'orders',
  filter: { status: 'delivered', ...between('deliveredAt', period) },
});
const receivedIn = (period: Period) => ({
  resource: 'contact-requests',
  filter: between('receivedAt', period),
});
const placedIn = (period: Period) => ({
  resource: 'orders',
  filter: { status: ['placed', 'shipped', 'delivered'], ...between('placedAt', period) },
});

export const CARDS: readonly CardDef[] = [
  {
    id: 'returnRate',
    kind: 'percent',
    better: 'down',
    value: (t) => t.refunds.returnRate,
    compare: true,
    link: (period) => ({ resource: 'returns', filter: between('requestedAt', period) }),
  },
  {
    id: 'medianRefundDays',
    kind: 'days',
    better: 'down',
    value: (t) => t.refunds.medianRefundDays,
    compare: true,
    link: refundedIn,
  },
  {
    id: 'withinPromiseShare',
    kind: 'percent',
    better: 'up',
    value: (t) => t.refunds.withinPromiseShare,
    compare: true,
    link: refundedIn,
  },
  {
    id: 'overdueRefunds',
    kind: 'count',
    better: 'down',
    value: (_, open) => open.overdueRefunds,
    compare: false,
    link: () => ({ resource: 'returns', filter: { overdue: true } }),
  },
  {
    id: 'onTimeShare',
    kind: 'percent',
    better: 'up',
    value: (t) => t.delivery.onTimeShare,
    compare: true,
    link: deliveredIn,
  },
  {
    id: 'medianDeliveryDays',
    kind: 'days',
    better: 'down',
    value: (t) => t.delivery.medianDeliveryDays,
    compare: true,
    link: deliveredIn,
  },
  {
    id: 'lateOrdersOpen',
    kind: 'count',
    better: 'down',
    value: (_, open) => open.lateOrdersOpen,
    compare: false,
    link: () => ({ resource: 'orders', filter: { late: true, status: ['placed', 'shipped'] } }),
  },
  {
    id: 'confirmedInTimeShare',
    kind: 'percent',
    better: 'up',
    value: (t) => t.reservations.confirmedInTimeShare,
    compare: true,
    link: (period) => ({ resource: 'reservations', filter: between('confirmedAt', period) }),
  },
  {
    id: 'reservationsPastConfirmBy',
    kind: 'count',
    better: 'down',
    value: (_, open) => open.reservationsPastConfirmBy,
    compare: false,
    link: () => ({ resource: 'reservations', filter: { promiseMissed: true, status: 'pending' } }),
  },
  {
    id: 'pickupRate',
    kind: 'percent',
    better: 'up',
    value: (t) => t.reservations.pickupRate,
    compare: true,
  },
  {
    id: 'contactRequestsReceived',
    kind: 'count',
    // More customers writing in is more often a problem (a late parcel, a fault) than good news.
    better: 'down',
    value: (t) => t.service.received,
    compare: true,
    link: receivedIn,
  },
  {
    id: 'firstReplyWithinPromiseShare',
    kind: 'percent',
    better: 'up',
    value: (t) => t.service.withinPromiseShare,
    compare: true,
  },
  {
    id: 'medianFirstReplyHours',
    kind: 'hours',
    better: 'down',
    value: (t) => t.service.medianFirstReplyHours,
    compare: true,
  },
  {
    id: 'overdueContactRequests',
    kind: 'count',
    better: 'down',
    value: (_, open) => open.overdueContactRequests,
    compare: false,
    link: () => ({ resource: 'contact-requests', filter: { overdue: true } }),
  },
  {
    id: 'revenue',
    kind: 'money',
    better: 'up',
    value: (t) => t.sales.revenueCents,
    compare: true,
    link: placedIn,
  },
  {
    id: 'averageBasket',
    kind: 'money',
    better: 'up',
    value: (t) => t.sales.averageBasketCents,
    compare: true,
    link: placedIn,
  },
];
