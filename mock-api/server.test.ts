import { mkdtemp, rm } from 'node:fs/promises';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startServer, stopServer, type RunningServer } from '../tests/support/serverProcess';

const NOW = '2026-11-25T09:00:00.000Z';
const MIB = 1024 * 1024;
const ALLOWED_ORIGIN = 'http://localhost:5173';

interface RawAnswer {
  status: number;
  headers: Record<string, string>;
  body: string;
}

/** An HTTP/1.1 answer read off a raw socket, its chunked body put back together; null if partial. */
function parseAnswer(raw: Buffer): RawAnswer | null {
  const split = raw.indexOf('\r\n\r\n');
  if (split === -1) return null;
  const [statusLine, ...lines] = raw.toString('latin1', 0, split).split('\r\n');
  const status = Number(statusLine.split(' ')[1]);
  const headers = Object.fromEntries(
    lines.map((line) => {
      const colon = line.indexOf(':');
      return [line.slice(0, colon).toLowerCase(), line.slice(colon + 1).trim()];
    }),
  );
  let rest = raw.subarray(split + 4);
  if (headers['transfer-encoding'] !== 'chunked') {
    const length = Number(headers['content-length'] ?? 0);
    return rest.length < length ? null : { status, headers, body: rest.toString() };
  }
  const parts: Buffer[] = [];
  for (;;) {
    const eol = rest.indexOf('\r\n');
    if (eol === -1) return null;
    const size = parseInt(rest.toString('latin1', 0, eol), 16);
    if (size === 0) return { status, headers, body: Buffer.concat(parts).toString() };
    if (rest.length < eol + 2 + size + 2) return null;
    parts.push(rest.subarray(eol + 2, eol + 2 + size));
    rest = rest.subarray(eol + 2 + size + 2);
  }
}

/** A raw connection: what it sends is up to the test; `answer` resolves once one is read whole. */
function connect(port: number) {
  const socket = net.connect(port, '127.0.0.1');
  // A reset after the answer (the rest of an upload refused) still leaves the answer.
  socket.on('error', () => {});
  let received = Buffer.alloc(0);
  const answer = new Promise<RawAnswer>((resolve, reject) => {
    socket.on('data', (chunk: Buffer) => {
      received = Buffer.concat([received, chunk]);
      const parsed = parseAnswer(received);
      if (parsed) resolve(parsed);
    });
    socket.on('close', () =>
      reject(new Error(`closed without a whole answer: ${JSON.stringify(received.toString())}`)),
    );
  });
  answer.catch(() => {}); // a test that hangs up itself awaits no answer
  const write = (data: string | Buffer) =>
    new Promise<void>((resolve, reject) => socket.write(data, (e) => (e ? reject(e) : resolve())));
  return { socket, answer, write };
}

/** Writes `head` then `body` on a new connection, and reads the answer. */
async function exchange(port: number, head: string, body?: Buffer): Promise<RawAnswer> {
  const { socket, answer, write } = connect(port);
  await write(head);
  if (body) await write(body);
  try {
    return await answer;
  } finally {
    socket.destroy();
  }
}

const head = (requestLine: string, headers: Record<string, string | number>) =>
  `${requestLine}\r\n${Object.entries(headers)
    .map(([name, value]) => `${name}: ${value}\r\n`)
    .join('')}\r\n`;

