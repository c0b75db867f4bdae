import type { DataProvider, RaRecord, UpdateParams } from 'react-admin';
import simpleRestProvider from 'ra-data-simple-rest';
import { API_URL } from './apiUrl';
import { createHttpClient, type LocaleGetter } from './httpClient';
import { currentLocale } from './i18n';

export type KpiGrouping = 'day' | 'week' | 'month';

export interface KpiParams {
  /** YYYY-MM-DD */
  from: string;
  /** YYYY-MM-DD */
  to: string;
  groupBy: KpiGrouping;
}

export interface KaporalDataProvider extends DataProvider {
  getKpis<Kpis = unknown>(params: KpiParams): Promise<{ data: Kpis }>;
}

const sameValue = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** The fields that changed, plus the version that was read (the server refuses a stale one). */
function changes({ data, previousData }: UpdateParams): Record<string, unknown> {
  if (!previousData) return data;
  const changed = Object.entries(data).filter(
    ([key, value]) => !sameValue(value, previousData[key]),
  );
  return { ...Object.fromEntries(changed), version: previousData.version };
}

export function createDataProvider(
  apiUrl: string,
  getLocale: LocaleGetter = currentLocale,
): KaporalDataProvider {
  const httpClient = createHttpClient(getLocale);
  const base = simpleRestProvider(apiUrl, httpClient);

  return {
    ...base,
    update: (resource, params) => base.update(resource, { ...params, data: changes(params) }),
    updateMany: async (resource, { ids, data, meta }) => {
      const { data: records } = await base.getMany<RaRecord>(resource, { ids, meta });
      await Promise.all(
        records.map((record) =>
          base.update(resource, {
            id: record.id,
            data: { ...data, version: record.version },
            previousData: record,
            meta,
          }),
        ),
      );
      return { data: ids };
    },
    getKpis: async <Kpis>({ from, to, groupBy }: KpiParams) => {
      const query = new URLSearchParams({ from, to, groupBy });
      const { json } = await httpClient(`${apiUrl}/kpis?${query}`);
      return { data: json as Kpis };
    },
  };
}

export const dataProvider = createDataProvider(API_URL);
