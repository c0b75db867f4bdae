import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort, signalGroup, stopServer } from '../support/serverProcess';

/** Bounds how long a broken start takes to say so; nothing waits for it to pass. */
const STARTUP_LIMIT_MS = 180_000;

// eslint-disable-next-line no-control-regex
const ANSI = /\x1b\[[0-9;]*m/g;
const stripAnsi = (text: string) => text.replace(ANSI, '');

interface DevRun {
  child: ChildProcess;
  /** What it printed on stdout so far. */
  output: () => string;
  /** Resolves once stdout matches; rejects if the script exits first. */
  printed: (pattern: RegExp) => Promise<RegExpMatchArray>;
  exited: Promise<number | null>;
}

/** `npm run dev` as a terminal runs it: its own process group, which Ctrl-C signals whole. */
function runDev(env: Record<string, string>, args: string[] = []): DevRun {
  const child = spawn(process.execPath, ['scripts/dev.mjs', ...args], {
    env: { ...process.env, MOCK_SCALE: 'small', MOCK_SEED: '42', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  let output = '';
  let errors = '';
  // Vite colours its lines wherever CI is set (picocolors): what a reader sees is matched.
  child.stdout!.on('data', (chunk: Buffer) => (output += stripAnsi(chunk.toString())));
  child.stderr!.on('data', (chunk: Buffer) => (errors += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
  const orphanGuard = () => signalGroup(child, 'SIGKILL');
  process.once('exit', orphanGuard);
  child.once('exit', () => process.off('exit', orphanGuard));
  const printed = (pattern: RegExp) =>
    new Promise<RegExpMatchArray>((resolve, reject) => {
      const limit = setTimeout(() => {
        signalGroup(child, 'SIGKILL');
        reject(new Error(`never printed ${pattern}:\n${output}\n${errors}`));
      }, STARTUP_LIMIT_MS);
      const check = () => {
        const match = output.match(pattern);
        if (!match) return;
        clearTimeout(limit);
        child.stdout!.off('data', check);
        resolve(match);
      };
      child.stdout!.on('data', check);
      child.once('exit', () => {
        clearTimeout(limit);
        reject(new Error(`exited before printing ${pattern}:\n${output}\n${errors}`));
      });
      check();
    });
  return { child, output: () => output, printed, exited };
}

describe('npm run dev', () => {
  let dir: string;
  let dev: DevRun;
  let apiPort: number;
  let appUrl: string;

  beforeAll(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'kaporal-dev-'));
    apiPort = await freePort();
    const vitePort = await freePort();
    const env = { PORT: String(apiPort), MOCK_DB: path.join(dir, 'db.json') };
    dev = runDev(env, ['--port', String(vitePort), '--strictPort']);
    [, appUrl] = await dev.printed(/Local:\s+(http:\/\/\S+)/);
  });

  afterAll(async () => {
    if (dev) await stopServer(dev.child, 'SIGKILL');
    await rm(dir, { recursive: true, force: true });
  });

  it('says what it generates, then where the API listens and who to sign in as, then starts the app', () => {
    const said = [
      'Generating the demo data (seed 42, scale small): users 0/5…',
      `Demo data generated in`,
      `Mock API (small) listening on http://127.0.0.1:${apiPort}/api`,
      'Demo accounts, password "kaporal": admin@kaporal.test, manager@kaporal.test',
      'VITE',
    ].map((text) => dev.output().indexOf(text));
    expect(said.every((at) => at >= 0)).toBe(true);
    expect(said).toEqual([...said].sort((a, b) => a - b));
  });

  it("answers the app's first request through Vite's proxy", async () => {
    const response = await fetch(new URL('api/products', appUrl));
    expect(response.status).toBe(401);
    expect(await response.json()).toMatchObject({ errors: {} });
  });

  it('stops the app and the API on Ctrl-C, once the API has stopped cleanly', async () => {
    signalGroup(dev.child, 'SIGINT');
    expect(await dev.exited).toBe(0);
    expect(dev.output()).toContain('Mock API: SIGINT, stopping');
    expect(existsSync(path.join(dir, 'db.json'))).toBe(true);
  });
});

it('starts no app when the API cannot start, and exits with its code', async () => {
  const dev = runDev({ MOCK_SCALE: 'huge' });
  expect(await dev.exited).toBe(1);
  expect(dev.output()).not.toContain('VITE');
});
