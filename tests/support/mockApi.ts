import { setupServer } from 'msw/node';
import type { Database } from '../../src/domain/types';
import { clockFrom, createMockApi } from '../../mock-api/createMockApi';
import { createHandlers } from '../../mock-api/msw/handlers';
import { generateDatabase } from '../../mock-api/seed';
import type { Store } from '../../mock-api/core/store';

/** The fixed clock of the test datasets. */
export const TEST_NOW = '2026-11-25T09:00:00.000Z';
export const TEST_API_URL = 'http://kaporal.test/api';

const generated = new Map<string, Promise<Database>>();

/** The `small` dataset for a clock, generated once per test file and copied for each server. */
export async function smallDataset(now = TEST_NOW): Promise<Database> {
  if (!generated.has(now)) generated.set(now, generateDatabase({ seed: 42, scale: 'small', now }));
  return structuredClone(await generated.get(now)!);
}

/** The mock API behind msw, over a fresh copy of the `small` dataset. */
export async function startMockApi(options: { now?: string } = {}) {
  const now = options.now ?? TEST_NOW;
  const { handle, store } = createMockApi(await smallDataset(now), clockFrom(now));
  const server = setupServer(...createHandlers(handle));
  server.listen({ onUnhandledRequest: 'error' });
  return { apiUrl: TEST_API_URL, store: store as Store, close: () => server.close() };
}
