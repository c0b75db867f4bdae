import type { IncomingMessage, ServerResponse } from 'node:http';
import { ALLOW } from './bridge';
import { send } from './respond';

const ALLOWED_HEADERS = 'Authorization, Content-Type, Accept, Accept-Language, Idempotency-Key';

/**
 * Cross-origin calls from the allowed origins only, and never with credentials (the API takes a
 * bearer token, not cookies). Preflights are answered here; a refused origin gets no CORS header.
 */
export function cors(allowedOrigins: string[]) {
  return (req: IncomingMessage, res: ServerResponse, next: () => void): void => {
    const { origin } = req.headers;
    const allowed = origin !== undefined && allowedOrigins.includes(origin);
    res.setHeader('Vary', 'Origin');
    if (allowed) {
      res.setHeader('Access-Control-Allow-Origin', origin);
      res.setHeader('Access-Control-Expose-Headers', 'Content-Range');
    }
    if (req.method !== 'OPTIONS') return next();
    const preflight: Record<string, string> = allowed
      ? {
          'Access-Control-Allow-Methods': 'GET, POST, PUT, DELETE',
          'Access-Control-Allow-Headers': ALLOWED_HEADERS,
          'Access-Control-Max-Age': '600',
        }
      : {};
    send(req, res, 204, { Allow: ALLOW, ...preflight });
  };
}
