import { createServer, type RequestListener, type Server, type ServerResponse } from 'node:http';
import { ApiError } from './core/errors';
import { errorBody, langOf } from './core/messages';
import { readConfig } from './config';
import { openDurableApi } from './durableApi';
import { createApp } from './http/app';
import type { Journal } from './journal';
import { DEMO_ACCOUNTS, generationReport } from './startupMessages';

/**
 * Node's 16 KiB would answer 431 to a list of a few thousand ids (`filter={"id":[…]}`) before the
 * API could read it.
 */
const MAX_HEADER_BYTES = 64 * 1024;

/** How long a clean stop waits for the requests under way (a slow upload) before cutting them. */
const STOP_GRACE_MS = 10_000;

/**
 * The requests under way. Once the server stops, each answer closes its connection, so that a
 * client cannot keep the server busy with new requests on a kept-alive connection; a request that
 * still comes in is answered 503 without reaching the API: it could not be made durable.
 */
function trackRequests() {
  const underWay = new Set<ServerResponse>();
  let stopping = false;
  let onIdle: (() => void) | undefined;
  const closeAfter = (res: ServerResponse) => {
    if (!res.headersSent) res.setHeader('Connection', 'close');
  };
  return {
    gate:
      (app: RequestListener): RequestListener =>
      (req, res) => {
        underWay.add(res);
        res.once('close', () => {
          underWay.delete(res);
          if (underWay.size === 0) onIdle?.();
        });
        if (!stopping) return app(req, res);
        closeAfter(res);
        const lang = langOf(req.headers['accept-language'] ?? null);
        res.writeHead(503, {
          'Content-Type': 'application/json; charset=utf-8',
          'Retry-After': '5',
        });
        res.end(JSON.stringify(errorBody(new ApiError(503, 'serverStopping'), lang)));
      },
    /** Resolves once no request is under way. */
    drain: () => {
      stopping = true;
      underWay.forEach(closeAfter);
      return new Promise<void>((resolve) => (underWay.size === 0 ? resolve() : (onIdle = resolve)));
    },
  };
}

interface Running {
  server: Server;
  journal: Journal;
  requests: ReturnType<typeof trackRequests>;
}

/** Stop accepting, let the requests under way finish, fold the journal into the database. */
async function stop({ server, journal, requests }: Running): Promise<void> {
  server.close();
  const grace = setTimeout(() => server.closeAllConnections(), STOP_GRACE_MS).unref();
  await requests.drain();
  clearTimeout(grace);
  await journal.close();
}

/**
 * SIGTERM or SIGINT (Ctrl-C, which may arrive twice under `npm run dev`: from the terminal and
 * from the script) stops the server cleanly and exits 0, once it has started if it is starting.
 */
function stopOnSignals(): (running: Running) => void {
  let running: Running | undefined;
  let signalled = false;
  const stopAndExit = (what: Running) => {
    stop(what).then(
      () => process.exit(0),
      (error: unknown) => {
        console.error('Mock API: the clean stop failed; the journal keeps every write.', error);
        process.exit(1);
      },
    );
  };
  for (const signal of ['SIGTERM', 'SIGINT'] as const) {
    process.on(signal, () => {
      if (signalled) return;
      signalled = true;
      console.log(`Mock API: ${signal}, stopping`);
      if (running) stopAndExit(running);
    });
  }
  return (started) => {
    running = started;
    if (signalled) stopAndExit(started);
  };
}

async function main(): Promise<void> {
  // A last net only: each request's errors are answered where they happen.
  process.on('unhandledRejection', (reason) => console.error('Mock API: unhandled', reason));
  process.on('uncaughtException', (error) => console.error('Mock API: uncaught', error));
  const started = stopOnSignals();
  const config = readConfig();
  const quiet = process.env.MOCK_QUIET === '1';
  const report = quiet ? undefined : generationReport(process.stdout, config);
  const { handle, journal, warmUp } = await openDurableApi(config, report);
  report?.finished();
  warmUp();
  const requests = trackRequests();
  const server = createServer(
    { maxHeaderSize: MAX_HEADER_BYTES },
    requests.gate(createApp(handle, config) as RequestListener),
  );
  server.listen(config.port, '127.0.0.1', () => {
    const url = `http://127.0.0.1:${config.port}/api`;
    // Printed even when quiet: the tests and the benchmark wait for this line.
    console.log(`Mock API (${config.scale}) listening on ${url}`);
    if (!quiet) console.log(DEMO_ACCOUNTS);
    // `npm run dev` (scripts/dev.mjs) starts the app once told; an error means it has gone.
    process.send?.({ listening: url }, undefined, undefined, () => undefined);
  });
  started({ server, journal, requests });
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
