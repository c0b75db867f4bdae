import { useSearchParams } from 'react-router-dom';
import { parisDate } from '../../domain/dates';
import type { KpiGrouping } from '../../providers/dataProvider';
import { periodFromSearch, type Period, type Preset } from './period';

/** What the picker changes; without `groupBy`, the period gets the grouping that suits it. */
export interface PeriodChoice {
  preset: Preset;
  from?: string;
  to?: string;
  groupBy?: KpiGrouping;
}

/** The period of the dashboard, kept in the query string so that a link reproduces the view. */
export function usePeriod(): [Period, (choice: PeriodChoice) => void] {
  const [search, setSearch] = useSearchParams();
  const period = periodFromSearch(search, parisDate(new Date().toISOString()));
  const choose = ({ preset, from, to, groupBy }: PeriodChoice) => {
    const next = new URLSearchParams({ period: preset });
    if (preset === 'custom' && from && to) {
      next.set('from', from);
      next.set('to', to);
    }
    if (groupBy) next.set('groupBy', groupBy);
    setSearch(next);
  };
  return [period, choose];
}
