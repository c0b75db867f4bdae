import { spawn } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const ORDERS = 300_000;
/** A child process rewrites a large database in a loop, announcing its first complete write. */
const WRITER = `
import { writeAtomically } from './mock-api/database.ts';
const file = process.argv[1];
const orders = Array.from({ length: ${ORDERS} }, (_, i) => ({ id: i + 1, note: 'x'.repeat(40) }));
for (let round = 1; ; round += 1) {
  await writeAtomically(file, { round, orders });
  if (round === 1) console.log('first write done');
}
`;

/** Resolves as soon as a new write has begun: a temporary file, or the database itself changing. */
async function writeUnderWay(dir: string, file: string, firstWrite: number): Promise<void> {
  for (;;) {
    const names = await readdir(dir);
    if (names.some((name) => name.endsWith('.tmp'))) return;
    if ((await stat(file)).mtimeMs !== firstWrite) return;
  }
}

describe('the mock database file', () => {
  it('stays readable when the server is killed with SIGKILL in the middle of a write', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'kaporal-db-'));
    const file = path.join(dir, 'db.json');
    const writer = spawn(
      process.execPath,
      ['--import', 'tsx', '--input-type=module', '-e', WRITER, file],
      { stdio: ['ignore', 'pipe', 'inherit'] },
    );
    await new Promise<void>((resolve) => writer.stdout.once('data', () => resolve()));
    await writeUnderWay(dir, file, (await stat(file)).mtimeMs);
    writer.kill('SIGKILL');
    await new Promise((resolve) => writer.once('exit', resolve));

    const db = JSON.parse(await readFile(file, 'utf8')) as { round: number; orders: unknown[] };
    expect(db.round).toBeGreaterThanOrEqual(1);
    expect(db.orders).toHaveLength(ORDERS);
    await rm(dir, { recursive: true, force: true });
  }, 60_000);
});
