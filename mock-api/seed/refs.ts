import type { Id, Timestamp } from '../../src/domain/types';

/** `CLI-000123`: numbered after the id, as the API numbers the records it creates. */
export function reference(prefix: string, id: Id, digits = 6): string {
  return `${prefix}-${String(id).padStart(digits, '0')}`;
}

/**
 * The pieces as one flat string: concatenation (`+` or a template) would keep a tree of the pieces
 * in memory, which weighs when there are a million orders.
 */
export function flat(...pieces: (string | number)[]): string {
  return pieces.join('');
}

/** `CMD-26-000123`: with the two-digit year of the record's date. */
export function yearlyReference(prefix: string, id: Id, at: Timestamp): string {
  return flat(prefix, '-', at.slice(2, 4), '-', String(id).padStart(6, '0'));
}

/** Lower case, no accents, letters and digits only: for e-mail addresses and sku codes. */
export function slug(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');
}
