import type { Database } from '../src/domain/types';
import { createApi, type ApiHandler, type ApiOptions } from './core/api';
import { Store } from './core/store';
import { KpiIndex } from './kpis';
import { resources } from './resources';

export interface MockApi {
  handle: ApiHandler;
  store: Store;
  /** Builds the KPI aggregates now rather than on the first KPI request. */
  warmUp: () => void;
}

/** The one implementation of the contract, shared by the HTTP server, msw in tests and the demo. */
export function createMockApi(
  db: Database,
  clock: () => string,
  options: Pick<ApiOptions, 'durable' | 'security' | 'maxBodyBytes'> = {},
): MockApi {
  const store = new Store(db);
  let index: KpiIndex | undefined;
  const kpiIndex = () => (index ??= new KpiIndex(store));
  return {
    handle: createApi({ store, resources, clock, kpiIndex, ...options }),
    store,
    warmUp: () => void kpiIndex(),
  };
}

/** MOCK_NOW fixes the clock; without it the server lives in real time. */
export function clockFrom(fixedNow: string | undefined): () => string {
  if (!fixedNow) return () => new Date().toISOString();
  const iso = new Date(fixedNow).toISOString();
  return () => iso;
}
