import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useDataProvider } from 'react-admin';
import type { KaporalDataProvider, KpiParams } from '../../providers/dataProvider';
import type { KpiReport } from './types';
import { usePeriod } from './usePeriod';

const kpiQuery = (dataProvider: KaporalDataProvider, { from, to, groupBy }: KpiParams) => ({
  queryKey: ['kpis', { from, to, groupBy }],
  queryFn: () => dataProvider.getKpis<KpiReport>({ from, to, groupBy }).then(({ data }) => data),
});

export function useKpiReport(params: KpiParams) {
  const dataProvider = useDataProvider<KaporalDataProvider>();
  return useQuery(kpiQuery(dataProvider, params));
}

/**
 * Sends the request of the report of the URL's period as soon as the home page renders, while
 * the role is still being read and the dashboard drawn: the cards wait for less.
 */
export function useStartKpiReport(wanted: boolean): void {
  const dataProvider = useDataProvider<KaporalDataProvider>();
  const queryClient = useQueryClient();
  const [period] = usePeriod();
  if (!wanted) return;
  const query = kpiQuery(dataProvider, period);
  if (!queryClient.getQueryState(query.queryKey)) void queryClient.prefetchQuery(query);
}
