import { spawn } from 'node:child_process';

export interface BenchServer {
  base: string;
  stop: () => void;
}

/**
 * The production build and the mock API on one origin, over the dataset of a scale. `dist` serves
 * another build (e.g. a copy of an earlier one, to compare), over a database file of its own.
 */
export async function startServer(
  scale: string,
  port: number,
  dist = 'dist',
): Promise<BenchServer> {
  const db = dist === 'dist' ? `bench-${scale}` : `bench-${scale}-${port}`;
  const child = spawn('node_modules/.bin/tsx', ['mock-api/server.ts'], {
    env: {
      ...process.env,
      PORT: String(port),
      MOCK_STATIC: dist,
      MOCK_SCALE: scale,
      MOCK_DB: `mock-api/data/${db}.json`,
      MOCK_QUIET: '1',
      NODE_OPTIONS: '--max-old-space-size=12288',
    },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  await new Promise<void>((resolve, reject) => {
    child.stdout.on('data', (chunk: Buffer) => chunk.toString().includes('listening') && resolve());
    child.on('exit', (code) => reject(new Error(`mock API exited with ${code}`)));
  });
  return { base: `http://127.0.0.1:${port}`, stop: () => child.kill('SIGTERM') };
}

export async function signInToken(base: string, email: string): Promise<string> {
  const response = await fetch(`${base}/api/auth/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ email, password: 'kaporal' }),
  });
  return ((await response.json()) as { token: string }).token;
}
