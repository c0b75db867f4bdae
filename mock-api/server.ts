import type { IncomingMessage, ServerResponse } from 'node:http';
import path from 'node:path';
import jsonServer from 'json-server';
import { readConfig } from './config';
import { clockFrom, createMockApi } from './createMockApi';
import { loadDatabase, persistence, persists } from './database';

async function readRaw(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

/** Express request in, Fetch Request to the contract handler, Fetch Response back out. */
function bridge(handle: (request: Request) => Promise<Response>) {
  return async (req: IncomingMessage & { originalUrl: string }, res: ServerResponse) => {
    const body = ['GET', 'HEAD'].includes(req.method ?? 'GET')
      ? undefined
      : new Uint8Array(await readRaw(req));
    const headers = new Headers();
    for (const [name, value] of Object.entries(req.headers)) {
      if (typeof value === 'string') headers.set(name, value);
    }
    const url = `http://${req.headers.host ?? 'localhost'}${req.originalUrl}`;
    const response = await handle(new Request(url, { method: req.method, headers, body })).catch(
      () => new Response(JSON.stringify({ message: 'Internal error' }), { status: 500 }),
    );
    response.headers.forEach((value, name) => res.setHeader(name, value));
    res.statusCode = response.status;
    res.end(Buffer.from(await response.arrayBuffer()));
  };
}

async function main(): Promise<void> {
  const config = readConfig();
  const db = await loadDatabase(config);
  const { handle, store, warmUp } = createMockApi(db, clockFrom(config.now));
  warmUp();
  if (persists(config)) {
    const { onChange, flushNow } = persistence(config.dbPath, () => store.snapshot());
    store.onChange(onChange);
    // A write accepted just before a stop (a test restarting the server) must still be on disk.
    for (const signal of ['SIGTERM', 'SIGINT'] as const) {
      process.once(signal, () => {
        flushNow();
        process.exit(0);
      });
    }
  }
  const app = jsonServer.create();
  const staticDir = config.staticDir ?? path.resolve('mock-api/no-static');
  app.use(jsonServer.defaults({ logger: process.env.MOCK_QUIET !== '1', static: staticDir }));
  app.use('/api', bridge(handle));
  app.listen(config.port, '127.0.0.1', () => {
    console.log(`Mock API (${config.scale}) listening on http://127.0.0.1:${config.port}/api`);
  });
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
