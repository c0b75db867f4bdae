import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, stopServer, type RunningServer } from '../tests/support/serverProcess';
import { readJournal } from './journal';

const NOW = '2026-11-25T09:00:00.000Z';
const ROUNDS = 8;
/** Writers at once: half change a customer's phone (each its own), half open boutiques. */
const WRITERS = 8;

interface Acknowledged {
  customers: Map<number, { version: number; phone: string }>;
  stores: Map<number, string>;
}

async function signIn(apiUrl: string): Promise<string> {
  const res = await fetch(`${apiUrl}/auth/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ email: 'admin@kaporal.test', password: 'kaporal' }),
  });
  if (res.status !== 200) throw new Error(`sign-in answered ${res.status}`);
  return ((await res.json()) as { token: string }).token;
}

/** The admin's requests to one server; a refused connection (the server killed) throws. */
function client(apiUrl: string, token: string) {
  return async <T>(method: string, url: string, body?: unknown) => {
    const res = await fetch(`${apiUrl}${url}`, {
      method,
      headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    return { status: res.status, body: (await res.json()) as T };
  };
}
type Client = ReturnType<typeof client>;
type Customer = { id: number; version: number; phone: string };

/** Writes until the server goes away; each write answered 2xx is recorded as acknowledged. */
/** A stopping server's answer to a request that came too late: nothing was written. */
class ServerStopping extends Error {}

function refusal(method: string, status: number): Error {
  return status === 503 ? new ServerStopping() : new Error(`${method} answered ${status}`);
}

async function writeUntilKilled(api: Client, writer: number, round: number, acked: Acknowledged) {
  try {
    if (writer % 2 === 0) {
      const id = writer / 2 + 1;
      let { version } = (await api<Customer>('GET', `/customers/${id}`)).body;
      for (let n = 0; ; n += 1) {
        const phone = `06 ${round} ${writer} ${n}`;
        const res = await api<Customer>('PUT', `/customers/${id}`, { phone, version });
        if (res.status !== 200) throw refusal('PUT', res.status);
        version = res.body.version;
        acked.customers.set(id, { version, phone });
      }
    }
    for (let n = 0; ; n += 1) {
      const name = `Kaporal durable ${round}-${writer}-${n}`;
      const res = await api<{ id: number }>('POST', '/stores', {
        name,
        city: 'Lyon',
        postcode: '69002',
        address: '1 rue de la République',
        phone: '04 78 00 00 00',
        email: `durable-${round}-${writer}-${n}@kaporal.test`,
      });
      if (res.status !== 201) throw refusal('POST', res.status);
      acked.stores.set(res.body.id, name);
    }
  } catch (error) {
    if (error instanceof ServerStopping) return; // answered 503: refused, nothing kept
    if (!(error instanceof TypeError)) throw error; // fetch failed: the server is gone
  }
}

/** Every acknowledged write is there, at its version or a later one, and every record whole. */
async function expectKept(api: Client, acked: Acknowledged): Promise<void> {
  const customers = (await api<Customer[]>('GET', '/customers')).body;
  const fields = Object.keys(customers[0]).sort();
  for (const customer of customers) expect(Object.keys(customer).sort()).toEqual(fields);
  for (const [id, { version, phone }] of acked.customers) {
    const kept = customers.find((c) => c.id === id)!;
    expect(kept.version).toBeGreaterThanOrEqual(version);
    if (kept.version === version) expect(kept.phone).toBe(phone);
  }
  const stores = (await api<{ id: number; name: string }[]>('GET', '/stores')).body;
  const names = new Map(stores.map((s) => [s.id, s.name]));
  for (const [id, name] of acked.stores) expect(names.get(id)).toBe(name);
}

/** What a killed server left: a database that parses, a journal whole but for a torn end. */
async function expectFilesReadable(dbPath: string): Promise<void> {
  JSON.parse(await readFile(dbPath, 'utf8'));
  const journal = await readFile(`${dbPath}.journal`);
  const { validBytes } = readJournal(journal);
  expect(journal.subarray(validBytes).includes(0x0a)).toBe(false);
}

const acknowledgedCount = (acked: Acknowledged) => acked.customers.size + acked.stores.size;

describe('the mock API keeps every write it acknowledged', () => {
  let dir: string;
  let dbPath: string;
  let server: RunningServer | undefined;

  beforeAll(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'kaporal-durable-'));
    dbPath = path.join(dir, 'db.json');
  });

  afterAll(async () => {
    if (server) await stopServer(server.child, 'SIGKILL');
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it('through a SIGKILL at a random moment of a stream of writes', async () => {
    const acked: Acknowledged = { customers: new Map(), stores: new Map() };
    for (let round = 1; round <= ROUNDS; round += 1) {
      server = await startServer(dbPath, NOW);
      const api = client(server.apiUrl, await signIn(server.apiUrl));
      await expectKept(api, acked);

      const killAfter = acknowledgedCount(acked) + 10 + Math.floor(Math.random() * 90);
      const writers = Array.from({ length: WRITERS }, (_, writer) =>
        writeUntilKilled(api, writer, round, acked),
      );
      const killed = (async () => {
        while (acknowledgedCount(acked) < killAfter) await new Promise((r) => setImmediate(r));
        await stopServer(server!.child, 'SIGKILL');
      })();
      await Promise.all([killed, ...writers]);
      await expectFilesReadable(dbPath);
    }
    server = await startServer(dbPath, NOW);
    await expectKept(client(server.apiUrl, await signIn(server.apiUrl)), acked);
    await stopServer(server.child);
  });

  it('through a clean stop (SIGTERM) in the middle of writes, leaving no temporary file', async () => {
    const acked: Acknowledged = { customers: new Map(), stores: new Map() };
    server = await startServer(dbPath, NOW);
    const api = client(server.apiUrl, await signIn(server.apiUrl));
    const writers = Array.from({ length: WRITERS }, (_, writer) =>
      writeUntilKilled(api, writer, 0, acked),
    );
    while (acknowledgedCount(acked) < 30) await new Promise((r) => setImmediate(r));
    const stopped = await stopServer(server.child);
    await Promise.all(writers);

    expect(stopped.code).toBe(0);
    expect((await readdir(dir)).filter((name) => name.endsWith('.tmp'))).toEqual([]);
    expect((await readFile(`${dbPath}.journal`)).length).toBe(0);
    server = await startServer(dbPath, NOW);
    await expectKept(client(server.apiUrl, await signIn(server.apiUrl)), acked);
    await stopServer(server.child);
  });
});
