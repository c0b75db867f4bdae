import { setupWorker } from 'msw/browser';
import { clockFrom, createMockApi } from './createMockApi';
import { createHandlers } from './msw/handlers';
import { generateDatabase } from './seed';

/** The server-less demo: the same contract, served by a service worker over a seeded dataset. */
export async function startDemoWorker(): Promise<void> {
  const now = new Date().toISOString();
  const db = await generateDatabase({ seed: 42, scale: 'small', now });
  const { handle } = createMockApi(db, clockFrom(undefined));
  await setupWorker(...createHandlers(handle)).start({
    serviceWorker: { url: `${import.meta.env.BASE_URL}mockServiceWorker.js` },
    onUnhandledRequest: 'bypass',
    quiet: true,
  });
}
