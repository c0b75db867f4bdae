import { startOfParisDay, addParisDays } from '../../src/domain/dates';
import { badRequest } from './errors';
import { nestsWithin } from './validate';

/** `date` is an ISO timestamp, `day` a date without time (YYYY-MM-DD). */
export type FieldKind = 'id' | 'string' | 'enum' | 'number' | 'date' | 'day' | 'boolean';
/** A filter the resource computes itself (derived facts such as "late" or "overdue"). */
export type Predicate<T> = (record: T, value: unknown, now: string) => boolean;
export type FilterSpec<T> = Record<string, FieldKind | Predicate<T>>;

export interface ListQuery {
  filter: Record<string, unknown>;
  sort: [string, 'ASC' | 'DESC'] | null;
  range: [number, number] | null;
}

const OPERATORS = ['_gte', '_lte', '_gt', '_lt', '_neq'] as const;
type Operator = (typeof OPERATORS)[number];
type RangeOperator = Exclude<Operator, '_neq'>;
/** One side of a range, compared with `<`/`>=` to the stored value. */
export interface Bound {
  operator: RangeOperator;
  value: string | number;
}

/** `constructor`, `toString`, `__proto__`…: every object has them, no record has them as fields. */
const inherited = (name: string) => name in Object.prototype;

function parseJsonParam(params: URLSearchParams, name: string): unknown {
  const raw = params.get(name);
  if (raw === null) return undefined;
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    throw badRequest('malformedParam', { param: name });
  }
  if (!nestsWithin(value)) throw badRequest('malformedParam', { param: name });
  return value;
}

export function parseListQuery(params: URLSearchParams): ListQuery {
  const filter = parseJsonParam(params, 'filter') ?? {};
  if (typeof filter !== 'object' || filter === null || Array.isArray(filter)) {
    throw badRequest('malformedParam', { param: 'filter' });
  }
  const sort = parseJsonParam(params, 'sort');
  if (
    sort !== undefined &&
    !(Array.isArray(sort) && typeof sort[0] === 'string' && ['ASC', 'DESC'].includes(sort[1]))
  ) {
    throw badRequest('malformedParam', { param: 'sort' });
  }
  // The app sorts on any column it shows: only names no record can own are refused.
  if (sort && (sort[0] as string).split('.').some(inherited)) {
    throw badRequest('unknownField', { field: sort[0] });
  }
  const range = parseJsonParam(params, 'range');
  if (
    range !== undefined &&
    !(
      Array.isArray(range) &&
      range.length === 2 &&
      range.every((n) => Number.isInteger(n) && n >= 0) &&
      range[0] <= range[1]
    )
  ) {
    throw badRequest('malformedParam', { param: 'range' });
  }
  return {
    filter: filter as Record<string, unknown>,
    sort: (sort as ListQuery['sort']) ?? null,
    range: (range as ListQuery['range']) ?? null,
  };
}

/** The value at a dotted path, through own properties only. */
export function readPath(record: unknown, path: readonly string[]): unknown {
  let value: unknown = record;
  for (const part of path) {
    if (value === null || typeof value !== 'object' || !Object.hasOwn(value, part)) {
      return undefined;
    }
    value = (value as Record<string, unknown>)[part];
  }
  return value;
}

/** Lower case, accents stripped: "Écharpe" and "echarpe" match. */
export function normalizeText(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase();
}

const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;

export function satisfies(actual: unknown, { operator, value }: Bound): boolean {
  const left = actual as string | number;
  if (operator === '_gte') return left >= value;
  if (operator === '_lte') return left <= value;
  if (operator === '_gt') return left > value;
  return left < value;
}

/** A date without time stands for the whole Paris day: `_lte` includes it, `_gt` excludes it. */
function timestampBound(operator: RangeOperator, expected: string): Bound {
  if (!DATE_ONLY.test(expected)) return { operator, value: new Date(expected).toISOString() };
  const start = startOfParisDay(expected);
  if (operator === '_gte' || operator === '_lt') return { operator, value: start };
  const next = addParisDays(start, 1);
  return { operator: operator === '_lte' ? '_lt' : '_gte', value: next };
}

