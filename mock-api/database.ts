import { existsSync, renameSync, writeFileSync } from 'node:fs';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Database } from '../src/domain/types';
import type { MockConfig } from './config';
import { generateDatabase } from './seed';

/** Temporary file then rename: a kill -9 mid-write leaves the previous, readable database. */
export async function writeAtomically(file: string, db: Database): Promise<void> {
  await mkdir(path.dirname(file), { recursive: true });
  const temporary = `${file}.${process.pid}.tmp`;
  await writeFile(temporary, JSON.stringify(db));
  await rename(temporary, file);
}

/** The `large` scale lives in memory only: V8 cannot hold its JSON text as one string. */
export function persists(config: MockConfig): boolean {
  return config.scale !== 'large';
}

export async function loadDatabase(config: MockConfig): Promise<Database> {
  if (persists(config) && existsSync(config.dbPath)) {
    return JSON.parse(await readFile(config.dbPath, 'utf8')) as Database;
  }
  return regenerate(config);
}

export async function regenerate(config: MockConfig): Promise<Database> {
  const now = config.now ? new Date(config.now).toISOString() : new Date().toISOString();
  const db = await generateDatabase({ seed: config.seed, scale: config.scale, now });
  if (persists(config)) await writeAtomically(config.dbPath, db);
  return db;
}

/**
 * Coalesces writes: at most one in flight, and one more if anything changed meanwhile. `onChange`
 * goes to the store; `flushNow` writes what is pending before the process exits.
 */
export function persistence(file: string, snapshot: () => Database) {
  let writing = false;
  let dirty = false;
  const flush = async (): Promise<void> => {
    writing = true;
    dirty = false;
    try {
      await writeAtomically(file, snapshot());
    } finally {
      writing = false;
      if (dirty) void flush();
    }
  };
  return {
    onChange: () => {
      dirty = true;
      if (!writing) setTimeout(() => !writing && dirty && void flush(), 50);
    },
    flushNow: () => {
      if (!dirty && !writing) return;
      const temporary = `${file}.${process.pid}.exit.tmp`;
      writeFileSync(temporary, JSON.stringify(snapshot()));
      renameSync(temporary, file);
    },
  };
}
