import type { FieldErrors } from './errors';
import { badRequest } from './errors';

/** Field-by-field checks of a request body, collecting every error before refusing. */
export class Checker {
  readonly errors: FieldErrors = {};

  constructor(private readonly body: Record<string, unknown>) {}

  has(field: string): boolean {
    return field in this.body;
  }

  fail(
    field: string,
    key: Parameters<typeof badRequest>[0],
    params?: Record<string, string | number>,
  ) {
    if (!this.errors[field]) this.errors[field] = { key, params };
  }

  string(field: string, { required = true, max = 500 } = {}): string | undefined {
    const value = this.body[field];
    if (value === undefined || value === null || value === '') {
      if (required) this.fail(field, 'required');
      return undefined;
    }
    if (typeof value !== 'string') return void this.fail(field, 'mustBeText');
    if (value.trim() === '' && required) return void this.fail(field, 'required');
    if (value.length > max) return void this.fail(field, 'tooLong', { max });
    return value.trim();
  }

  nullableString(field: string): string | null | undefined {
    const value = this.body[field];
    if (value === null || value === '') return null;
    return this.string(field, { required: false });
  }

  integer(field: string, { min, required = true }: { min?: number; required?: boolean } = {}) {
    const value = this.body[field];
    if (value === undefined || value === null) {
      if (required) this.fail(field, 'required');
      return undefined;
    }
    if (typeof value !== 'number' || !Number.isInteger(value)) {
      return void this.fail(field, 'mustBeInteger');
    }
    if (min !== undefined && value < min) return void this.fail(field, 'tooSmall', { min });
    return value;
  }

  boolean(field: string, { required = true } = {}): boolean | undefined {
    const value = this.body[field];
    if (value === undefined || value === null) {
      if (required) this.fail(field, 'required');
      return undefined;
    }
    if (typeof value !== 'boolean') return void this.fail(field, 'mustBeBoolean');
    return value;
  }

  oneOf<T extends string>(field: string, allowed: readonly T[], { required = true } = {}) {
    const value = this.body[field];
    if (value === undefined || value === null) {
      if (required) this.fail(field, 'required');
      return undefined;
    }
    if (!allowed.includes(value as T)) {
      return void this.fail(field, 'notOneOf', { allowed: allowed.join(', ') });
    }
    return value as T;
  }

  timestamp(field: string, { required = true } = {}): string | null | undefined {
    const value = this.body[field];
    if (value === undefined || value === null) {
      if (required) this.fail(field, 'required');
      return null;
    }
    if (typeof value !== 'string' || Number.isNaN(Date.parse(value))) {
      return void this.fail(field, 'mustBeDate');
    }
    return new Date(value).toISOString();
  }

  day(field: string): string | null | undefined {
    const value = this.body[field];
    if (value === undefined || value === null || value === '') return null;
    // Date.parse alone reads 2026-02-30 as 2 March: a real date reads back unchanged.
    const real =
      typeof value === 'string' &&
      /^\d{4}-\d{2}-\d{2}$/.test(value) &&
      new Date(Date.parse(value) || 0).toISOString().startsWith(value);
    if (!real) return void this.fail(field, 'mustBeDay');
    return value;
  }

  array(field: string, { required = true } = {}): unknown[] | undefined {
    const value = this.body[field];
    if (value === undefined || value === null) {
      if (required) this.fail(field, 'required');
      return undefined;
    }
    if (!Array.isArray(value)) return void this.fail(field, 'mustBeList');
    return value;
  }

  /** Throws 400 when a type or presence check failed: the body is malformed. */
  done(): void {
    const first = Object.values(this.errors)[0];
    if (first) throw badRequest('invalidInput', {}, this.errors);
  }
}

export function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** How deep a request's JSON (body or list parameter) may nest: more is a 400, never a stack overflow. */
export const MAX_JSON_DEPTH = 20;

/** True when `value` nests at most `maxDepth` arrays or objects deep (checked without recursion). */
export function nestsWithin(value: unknown, maxDepth = MAX_JSON_DEPTH): boolean {
  const pending: [unknown, number][] = [[value, 0]];
  while (pending.length > 0) {
    const [current, depth] = pending.pop()!;
    if (current === null || typeof current !== 'object') continue;
    if (depth >= maxDepth) return false;
    for (const child of Object.values(current)) pending.push([child, depth + 1]);
  }
  return true;
}
