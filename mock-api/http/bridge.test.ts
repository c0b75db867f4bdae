import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ApiHandler } from '../core/api';
import { bridge, type ExpressRequest } from './bridge';

let server: Server | undefined;

/** The bridge alone in front of a stand-in handler, as express mounts it under `/api`. */
async function serve(handle: ApiHandler, maxBodyBytes = 1024): Promise<string> {
  const middleware = bridge(handle, maxBodyBytes);
  server = createServer((req, res) =>
    middleware(Object.assign(req, { originalUrl: req.url ?? '/' }) as ExpressRequest, res),
  );
  await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

afterEach(async () => {
  vi.restoreAllMocks();
  await new Promise((resolve) => server?.close(resolve));
  server = undefined;
});

describe('the bridge', () => {
  it('answers an unexpected error with a generic 500, logged without body or token', async () => {
    const logged = vi.spyOn(console, 'error').mockImplementation(() => {});
    const base = await serve(async () => {
      throw new Error('boom');
    });
    const res = await fetch(`${base}/api/customers/7?q=secret`, {
      method: 'PUT',
      headers: { Authorization: 'Bearer s3cr3t-token', 'Accept-Language': 'en' },
      body: '{"phone":"06 12 34 56 78"}',
    });
    expect(res.status).toBe(500);
    expect(await res.json()).toEqual({
      message: 'Unexpected server error: try again, then tell the technical team.',
      code: 'internalError',
      errors: {},
    });
    const log = logged.mock.calls.flat().map(String).join(' ');
    expect(log).toContain('PUT /api/customers/7');
    expect(log).not.toMatch(/s3cr3t|06 12|secret/);
  });

  it('reads nothing the handler does not ask for: its refusal stands, even over the limit', async () => {
    const base = await serve(async () => new Response(null, { status: 401 }));
    const res = await fetch(`${base}/api/stores`, { method: 'POST', body: 'x'.repeat(2048) });
    expect(res.status).toBe(401);
  });

  it('answers 413 when the handler read past the limit, whatever it made of the cut body', async () => {
    const base = await serve(async (request) => {
      await request.text().catch(() => '');
      return new Response('{}', { status: 400 });
    });
    const res = await fetch(`${base}/api/stores`, {
      method: 'POST',
      body: new Blob(['x'.repeat(2048)]).stream(),
      duplex: 'half',
    } as RequestInit);
    expect(res.status).toBe(413);
    expect(await res.json()).toMatchObject({ code: 'bodyTooLarge' });
  });
});