describe('the HTTP server, whatever the request', () => {
  let dir: string;
  let server: RunningServer;
  let token: string;

  async function signIn(): Promise<Response> {
    return fetch(`${server.apiUrl}/auth/login`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ email: 'admin@kaporal.test', password: 'kaporal' }),
    });
  }

  beforeAll(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'kaporal-server-'));
    server = await startServer(path.join(dir, 'db.json'), NOW);
    token = ((await (await signIn()).json()) as { token: string }).token;
  });

  afterEach(async () => {
    const res = await signIn();
    expect(res.status).toBe(200);
    expect(server.child.exitCode).toBeNull();
  });

  afterAll(async () => {
    if (server) {
      const { code } = await stopServer(server.child);
      expect(code).toBe(0);
      expect(server.output()).not.toMatch(/uncaught|unhandled/i);
    }
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it('answers a request with a malformed Host header: the URL is not built from it', async () => {
    for (const host of ['[::bad', 'exa mple:99999', '%zz']) {
      const answer = await exchange(
        server.port,
        head('GET /api/customers/1 HTTP/1.1', {
          Host: host,
          Authorization: `Bearer ${token}`,
          Connection: 'close',
        }),
      );
      expect(answer.status).toBe(200);
      expect(JSON.parse(answer.body)).toMatchObject({ id: 1 });
    }
  });

  it('refuses a method it does not serve with 405 and the methods it does', async () => {
    const answer = await exchange(
      server.port,
      head('TRACE /api/customers/1 HTTP/1.1', {
        Host: 'localhost',
        'Accept-Language': 'en',
        Connection: 'close',
      }),
    );
    expect(answer.status).toBe(405);
    expect(answer.headers.allow).toBe('GET, POST, PUT, DELETE, OPTIONS');
    expect(JSON.parse(answer.body)).toMatchObject({ message: expect.any(String), errors: {} });
  });

  it('lives on when a client hangs up in the middle of its body', async () => {
    const { socket, write } = connect(server.port);
    await write(
      head('PUT /api/customers/1 HTTP/1.1', {
        Host: 'localhost',
        Authorization: `Bearer ${token}`,
        'Content-Type': 'application/json',
        'Content-Length': 1000,
      }),
    );
    await write('{"phone":"06 00 00 00 00","version":1,"padding":"');
    // Once another request is answered, the server has read this one and waits for the rest.
    expect((await signIn()).status).toBe(200);
    socket.destroy();
  });

  it('refuses a 2 MiB body with 413 before it is sent, once the token is checked', async () => {
    const answer = await exchange(
      server.port,
      head('PUT /api/customers/1 HTTP/1.1', {
        Host: 'localhost',
        Authorization: `Bearer ${token}`,
        'Content-Type': 'application/json',
        'Content-Length': 2 * MIB,
      }),
      Buffer.alloc(64 * 1024, ' '),
    );
    expect(answer.status).toBe(413);
    expect(JSON.parse(answer.body)).toMatchObject({ code: 'bodyTooLarge', errors: {} });
  });

  it('answers a 2 MiB body without a token with 401, without reading it', async () => {
    const answer = await exchange(
      server.port,
      head('PUT /api/customers/1 HTTP/1.1', {
        Host: 'localhost',
        'Content-Type': 'application/json',
        'Content-Length': 2 * MIB,
      }),
      Buffer.alloc(64 * 1024, ' '),
    );
    expect(answer.status).toBe(401);
  });

  it('answers 413 to an upload of no declared length once it passes the limit', async () => {
    const { socket, answer, write } = connect(server.port);
    await write(
      head('PUT /api/customers/1 HTTP/1.1', {
        Host: 'localhost',
        Authorization: `Bearer ${token}`,
        'Content-Type': 'application/json',
        'Transfer-Encoding': 'chunked',
      }),
    );
    // One chunk past the limit, and the upload never ends: the server answers without its end.
    const chunk = ' '.repeat(64 * 1024);
    for (let sent = 0; sent <= MIB; sent += chunk.length) {
      await write(`${chunk.length.toString(16)}\r\n${chunk}\r\n`);
    }
    expect((await answer).status).toBe(413);
    socket.destroy();
  });

  it("reads a list of a few thousand ids, beyond node's 16 KiB of headers", async () => {
    const ids = Array.from({ length: 4000 }, (_, i) => i + 1);
    const filter = encodeURIComponent(JSON.stringify({ id: ids }));
    const res = await fetch(`${server.apiUrl}/stores?filter=${filter}`, {
      headers: { Authorization: `Bearer ${token}` },
    });
    expect(filter.length).toBeGreaterThan(16 * 1024);
    expect(res.status).toBe(200);
  });

  describe('CORS', () => {
    const preflight = (origin: string) =>
      exchange(
        server.port,
        head('OPTIONS /api/customers/1 HTTP/1.1', {
          Host: 'localhost',
          Origin: origin,
          'Access-Control-Request-Method': 'PUT',
          'Access-Control-Request-Headers': 'authorization, content-type',
          Connection: 'close',
        }),
      );

    it('answers the preflight of an allowed origin, without credentials', async () => {
      const answer = await preflight(ALLOWED_ORIGIN);
      expect(answer.status).toBe(204);
      expect(answer.headers['access-control-allow-origin']).toBe(ALLOWED_ORIGIN);
      expect(answer.headers['access-control-allow-methods']).toBe('GET, POST, PUT, DELETE');
      expect(answer.headers['access-control-allow-headers']).toBe(
        'Authorization, Content-Type, Accept, Accept-Language, Idempotency-Key',
      );
      expect(answer.headers).not.toHaveProperty('access-control-allow-credentials');
    });

    it('gives no CORS header to the preflight of another origin', async () => {
      const answer = await preflight('http://evil.test');
      expect(answer.headers).not.toHaveProperty('access-control-allow-origin');
      expect(answer.headers).not.toHaveProperty('access-control-allow-methods');
      expect(answer.headers).not.toHaveProperty('access-control-allow-credentials');
    });

    it('lets an allowed origin read the answer and its Content-Range, not another', async () => {
      const get = (origin: string) =>
        exchange(
          server.port,
          head('GET /api/stores?range=%5B0%2C0%5D HTTP/1.1', {
            Host: 'localhost',
            Origin: origin,
            Authorization: `Bearer ${token}`,
            Connection: 'close',
          }),
        );
      const allowed = await get(ALLOWED_ORIGIN);
      expect(allowed.headers['access-control-allow-origin']).toBe(ALLOWED_ORIGIN);
      expect(allowed.headers['access-control-expose-headers']).toBe('Content-Range');
      const evil = await get('http://evil.test');
      expect(evil.status).toBe(200);
      expect(evil.headers).not.toHaveProperty('access-control-allow-origin');
      expect(evil.headers).not.toHaveProperty('access-control-allow-credentials');
    });
  });
});
