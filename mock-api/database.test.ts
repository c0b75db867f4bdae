import { spawn } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readConfig } from './config';
import { journalPath, regenerate, removeStaleTemporaries } from './database';

const ORDERS = 300_000;
/** A child process rewrites a large database in a loop, announcing its first complete write. */
const WRITER = `
import { writeAtomically } from './mock-api/database.ts';
const file = process.argv[1];
const orders = Array.from({ length: ${ORDERS} }, (_, i) => ({ id: i + 1, note: 'x'.repeat(40) }));
for (let round = 1; ; round += 1) {
  await writeAtomically(file, JSON.stringify({ round, orders }));
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
  });

  it('loses the temporary files a crash left, its own only', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'kaporal-db-'));
    const names = ['db.json', 'db.json.123.tmp', 'db.json.journal.456.tmp', 'other.json.7.tmp'];
    for (const name of names) await writeFile(path.join(dir, name), '');
    await removeStaleTemporaries(path.join(dir, 'db.json'));
    expect((await readdir(dir)).sort()).toEqual(['db.json', 'other.json.7.tmp']);
    await rm(dir, { recursive: true, force: true });
  });

  it('drops the journal of the previous dataset when it is regenerated', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'kaporal-db-'));
    const config = readConfig({ MOCK_DB: path.join(dir, 'db.json'), MOCK_SCALE: 'small' });
    await writeFile(journalPath(config.dbPath), '[["customers",1,null]]\n');
    await regenerate(config);
    expect(await readdir(dir)).toEqual(['db.json']);
    await rm(dir, { recursive: true, force: true });
  });
});
