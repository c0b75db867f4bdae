import { isFirstReplyOverdue, isUnresolved } from '../src/domain/contactRequests';
import { isLate } from '../src/domain/orders';
import { isRefundOverdue } from '../src/domain/returns';
import { isConfirmPromiseMissed } from '../src/domain/reservations';
import {
  daysOf,
  deliveryBreakdowns,
  deliveryTotals,
  groupStart,
  orderContributions,
  previousPeriod,
  refundBreakdowns,
  refundTotals,
  reservationContributions,
  reservationTotals,
  salesTotals,
  serviceBreakdowns,
  serviceContributions,
  serviceTotals,
  returnContributions,
  type Contribution,
  type Counters,
  GROUP_BY,
  type GroupBy,
  type OrderFacts,
} from '../src/domain/kpis';
import {
  CONTACT_REQUEST_STATUSES,
  type ContactRequest,
  type Order,
  type Reservation,
  type ResourceName,
  type ReturnAuthorisation,
} from '../src/domain/types';
import { badRequest } from './core/errors';
import type { Store } from './core/store';

const UNRESOLVED_REQUESTS = CONTACT_REQUEST_STATUSES.filter(isUnresolved);

/**
 * Per-day counters of every KPI, kept up to date as records are written (running aggregates),
 * so that a report sums at most a few hundred days whatever the number of orders.
 */
export class KpiIndex {
  private readonly days = new Map<string, Counters>();
  private readonly facts: OrderFacts;

  constructor(private readonly store: Store) {
    this.facts = {
      departmentOf: (productId) => store.get('products', productId)?.department,
      klubMembershipsOf: (order) => store.where('klub-members', 'customerId', order.customerId),
    };
    for (const order of store.all('orders')) this.apply(this.contributions('orders', order), 1);
    for (const ret of store.all('returns')) this.apply(this.contributions('returns', ret), 1);
    for (const res of store.all('reservations')) {
      this.apply(this.contributions('reservations', res), 1);
    }
    for (const request of store.all('contact-requests')) {
      this.apply(this.contributions('contact-requests', request), 1);
    }
    store.onRecordChange((resource, before, after) => {
      if (before) this.apply(this.contributions(resource, before), -1);
      if (after) this.apply(this.contributions(resource, after), 1);
    });
  }

  private contributions(resource: ResourceName, record: unknown): Contribution[] {
    if (resource === 'orders') return orderContributions(record as Order, this.facts);
    if (resource === 'returns') {
      return returnContributions(record as ReturnAuthorisation, this.facts.departmentOf);
    }
    if (resource === 'reservations') return reservationContributions(record as Reservation);
    if (resource === 'contact-requests') return serviceContributions(record as ContactRequest);
    return [];
  }

  private apply(contributions: Contribution[], sign: 1 | -1): void {
    for (const [day, key, value] of contributions) {
      let counters = this.days.get(day);
      if (!counters) this.days.set(day, (counters = new Map()));
      counters.set(key, (counters.get(key) ?? 0) + sign * value);
    }
  }

  /** The counters of the days given, summed. */
  sum(days: string[]): Counters {
    const total: Counters = new Map();
    for (const day of days) {
      for (const [key, value] of this.days.get(day) ?? []) {
        total.set(key, (total.get(key) ?? 0) + value);
      }
    }
    return total;
  }

  /** What is wrong right now, whatever the period: only the open records are looked at. */
  openIssues(now: string) {
    const received = this.store.where('returns', 'status', 'received');
    const open = [
      ...this.store.where('orders', 'status', 'placed'),
      ...this.store.where('orders', 'status', 'shipped'),
    ];
    const pending = this.store.where('reservations', 'status', 'pending');
    const unresolved = UNRESOLVED_REQUESTS.flatMap((status) =>
      this.store.where('contact-requests', 'status', status),
    );
    return {
      overdueRefunds: received.filter((r) => isRefundOverdue(r, now)).length,
      lateOrdersOpen: open.filter((o) => isLate(o, now)).length,
      reservationsPastConfirmBy: pending.filter((r) => isConfirmPromiseMissed(r, now)).length,
      overdueContactRequests: unresolved.filter((r) => isFirstReplyOverdue(r, now)).length,
    };
  }
}

function sections(counters: Counters) {
  return {
    refunds: refundTotals(counters),
    delivery: deliveryTotals(counters),
    reservations: reservationTotals(counters),
    sales: salesTotals(counters),
    service: serviceTotals(counters),
  };
}

export interface KpiQuery {
  from: string;
  to: string;
  groupBy: GroupBy;
}

/** The report of MODEL.md: totals, the previous period's totals, a series, and breakdowns. */
export function kpiReport(index: KpiIndex, { from, to, groupBy }: KpiQuery, now: string) {
  const days = daysOf(from, to);
  const previous = previousPeriod(from, to);
  const counters = index.sum(days);
  const previousCounters = index.sum(daysOf(previous.from, previous.to));
  const groups = new Map<string, string[]>();
  for (const day of days) {
    const start = groupStart(day, groupBy);
    groups.set(start, [...(groups.get(start) ?? []), day]);
  }
  return {
    from,
    to,
    groupBy,
    previousPeriod: previous,
    totals: sections(counters),
    previous: sections(previousCounters),
    series: [...groups].map(([period, groupDays]) => {
      const c = index.sum(groupDays);
      return { period, ...sections(c), byCarrier: deliveryBreakdowns(c).byCarrier };
    }),
    breakdowns: {
      ...refundBreakdowns(counters),
      ...deliveryBreakdowns(counters),
      ...serviceBreakdowns(counters),
    },
    open: index.openIssues(now),
  };
}

const MAX_DAYS = 731;
const DAY = /^\d{4}-\d{2}-\d{2}$/;
const DAY_MS = 86_400_000;

/** A real calendar date: `Date.parse` alone takes 2026-02-30 for 2 March. */
function isDay(value: string): boolean {
  const time = Date.parse(value);
  return DAY.test(value) && !Number.isNaN(time) && new Date(time).toISOString().startsWith(value);
}

export function parseKpiQuery(params: URLSearchParams): KpiQuery {
  for (const key of params.keys()) {
    if (!['from', 'to', 'groupBy'].includes(key))
      throw badRequest('unknownFilter', { filter: key });
  }
  const from = params.get('from') ?? '';
  const to = params.get('to') ?? '';
  const groupBy = (params.get('groupBy') ?? 'day') as GroupBy;
  if (!isDay(from)) throw badRequest('malformedParam', { param: 'from' });
  if (!isDay(to) || to < from) throw badRequest('malformedParam', { param: 'to' });
  // Counted, not listed: a period of thousands of years is refused at once.
  if ((Date.parse(to) - Date.parse(from)) / DAY_MS + 1 > MAX_DAYS) {
    throw badRequest('periodTooLong', { max: MAX_DAYS });
  }
  if (!GROUP_BY.includes(groupBy)) throw badRequest('malformedParam', { param: 'groupBy' });
  return { from, to, groupBy };
}

type Report = ReturnType<typeof kpiReport>;

/**
 * A merchandiser reads the catalogue part: sales, and returns by department and reason; not the
 * service part (customer requests are none of their business).
 */
export function catalogueView(report: Report) {
  return {
    from: report.from,
    to: report.to,
    groupBy: report.groupBy,
    previousPeriod: report.previousPeriod,
    totals: { sales: report.totals.sales },
    previous: { sales: report.previous.sales },
    series: report.series.map(({ period, sales }) => ({ period, sales })),
    breakdowns: {
      byDepartment: report.breakdowns.byDepartment,
      byReason: report.breakdowns.byReason,
    },
  };
}
