import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm, stat } from 'node:fs/promises';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe } from 'vitest';
import { TEST_NOW } from '../support/mockApi';
import { contractSuite } from './suite';
import type { ContractTarget } from './support';

const STARTUP_TIMEOUT_MS = 90_000;

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as net.AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}

interface RunningServer {
  child: ChildProcess;
  apiUrl: string;
}

/** `tsx mock-api/server.ts` in its own process group, resolved once it prints "listening". */
async function startServer(dbPath: string, now: string): Promise<RunningServer> {
  const port = await freePort();
  const child = spawn('node_modules/.bin/tsx', ['mock-api/server.ts'], {
    env: {
      ...process.env,
      PORT: String(port),
      MOCK_DB: dbPath,
      MOCK_SCALE: 'small',
      MOCK_SEED: '42',
      MOCK_NOW: now,
      MOCK_QUIET: '1',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  let output = '';
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => {
      void stopServer(child);
      reject(new Error(`the mock API did not start in time:\n${output}`));
    }, STARTUP_TIMEOUT_MS);
    const read = (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes('listening')) {
        clearTimeout(timer);
        resolve();
      }
    };
    child.stdout?.on('data', read);
    child.stderr?.on('data', read);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`the mock API exited (${code}) before listening:\n${output}`));
    });
  });
  // Should the test process end abruptly, the server does not outlive it.
  const orphanGuard = () => killGroup(child);
  process.once('exit', orphanGuard);
  child.once('exit', () => process.off('exit', orphanGuard));
  return { child, apiUrl: `http://127.0.0.1:${port}/api` };
}

function killGroup(child: ChildProcess): boolean {
  if (child.exitCode !== null || child.signalCode !== null || child.pid === undefined) return false;
  try {
    process.kill(-child.pid, 'SIGTERM');
    return true;
  } catch {
    return false;
  }
}

/** SIGTERM to the server's own process group (tsx and the node process it runs). */
async function stopServer(child: ChildProcess): Promise<void> {
  const exited = new Promise((resolve) => child.once('exit', resolve));
  if (killGroup(child)) await exited;
}

/** The server writes its database 50 ms after a change: wait until the file stops changing. */
async function settled(file: string): Promise<void> {
  let last = -1;
  for (let quietChecks = 0; quietChecks < 3;) {
    await new Promise((resolve) => setTimeout(resolve, 100));
    const mtime = (await stat(file)).mtimeMs;
    quietChecks = mtime === last ? quietChecks + 1 : 0;
    last = mtime;
  }
}

/** The same contract against the real HTTP server (json-server hosting), over the same data. */
describe('contract over HTTP', () => {
  let dir: string;
  let dbPath: string;
  let server: RunningServer | undefined;
  let target: ContractTarget;

  async function restartAt(now: string): Promise<ContractTarget> {
    await settled(dbPath);
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
