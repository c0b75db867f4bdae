import { RESOURCES, type Database, type Id, type ResourceName } from '../src/domain/types';
import type { Store } from './core/store';

/** One record a transaction wrote: its new state, or null when it was deleted. */
export type JournalOp = [resource: ResourceName, id: Id, record: object | null];

/** Where the journal and the database go: files, or nowhere for the in-memory `large` scale. */
export interface JournalSink {
  /** Appends whole lines and resolves once they are on disk. */
  append(text: string): Promise<void>;
  /**
   * Durably makes the snapshot the database. `snapshot` must be called at once, before any
   * await: the fold relies on it being the state of the moment it was asked for.
   */
  saveDatabase(snapshot: () => Database): Promise<void>;
  /** Durably makes `text` the whole journal. */
  replace(text: string): Promise<void>;
  close(): Promise<void>;
}

/** The `large` scale's sink: the same path as the files, but nothing is kept. */
export const keepNothing: JournalSink = {
  append: async () => {},
  saveDatabase: async () => {},
  replace: async () => {},
  close: async () => {},
};

/** A fold starts once the journal holds this many transactions, or this long after a write. */
const FOLD_AFTER_LINES = 1000;
const FOLD_AFTER_IDLE_MS = 5000;

export interface JournalOptions {
  /** Lines already in the journal (replayed at start), folded with the next fold. */
  lines?: string[];
  /** A write to the journal failed: the memory holds what the disk may not. */
  onFailure: (error: unknown) => void;
}

/**
 * Every committed transaction as one line of JSON, appended and fsynced before its answer leaves
 * (one line per transaction: a torn write loses a whole transaction, never half of one). Writers
 * waiting together share one write and one fsync. A fold makes a snapshot the database and keeps
 * in the journal only the lines written after that snapshot.
 */
export class Journal {
  /** The journal's content since the last fold: the first `written` lines are on disk. */
  private lines: string[];
  private written: number;
  private ops: JournalOp[] = [];
  /** The sink's appends and rewrites, one at a time, in order. */
  private queue: Promise<void> = Promise.resolve();
  private pendingFlush: Promise<void> | null = null;
  private folding: Promise<void> | null = null;
  private idleTimer: NodeJS.Timeout | undefined;
  private failure: { error: unknown } | null = null;
  private closed = false;

  constructor(
    private readonly store: Store,
    private readonly sink: JournalSink,
    private readonly options: JournalOptions,
  ) {
    this.lines = [...(options.lines ?? [])];
    this.written = this.lines.length;
    store.onRecordChange((resource, before, after) => {
      const id = ((after ?? before) as { id: Id }).id;
      this.ops.push([resource, id, (after as object | undefined) ?? null]);
    });
    store.onChange(() => this.commit());
  }

  /** Resolves once every transaction committed so far is on disk; rejects if it cannot be. */
  durable(): Promise<void> {
    if (this.failure) return Promise.reject(this.failure.error);
    if (this.closed) return Promise.reject(new Error('the mock API is stopping'));
    if (this.written === this.lines.length) return Promise.resolve();
    this.pendingFlush ??= this.enqueue(() => {
      this.pendingFlush = null;
      return this.flush();
    });
    return this.pendingFlush;
  }

  /** Writes the database and empties the journal of what it now holds. */
  fold(): Promise<void> {
    this.folding ??= this.foldNow().finally(() => (this.folding = null));
    return this.folding;
  }

  /** The last fold, then the files are closed: for a clean stop. */
  async close(): Promise<void> {
    this.closed = true;
    clearTimeout(this.idleTimer);
    await this.folding?.catch(() => {});
    await this.foldNow();
    await this.enqueue(() => this.sink.close());
  }

  private commit(): void {
    this.lines.push(`${JSON.stringify(this.ops)}\n`);
    this.ops = [];
    if (this.closed) return;
    clearTimeout(this.idleTimer);
    if (this.lines.length >= FOLD_AFTER_LINES) this.foldInBackground();
    else this.idleTimer = setTimeout(() => this.foldInBackground(), FOLD_AFTER_IDLE_MS).unref();
  }

  private foldInBackground(): void {
    this.fold().catch((error: unknown) => {
      console.error('Mock API: fold failed, the journal still holds every write:', error);
    });
  }

  private async foldNow(): Promise<void> {
    if (this.lines.length === 0) return;
    const mark = this.lines.length;
    await this.sink.saveDatabase(() => this.store.snapshot());
    await this.enqueue(async () => {
      const end = this.lines.length;
      await this.sink.replace(this.lines.slice(mark, end).join(''));
      this.lines = this.lines.slice(mark);
      this.written = end - mark;
    });
  }

  private async flush(): Promise<void> {
    const end = this.lines.length;
    if (this.written === end) return;
    await this.sink.append(this.lines.slice(this.written, end).join(''));
    this.written = end;
  }

  private enqueue(task: () => Promise<void>): Promise<void> {
    const run = this.queue.then(() => {
      if (this.failure) throw this.failure.error;
      return task();
    });
    this.queue = run.catch((error: unknown) => {
      if (this.failure) return;
      this.failure = { error };
      this.options.onFailure(error);
    });
    return run;
  }
}

function isOp(value: unknown): value is JournalOp {
  if (!Array.isArray(value) || value.length !== 3) return false;
  const [resource, id, record] = value as unknown[];
  return (
    RESOURCES.includes(resource as ResourceName) &&
    Number.isSafeInteger(id) &&
    typeof record === 'object'
  );
}

function parseLine(text: string): JournalOp[] | null {
  try {
    const ops: unknown = JSON.parse(text);
    return Array.isArray(ops) && ops.every(isOp) ? ops : null;
  } catch {
    return null;
  }
}

export interface JournalContent {
  transactions: JournalOp[][];
  /** The lines kept, each with its newline. */
  lines: string[];
  /** Bytes of the file that hold those lines; what follows is torn and is cut off. */
  validBytes: number;
}

/**
 * The transactions of a journal file, in order. It stops at the first line that is unfinished or
 * does not parse: a write torn by a crash. Nothing after it was acknowledged, since each answer
 * waited for an fsync covering everything before it.
 */
export function readJournal(content: Buffer): JournalContent {
  const found: JournalContent = { transactions: [], lines: [], validBytes: 0 };
  for (let start = 0; start < content.length;) {
    const end = content.indexOf(0x0a, start);
    if (end === -1) break;
    const line = content.toString('utf8', start, end);
    const ops = parseLine(line);
    if (!ops) break;
    found.transactions.push(ops);
    found.lines.push(`${line}\n`);
    found.validBytes = start = end + 1;
  }
  return found;
}

/** Applies the journal's transactions to the store loaded from the database, in order. */
export function replay(store: Store, transactions: JournalOp[][]): void {
  for (const ops of transactions) {
    for (const [resource, id, record] of ops) {
      if (record) store.put(resource, record as Parameters<Store['put']>[1]);
      else store.remove(resource, id);
    }
  }
}
