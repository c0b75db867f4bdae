import type { MessageKey, MessageParams } from './messages';

export type FieldErrors = Record<string, { key: MessageKey; params?: MessageParams }>;

/** A refusal: the status of the contract, a message key, and optional field errors. */
export class ApiError extends Error {
  constructor(
    readonly status: 400 | 401 | 403 | 404 | 405 | 409 | 413 | 415 | 422 | 429 | 500 | 503,
    readonly key: MessageKey,
    readonly params: MessageParams = {},
    readonly fieldErrors: FieldErrors = {},
  ) {
    super(key);
  }
}

export const badRequest = (key: MessageKey, params?: MessageParams, fields?: FieldErrors) =>
  new ApiError(400, key, params, fields);
export const conflict = (key: MessageKey, params?: MessageParams) => new ApiError(409, key, params);
export const refused = (key: MessageKey, params?: MessageParams, fields?: FieldErrors) =>
  new ApiError(422, key, params, fields);

/** Throws a 422 (or the given status) when any field error was collected. */
export function assertNoFieldErrors(fields: FieldErrors, status: 400 | 422 = 422): void {
  const first = Object.values(fields)[0];
  if (first)
    throw new ApiError(status, status === 400 ? 'invalidInput' : first.key, first.params, fields);
}
