import { spawn, type ChildProcess } from 'node:child_process';
import net from 'node:net';

const STARTUP_TIMEOUT_MS = 90_000;

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as net.AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}

export interface RunningServer {
  child: ChildProcess;
  port: number;
  apiUrl: string;
  /** Everything it printed so far, on stdout and stderr. */
  output: () => string;
}

/** The server could not listen: another process took the free port after it was picked. */
class PortTaken extends Error {}

/**
 * `node --import tsx mock-api/server.ts` over the `small` dataset, in its own process group,
 * resolved once it prints "listening". Another test run, or any client's socket, may take the free
 * port before the server listens on it: then it starts again on another one.
 */
export async function startServer(
  dbPath: string,
  now: string,
  env: Record<string, string> = {},
): Promise<RunningServer> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await startOn(await freePort(), dbPath, now, env);
    } catch (error) {
      if (!(error instanceof PortTaken) || attempt === 5) throw error;
    }
  }
}

async function startOn(
  port: number,
  dbPath: string,
  now: string,
  env: Record<string, string>,
): Promise<RunningServer> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'mock-api/server.ts'], {
    env: {
      ...process.env,
      PORT: String(port),
      MOCK_DB: dbPath,
      MOCK_SCALE: 'small',
      MOCK_SEED: '42',
      MOCK_NOW: now,
      MOCK_QUIET: '1',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => {
      signalGroup(child, 'SIGKILL');
      reject(new Error(`the mock API did not start in time:\n${output}`));
    }, STARTUP_TIMEOUT_MS);
    const listening = () => {
      if (!output.includes('listening')) return;
      clearTimeout(timer);
      resolve();
    };
    child.stdout?.on('data', listening);
    child.stderr?.on('data', listening);
    child.once('exit', (code) => {
      clearTimeout(timer);
      const message = `the mock API exited (${code}) before listening:\n${output}`;
      reject(output.includes('EADDRINUSE') ? new PortTaken(message) : new Error(message));
    });
  });
  // Should the test process end abruptly, the server does not outlive it.
  const orphanGuard = () => signalGroup(child, 'SIGKILL');
  process.once('exit', orphanGuard);
  child.once('exit', () => process.off('exit', orphanGuard));
  return { child, port, apiUrl: `http://127.0.0.1:${port}/api`, output: () => output };
}

/** Sends a signal to the server's whole process group; false when it has already exited. */
export function signalGroup(child: ChildProcess, signal: NodeJS.Signals): boolean {
  if (child.exitCode !== null || child.signalCode !== null || child.pid === undefined) return false;
  try {
    process.kill(-child.pid, signal);
    return true;
  } catch {
    return false;
  }
}

/** Signals the server's process group (SIGTERM: a clean stop) and waits for it to exit. */
export async function stopServer(
  child: ChildProcess,
  signal: NodeJS.Signals = 'SIGTERM',
): Promise<{ code: number | null; signal: NodeJS.Signals | null }> {
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.once('exit', (code, by) => resolve({ code, signal: by })),
  );
  if (!signalGroup(child, signal)) return { code: child.exitCode, signal: child.signalCode };
  return exited;
}
