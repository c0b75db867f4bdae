import { open, readFile } from 'node:fs/promises';
import path from 'node:path';
import { journalPath, syncDirectory, writeAtomically, writeDatabase } from './database';
import { readJournal, type JournalContent, type JournalSink } from './journal';

async function readIfExists(file: string): Promise<Buffer> {
  try {
    return await readFile(file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return Buffer.alloc(0);
    throw error;
  }
}

/**
 * The journal next to the database file: what it holds, and the sink that appends to it. A torn
 * end left by a crash is cut off first, so that the next line starts on a line of its own.
 */
export async function openJournalFile(
  dbPath: string,
): Promise<{ content: JournalContent; sink: JournalSink }> {
  const file = journalPath(dbPath);
  const raw = await readIfExists(file);
  const content = readJournal(raw);
  let handle = await open(file, 'a');
  if (content.validBytes < raw.length) {
    console.warn(
      `Mock API: ${raw.length - content.validBytes} bytes torn by a crash cut off the journal`,
    );
    await handle.truncate(content.validBytes);
    await handle.sync();
  }
  await syncDirectory(path.dirname(file));
  return {
    content,
    sink: {
      async append(text) {
        await handle.appendFile(text);
        await handle.datasync();
      },
      saveDatabase: (snapshot) => writeDatabase(dbPath, snapshot()),
      async replace(text) {
        await writeAtomically(file, text);
        await handle.close();
        handle = await open(file, 'a');
      },
      close: () => handle.close(),
    },
  };
}
