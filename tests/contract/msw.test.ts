import { setupServer } from 'msw/node';
import { afterAll, beforeAll, describe } from 'vitest';
import { clockFrom, createMockApi } from '../../mock-api/createMockApi';
import type { Store } from '../../mock-api/core/store';
import { createHandlers } from '../../mock-api/msw/handlers';
import { startMockApi, TEST_API_URL } from '../support/mockApi';
import { contractSuite } from './suite';
import type { ContractTarget } from './support';

/** The contract against the mock API behind msw, in process, over a fresh `small` dataset. */
describe('contract over msw', () => {
  let store: Store;
  let close: () => void = () => {};
  let target: ContractTarget;

  /** Same data, another clock: a new API over a copy of what the store holds now. */
  async function restartAt(now: string): Promise<ContractTarget> {
    const data = structuredClone(store.snapshot());
    close();
    const api = createMockApi(data, clockFrom(now));
    const server = setupServer(...createHandlers(api.handle));
    server.listen({ onUnhandledRequest: 'error' });
    store = api.store;
    close = () => server.close();
    target = { apiUrl: TEST_API_URL, restartAt };
    return target;
  }

  beforeAll(async () => {
    const mock = await startMockApi();
    store = mock.store;
    close = mock.close;
    target = { apiUrl: mock.apiUrl, restartAt };
  });

  afterAll(() => close());

  contractSuite(() => target);
});
