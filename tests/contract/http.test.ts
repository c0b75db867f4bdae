import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe } from 'vitest';
import { TEST_NOW } from '../support/mockApi';
import { startServer, stopServer, type RunningServer } from '../support/serverProcess';
import { contractSuite } from './suite';
import type { ContractTarget } from './support';

/** The same contract against the real HTTP server (json-server hosting), over the same data. */
describe('contract over HTTP', () => {
  let dir: string;
  let dbPath: string;
  let server: RunningServer | undefined;
  let target: ContractTarget;

  async function restartAt(now: string): Promise<ContractTarget> {
    if (server) await stopServer(server.child);
    server = await startServer(dbPath, now);
    target = { apiUrl: server.apiUrl, restartAt };
    return target;
  }

  beforeAll(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'kaporal-contract-'));
    dbPath = path.join(dir, 'db.json');
    server = await startServer(dbPath, TEST_NOW);
    target = { apiUrl: server.apiUrl, restartAt };
  });

  afterAll(async () => {
    if (server) await stopServer(server.child);
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  contractSuite(() => target);
});
