import type { MockConfig } from './config';
import { clockFrom, createMockApi, type MockApi } from './createMockApi';
import {
  loadDatabase,
  persists,
  regenerate,
  removeStaleTemporaries,
  type GenerationListener,
} from './database';
import { Journal, keepNothing, replay } from './journal';
import { openJournalFile } from './journalFile';

/** The memory no longer matches the disk: carrying on would serve writes that may vanish. */
function journalFailed(error: unknown): never {
  console.error('Mock API: the journal could not be written; stopping.', error);
  process.exit(1);
}

/**
 * The contract handler over the database file with its journal replayed, and the journal that
 * makes each write durable before it is acknowledged. The `large` scale takes the same path with
 * a journal that keeps nothing.
 */
export async function openDurableApi(
  config: MockConfig,
  listener?: GenerationListener,
): Promise<MockApi & { journal: Journal }> {
  let journal: Journal | undefined;
  const options = { durable: () => journal!.durable(), maxBodyBytes: config.maxBodyBytes };
  const clock = clockFrom(config.now);
  if (!persists(config)) {
    console.log('Mock API: large scale: kept in memory only, not written to disk');
    const api = createMockApi(await regenerate(config, listener), clock, options);
    journal = new Journal(api.store, keepNothing, { onFailure: journalFailed });
    return { ...api, journal };
  }
  await removeStaleTemporaries(config.dbPath);
  const api = createMockApi(await loadDatabase(config, listener), clock, options);
  const { content, sink } = await openJournalFile(config.dbPath);
  replay(api.store, content.transactions);
  journal = new Journal(api.store, sink, { lines: content.lines, onFailure: journalFailed });
  await journal.fold();
  return { ...api, journal };
}
