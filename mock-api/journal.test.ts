import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Database } from '../src/domain/types';
import { Store } from './core/store';
import { Journal, readJournal, replay } from './journal';
import { openJournalFile } from './journalFile';

type Row = { id: number; phone: string };
const customer = (id: number, phone: string) => ({ id, phone }) as never;

function storeOf(rows: Row[] = [customer(1, '01'), customer(2, '02')]): Store {
  return new Store({ customers: rows } as unknown as Database);
}

/** What a request does: records written, then the end of its commit. */
function commit(store: Store, ...rows: Row[]): void {
  for (const row of rows) store.put('customers', row as never);
  store.notifyChange();
}

const phones = (db: Database | Store) =>
  (db instanceof Store ? db.all('customers') : db.customers).map((c) => [c.id, c.phone]);

/** A sink in memory that counts its writes; a database write waits for `gate`. */
function memorySink() {
  const sink = {
    journal: '',
    database: null as Database | null,
    appends: 0,
    gate: Promise.resolve(),
    async append(text: string) {
      sink.appends += 1;
      await Promise.resolve();
      sink.journal += text;
    },
    async saveDatabase(snapshot: () => Database) {
      const db = snapshot();
      await sink.gate;
      sink.database = db;
    },
    async replace(text: string) {
      sink.journal = text;
    },
    close: async () => {},
  };
  return sink;
}

const lines = (...transactions: unknown[]) =>
  transactions.map((ops) => `${JSON.stringify(ops)}\n`).join('');

describe('reading a journal', () => {
  it('stops at a torn final line, unfinished or unreadable', () => {
    const whole = lines([['customers', 1, { id: 1, phone: 'a' }]]);
    for (const torn of ['[["customers",2,{"id":2,"ph', '[["customers",2,{"id"\n']) {
      const content = readJournal(Buffer.from(whole + torn));
      expect(content.transactions).toEqual([[['customers', 1, { id: 1, phone: 'a' }]]]);
      expect(content.lines).toEqual([whole]);
      expect(content.validBytes).toBe(Buffer.byteLength(whole));
    }
  });

  it('replays the transactions in order, deletions included', () => {
    const store = storeOf();
    const { transactions } = readJournal(
      Buffer.from(
        lines(
          [['customers', 1, { id: 1, phone: 'first' }]],
          [
            ['customers', 1, { id: 1, phone: 'second' }],
            ['customers', 3, { id: 3, phone: 'new' }],
          ],
          [['customers', 2, null]],
        ),
      ),
    );
    replay(store, transactions);
    expect(phones(store)).toEqual([
      [1, 'second'],
      [3, 'new'],
    ]);
  });
});

describe('the journal', () => {
  const onFailure = vi.fn();
  afterEach(() => onFailure.mockReset());

  it('writes each transaction as one line, and 50 waiting writers share few writes', async () => {
    const store = storeOf();
    const sink = memorySink();
    const journal = new Journal(store, sink, { onFailure });
    const acknowledged = Array.from({ length: 50 }, (_, i) => {
      commit(store, customer(1, `p${i}`), customer(2, `q${i}`));
      return journal.durable();
    });
    await Promise.all(acknowledged);
    expect(sink.appends).toBeLessThanOrEqual(2);
    const { transactions } = readJournal(Buffer.from(sink.journal));
    expect(transactions).toHaveLength(50);
    expect(transactions[49]).toEqual([
      ['customers', 1, { id: 1, phone: 'p49' }],
      ['customers', 2, { id: 2, phone: 'q49' }],
    ]);
  });

  it('answers at once when nothing waits to be written', async () => {
    const sink = memorySink();
    const journal = new Journal(storeOf(), sink, { onFailure });
    await journal.durable();
    expect(sink.appends).toBe(0);
  });

  it('folds: the snapshot, then only the lines committed after it', async () => {
    const store = storeOf();
    const sink = memorySink();
    const journal = new Journal(store, sink, { onFailure });
    commit(store, customer(1, 'before'));
    await journal.durable();
    let snapshotWritten!: () => void;
    sink.gate = new Promise((resolve) => (snapshotWritten = resolve));
    const folding = journal.fold();
    commit(store, customer(2, 'during'));
    const duringAcknowledged = journal.durable();
    snapshotWritten();
    await Promise.all([folding, duringAcknowledged]);

    expect(phones(sink.database!)).toEqual([
      [1, 'before'],
      [2, '02'],
    ]);
    expect(readJournal(Buffer.from(sink.journal)).transactions).toEqual([
      [['customers', 2, { id: 2, phone: 'during' }]],
    ]);
    const restarted = new Store(sink.database!);
    replay(restarted, readJournal(Buffer.from(sink.journal)).transactions);
    expect(phones(restarted)).toEqual(phones(store));
  });

  it('fails every waiting writer and reports once when the disk refuses a write', async () => {
    const store = storeOf();
    const broken = { ...memorySink(), append: () => Promise.reject(new Error('disk full')) };
    const journal = new Journal(store, broken, { onFailure });
    commit(store, customer(1, 'lost'));
    await expect(journal.durable()).rejects.toThrow('disk full');
    commit(store, customer(1, 'after'));
    await expect(journal.durable()).rejects.toThrow('disk full');
    expect(onFailure).toHaveBeenCalledTimes(1);
  });
});

describe('the journal file', () => {
  it('cuts a torn end off, so the next transaction starts on a line of its own', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'kaporal-journal-'));
    const dbPath = path.join(dir, 'db.json');
    const whole = lines([['customers', 1, { id: 1, phone: 'kept' }]]);
    await writeFile(`${dbPath}.journal`, `${whole}[["customers",1,{"id":1,"pho`);
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});

    const { content, sink } = await openJournalFile(dbPath);
    await sink.append(lines([['customers', 2, { id: 2, phone: 'next' }]]));
    await sink.close();

    expect(content.lines).toEqual([whole]);
    expect(warn).toHaveBeenCalledOnce();
    const { transactions } = readJournal(await readFile(`${dbPath}.journal`));
    expect(transactions.map((ops) => ops[0][2])).toEqual([
      { id: 1, phone: 'kept' },
      { id: 2, phone: 'next' },
    ]);
    warn.mockRestore();
    await rm(dir, { recursive: true, force: true });
  });
});
