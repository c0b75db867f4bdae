import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { startServer, stopServer } from '../tests/support/serverProcess';
import { TEST_NOW } from '../tests/support/mockApi';
import { generationReport, PLAIN_LINE_EVERY_MS, type Output } from './startupMessages';

/** An output that keeps what is written, and a clock the test moves. */
function capture(isTTY: boolean, columns?: number) {
  const written: string[] = [];
  const out: Output = { isTTY, columns, write: (t) => written.push(t) };
  let now = 0;
  const report = generationReport(out, { seed: 42, scale: 'demo' }, () => now);
  return { written, report, advance: (ms: number) => (now += ms) };
}

describe('what the server says while it generates its data', () => {
  it('rewrites one line on a terminal, then replaces it with how long it took', () => {
    const { written, report, advance } = capture(true, 120);
    report.onProgress({ stage: 'orders', done: 12_000, total: 30_000 });
    report.onSaving(path.resolve('mock-api/data/db.json'));
    advance(3_400);
    report.finished();

    expect(written).toEqual([
      '\rGenerating the demo data (seed 42, scale demo): orders 12,000/30,000…\x1b[K',
      '\rGenerating the demo data (seed 42, scale demo): saving to mock-api/data/db.json…\x1b[K',
      '\r\x1b[KDemo data generated in 3.4 s (seed 42, scale demo), saved to mock-api/data/db.json' +
        ' (npm run api:reset generates it again)\n',
    ]);
  });

  it('cuts the line at the width of the terminal, which would otherwise wrap', () => {
    const { written, report } = capture(true, 40);
    report.onProgress({ stage: 'orders', done: 12_000, total: 30_000 });
    expect(written).toEqual(['\rGenerating the demo data (seed 42, scal\x1b[K']);
  });

  it('writes a plain line now and then in a log', () => {
    const { written, report, advance } = capture(false);
    report.onProgress({ stage: 'users', done: 0, total: 5 });
    advance(PLAIN_LINE_EVERY_MS - 1);
    report.onProgress({ stage: 'orders', done: 1_000, total: 30_000 });
    advance(1);
    report.onProgress({ stage: 'orders', done: 2_000, total: 30_000 });
    report.finished();

    expect(written).toEqual([
      'Generating the demo data (seed 42, scale demo): users 0/5…\n',
      'Generating the demo data (seed 42, scale demo): orders 2,000/30,000…\n',
      'Demo data generated in 5.0 s (seed 42, scale demo)\n',
    ]);
  });

  it('says nothing when the data is read from its file', () => {
    const { written, report } = capture(true);
    report.finished();
    expect(written).toEqual([]);
  });
});

it('MOCK_QUIET=1: the server only says that it listens, even when it generates its data', async () => {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'kaporal-quiet-'));
  const server = await startServer(path.join(dir, 'db.json'), TEST_NOW);
  try {
    expect(server.output()).toBe(`Mock API (small) listening on ${server.apiUrl}\n`);
  } finally {
    await stopServer(server.child);
    await rm(dir, { recursive: true, force: true });
  }
});
