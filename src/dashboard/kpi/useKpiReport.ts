import { useQuery } from '@tanstack/react-query';
import { useDataProvider } from 'react-admin';
import type { KaporalDataProvider, KpiParams } from '../../providers/dataProvider';
import type { KpiReport } from './types';

export function useKpiReport({ from, to, groupBy }: KpiParams) {
  const dataProvider = useDataProvider<KaporalDataProvider>();
  return useQuery({
    queryKey: ['kpis', { from, to, groupBy }],
    queryFn: () => dataProvider.getKpis<KpiReport>({ from, to, groupBy }).then(({ data }) => data),
  });
}
