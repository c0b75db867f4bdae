import { ApiError, badRequest } from './errors';
import type { Body } from './resource';
import { isObject, nestsWithin } from './validate';

/** 1 MiB: far above any form of the back office, far below what could exhaust the server. */
export const MAX_BODY_BYTES = 1024 * 1024;

const JSON_TYPE = /^application\/(?:[\w.+-]+\+)?json\s*(?:;|$)/i;

/** Reads at most `limit` bytes: a longer body is refused (413) without reading the rest. */
async function readLimited(request: Request, limit: number): Promise<string> {
  const declared = Number(request.headers.get('Content-Length') ?? 0);
  if (declared > limit) throw new ApiError(413, 'bodyTooLarge', { max: limit });
  if (!request.body) return '';
  const reader = request.body.getReader();
  const decoder = new TextDecoder();
  let received = 0;
  let text = '';
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return text + decoder.decode();
    received += value.byteLength;
    if (received > limit) {
      void reader.cancel();
      throw new ApiError(413, 'bodyTooLarge', { max: limit });
    }
    text += decoder.decode(value, { stream: true });
  }
}

/** A JSON object, within the size and nesting limits; anything else is refused before any change. */
export async function readBody(request: Request, limit = MAX_BODY_BYTES): Promise<Body> {
  if (!JSON_TYPE.test(request.headers.get('Content-Type') ?? '')) {
    throw new ApiError(415, 'notJson');
  }
  let body: unknown;
  try {
    body = JSON.parse(await readLimited(request, limit));
  } catch (error) {
    if (error instanceof ApiError) throw error;
    throw badRequest('malformedJson');
  }
  if (!isObject(body)) throw badRequest('malformedJson');
  if (!nestsWithin(body)) throw badRequest('tooDeep');
  return body;
}

const FORM_TYPE = /^application\/x-www-form-urlencoded\s*(?:;|$)/i;

/** A body posted by a web page's own form (URL-encoded fields) or by its script (JSON). */
export async function readFormBody(request: Request, limit = MAX_BODY_BYTES): Promise<Body> {
  if (!FORM_TYPE.test(request.headers.get('Content-Type') ?? '')) return readBody(request, limit);
  return Object.fromEntries(new URLSearchParams(await readLimited(request, limit)));
}
