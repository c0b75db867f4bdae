import { existsSync } from 'node:fs';
import { mkdir, open, readdir, readFile, rename, rm } from 'node:fs/promises';
import path from 'node:path';
import type { Database } from '../src/domain/types';
import type { MockConfig } from './config';
import { generateDatabase, type SeedProgress } from './seed';

/** The journal of writes since the database file was last written: `db.json.journal`. */
export const journalPath = (dbPath: string) => `${dbPath}.journal`;

/** Makes a rename or a new file in `dir` survive a power cut (no directory handles on Windows). */
export async function syncDirectory(dir: string): Promise<void> {
  if (process.platform === 'win32') return;
  const handle = await open(dir, 'r');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/**
 * Temporary file, fsync, rename, fsync of the folder: a crash at any moment leaves either the
 * previous file or the new one, whole.
 */
export async function writeAtomically(file: string, text: string): Promise<void> {
  await mkdir(path.dirname(file), { recursive: true });
  const temporary = `${file}.${process.pid}.tmp`;
  const handle = await open(temporary, 'w');
  try {
    await handle.writeFile(text);
    await handle.sync();
  } finally {
    await handle.close();
  }
  await rename(temporary, file);
  await syncDirectory(path.dirname(file));
}

export const writeDatabase = (file: string, db: Database) =>
  writeAtomically(file, JSON.stringify(db));

/** Removes the temporary files of the database and its journal that a crash left behind. */
export async function removeStaleTemporaries(dbPath: string): Promise<void> {
  const dir = path.dirname(dbPath);
  const prefix = `${path.basename(dbPath)}.`;
  const names = await readdir(dir).catch(() => []);
  for (const name of names) {
    if (name.startsWith(prefix) && name.endsWith('.tmp')) await rm(path.join(dir, name));
  }
}

/** The `large` scale lives in memory only: V8 cannot hold its JSON text as one string. */
export function persists(config: MockConfig): boolean {
  return config.scale !== 'large';
}

/** Hears how a generation goes (the server prints it): the seed's progress, then the saving. */
export interface GenerationListener {
  onProgress(progress: SeedProgress): void;
  onSaving(file: string): void;
}

export async function loadDatabase(
  config: MockConfig,
  listener?: GenerationListener,
): Promise<Database> {
  if (persists(config) && existsSync(config.dbPath)) {
    return JSON.parse(await readFile(config.dbPath, 'utf8')) as Database;
  }
  return regenerate(config, listener);
}

/** A new dataset; the journal of the previous one goes first, never to be replayed over it. */
export async function regenerate(
  config: MockConfig,
  listener?: GenerationListener,
): Promise<Database> {
  const now = config.now ? new Date(config.now).toISOString() : new Date().toISOString();
  const { seed, scale } = config;
  const db = await generateDatabase({ seed, scale, now, onProgress: listener?.onProgress });
  if (persists(config)) {
    await rm(journalPath(config.dbPath), { force: true });
    listener?.onSaving(config.dbPath);
    await writeDatabase(config.dbPath, db);
  }
  return db;
}
