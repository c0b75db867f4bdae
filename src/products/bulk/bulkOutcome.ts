import type { Product } from '../../domain/types';

export type BulkResult = 'changed' | 'unchanged' | 'refused';

export interface BulkEntry {
  product: Product;
  result: BulkResult;
  /** Why it was refused, in the server's words, or why nothing needed changing. */
  reason?: string;
}

/** What a refused write says: the field messages first (they name the rule), else the message. */
export function refusalReason(error: unknown): string {
  if (error && typeof error === 'object') {
    const { body, message } = error as {
      body?: { errors?: Record<string, string> };
      message?: string;
    };
    const fieldMessages = Object.values(body?.errors ?? {});
    if (fieldMessages.length) return fieldMessages.join(' ');
    if (message) return message;
  }
  return String(error);
}

export const countOf = (entries: readonly BulkEntry[], result: BulkResult) =>
  entries.filter((entry) => entry.result === result).length;
