import type { IncomingMessage, ServerResponse } from 'node:http';

/** How long node may go on reading, and throwing away, a body the answer did not need. */
const LINGER_MS = 5_000;

/**
 * A body left unread (refused before it was read, or cut at the limit) is read and thrown away by
 * node once the answer is sent, so that the client, still sending, reads the answer rather than a
 * reset. Not for long: an endless upload loses its connection after LINGER_MS.
 */
function closeIfStillUnread(req: IncomingMessage): void {
  if (req.complete) return;
  const timer = setTimeout(() => req.socket.destroy(), LINGER_MS).unref();
  req.once('end', () => clearTimeout(timer));
}

/** Writes a whole answer. */
export function send(
  req: IncomingMessage,
  res: ServerResponse,
  status: number,
  headers: Record<string, string>,
  body: string | Buffer = '',
): void {
  res.statusCode = status;
  for (const [name, value] of Object.entries(headers)) res.setHeader(name, value);
  res.once('finish', () => closeIfStillUnread(req));
  res.end(body);
}

export function sendJson(
  req: IncomingMessage,
  res: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): void {
  const type = { 'Content-Type': 'application/json; charset=utf-8' };
  send(req, res, status, { ...type, ...headers }, JSON.stringify(body));
}
