import type { IncomingMessage, ServerResponse } from 'node:http';
import type { ApiHandler } from '../core/api';
import { ApiError } from '../core/errors';
import { errorBody, langOf, type Lang } from '../core/messages';
import { limitedBody } from './body';
import { send, sendJson } from './respond';

/** What express adds to the request: the URL before `/api` was stripped by the mount. */
export type ExpressRequest = IncomingMessage & { originalUrl: string };

const METHODS = ['GET', 'POST', 'PUT', 'DELETE'];
export const ALLOW = [...METHODS, 'OPTIONS'].join(', ');

/** The URL is never built from the Host header: the client chooses it, and it may not parse. */
const BASE = 'http://localhost';

function headersOf(req: IncomingMessage): Headers {
  const headers = new Headers();
  for (const [name, value] of Object.entries(req.headers)) {
    for (const one of Array.isArray(value) ? value : [value ?? '']) headers.append(name, one);
  }
  return headers;
}

const pathOf = (req: ExpressRequest) => req.originalUrl.split('?')[0].slice(0, 200);

function refuse(req: ExpressRequest, res: ServerResponse, error: ApiError, lang: Lang): void {
  sendJson(
    req,
    res,
    error.status,
    errorBody(error, lang),
    error.status === 405 ? { Allow: ALLOW } : {},
  );
}

async function serve(
  handle: ApiHandler,
  maxBodyBytes: number,
  req: ExpressRequest,
  res: ServerResponse,
  lang: Lang,
): Promise<void> {
  const method = req.method ?? '';
  if (!METHODS.includes(method))
    return refuse(req, res, new ApiError(405, 'methodNotAllowed'), lang);
  let url: URL;
  try {
    url = new URL(req.originalUrl, BASE);
  } catch {
    return refuse(req, res, new ApiError(400, 'unknownRoute', { path: pathOf(req) }), lang);
  }
  const body = method === 'GET' ? undefined : limitedBody(req, maxBodyBytes);
  const init = { method, headers: headersOf(req), body: body?.stream, duplex: 'half' as const };
  const response = await handle(new Request(url, init));
  // The handler answered from a body cut at the limit: only "too large" is true of it.
  if (body?.overflowed() && response.status !== 413) {
    return refuse(req, res, new ApiError(413, 'bodyTooLarge', { max: maxBodyBytes }), lang);
  }
  const headers: Record<string, string> = {};
  response.headers.forEach((value, name) => (headers[name] = value));
  send(req, res, response.status, headers, Buffer.from(await response.arrayBuffer()));
}

/**
 * Express request in, Fetch Request to the contract handler, Fetch Response back out. Whatever
 * the request, it gets an answer or a closed connection; the process goes on.
 */
export function bridge(handle: ApiHandler, maxBodyBytes: number) {
  return (req: ExpressRequest, res: ServerResponse): void => {
    const lang = langOf(req.headers['accept-language'] ?? null);
    serve(handle, maxBodyBytes, req, res, lang).catch((error: unknown) => {
      // The method and path only: the body and the Authorization header stay out of the logs.
      console.error(`Mock API: 500 on ${req.method} ${pathOf(req)}:`, error);
      if (res.headersSent) req.socket.destroy();
      else sendJson(req, res, 500, errorBody(new ApiError(500, 'internalError'), lang));
    });
  };
}
