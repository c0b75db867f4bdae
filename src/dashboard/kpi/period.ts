import type { KpiGrouping, KpiParams } from '../../providers/dataProvider';

export const PRESETS = ['7', '30', '90', 'custom'] as const;
export type Preset = (typeof PRESETS)[number];
export const GROUPINGS: readonly KpiGrouping[] = ['day', 'week', 'month'];

export interface Period extends KpiParams {
  preset: Preset;
}

const DAY_MS = 86_400_000;
const DAY = /^\d{4}-\d{2}-\d{2}$/;

export const addDays = (day: string, days: number) =>
  new Date(Date.parse(day) + days * DAY_MS).toISOString().slice(0, 10);

const lengthOf = (from: string, to: string) => (Date.parse(to) - Date.parse(from)) / DAY_MS + 1;

/** Days for a week, weeks (the brand's promises are reviewed by week) up to six months. */
export function defaultGrouping(from: string, to: string): KpiGrouping {
  const days = lengthOf(from, to);
  if (days <= 14) return 'day';
  return days <= 184 ? 'week' : 'month';
}

const isDay = (value: string | null): value is string => !!value && DAY.test(value);

function withGrouping(search: URLSearchParams, preset: Preset, from: string, to: string): Period {
  const groupBy = search.get('groupBy') as KpiGrouping;
  return {
    preset,
    from,
    to,
    groupBy: GROUPINGS.includes(groupBy) ? groupBy : defaultGrouping(from, to),
  };
}

/**
 * The period of the URL (`period=7|30|90|custom`, `from`, `to`, `groupBy`); the last 30 days to
 * `today` (a Paris date) when it says nothing valid.
 */
export function periodFromSearch(search: URLSearchParams, today: string): Period {
  const asked = search.get('period');
  const from = search.get('from');
  const to = search.get('to');
  if (asked === 'custom' && isDay(from) && isDay(to) && from <= to) {
    return withGrouping(search, 'custom', from, to);
  }
  const preset = asked === '7' || asked === '90' ? asked : '30';
  return withGrouping(search, preset, addDays(today, 1 - Number(preset)), today);
}

/** The last day of the group that starts on `start`, within the period that ends on `to`. */
export function groupEnd(start: string, groupBy: KpiGrouping, to: string): string {
  if (groupBy === 'day') return start;
  const end =
    groupBy === 'week' ? addDays(start, 6) : addDays(`${addDays(start, 31).slice(0, 7)}-01`, -1);
  return end < to ? end : to;
}