function checkValue(key: string, kind: FieldKind, value: unknown): void {
  const values = Array.isArray(value) ? value : [value];
  const ok = values.every((v) => {
    if (kind === 'id' || kind === 'number') return typeof v === 'number' && Number.isFinite(v);
    if (kind === 'boolean') return typeof v === 'boolean';
    if (kind === 'date' || kind === 'day') {
      return typeof v === 'string' && !Number.isNaN(Date.parse(v));
    }
    return typeof v === 'string' || v === null;
  });
  if (!ok) throw badRequest('badFilterValue', { filter: key });
}

function coerce(kind: FieldKind, value: unknown): unknown {
  if ((kind === 'id' || kind === 'number') && typeof value === 'string' && value.trim() !== '') {
    const n = Number(value);
    return Number.isFinite(n) ? n : value;
  }
  if (kind === 'boolean' && (value === 'true' || value === 'false')) return value === 'true';
  return value;
}

type Test<T> = (record: T) => boolean;

/**
 * One filter key, with what an index can use of it: an equality or a range on a plain field, or
 * the words of a search.
 */
export interface Clause<T> {
  test: Test<T>;
  equals?: { field: string; values: readonly unknown[] };
  range?: { field: string; bound: Bound };
  words?: readonly string[];
}

const EQUALITY_INDEXED: readonly FieldKind[] = ['id', 'enum', 'string'];
const RANGE_INDEXED: readonly FieldKind[] = ['id', 'number', 'date'];

function rangeClause<T>(field: string, kind: FieldKind, operator: Operator, value: unknown) {
  const path = field.split('.');
  if (operator === '_neq') return { test: (record: T) => readPath(record, path) !== value };
  const bound =
    kind === 'date'
      ? timestampBound(operator, value as string)
      : { operator, value: value as string | number };
  const clause: Clause<T> = {
    test: (record) => {
      const actual = readPath(record, path);
      if (actual === null || actual === undefined) return false;
      return satisfies(kind === 'date' ? String(actual) : actual, bound);
    },
  };
  if (path.length === 1 && RANGE_INDEXED.includes(kind)) clause.range = { field, bound };
  return clause;
}

function fieldClause<T>(key: string, spec: FilterSpec<T>, raw: unknown, now: string): Clause<T> {
  const operator = OPERATORS.find((op) => key.endsWith(op));
  const field = operator ? key.slice(0, -operator.length) : key;
  if (!Object.hasOwn(spec, field)) throw badRequest('unknownFilter', { filter: key });
  const kind = spec[field];
  if (typeof kind === 'function') {
    if (operator) throw badRequest('unknownFilter', { filter: key });
    return { test: (record) => kind(record, raw, now) };
  }
  const value = Array.isArray(raw) ? raw.map((v) => coerce(kind, v)) : coerce(kind, raw);
  checkValue(key, kind, value);
  if (operator) {
    if (Array.isArray(value)) throw badRequest('badFilterValue', { filter: key });
    if (operator !== '_neq' && !['number', 'date', 'day', 'id'].includes(kind)) {
      throw badRequest('unknownFilter', { filter: key });
    }
    return rangeClause(field, kind, operator, value);
  }
  const path = field.split('.');
  const values = Array.isArray(value) ? value : [value];
  const wanted = new Set(values);
  const clause: Clause<T> = { test: (record) => wanted.has(readPath(record, path)) };
  if (path.length === 1 && EQUALITY_INDEXED.includes(kind)) {
    clause.equals = { field, values: [...wanted] };
  }
  return clause;
}

function searchClause<T>(value: unknown, searchText: (record: T) => string): Clause<T> {
  if (typeof value !== 'string') throw badRequest('badFilterValue', { filter: 'q' });
  const words = normalizeText(value).split(/\s+/).filter(Boolean);
  return {
    test: (record) => {
      const text = searchText(record);
      return words.every((word) => text.includes(word));
    },
    words,
  };
}

/**
 * Everything a filter needs is worked out here, once per request (values coerced, Paris day
 * bounds computed): testing a record is then plain comparisons.
 */
export function compileFilter<T>(
  filter: Record<string, unknown>,
  spec: FilterSpec<T>,
  searchText: (record: T) => string,
  now: string,
): Clause<T>[] {
  return Object.entries(filter).map(([key, value]) =>
    key === 'q' ? searchClause(value, searchText) : fieldClause(key, spec, value, now),
  );
}

export function allOf<T>(tests: Test<T>[]): Test<T> {
  return (record) => tests.every((test) => test(record));
}
