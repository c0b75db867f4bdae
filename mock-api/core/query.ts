import { startOfParisDay, addParisDays } from '../../src/domain/dates';
import { badRequest } from './errors';

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

function parseJsonParam(params: URLSearchParams, name: string): unknown {
  const raw = params.get(name);
  if (raw === null) return undefined;
  try {
    return JSON.parse(raw);
  } catch {
    throw badRequest('malformedParam', { param: name });
  }
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

function readPath(record: unknown, path: string): unknown {
  let value: unknown = record;
  for (const part of path.split('.')) {
    if (value === null || typeof value !== 'object') return undefined;
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

function compareOrdered(left: string | number, operator: Operator, right: string | number) {
  if (operator === '_gte') return left >= right;
  if (operator === '_lte') return left <= right;
  if (operator === '_gt') return left > right;
  return left < right;
}

/** A date without time stands for the whole Paris day: `_lte` includes it, `_gt` excludes it. */
function compareTimestamp(actual: string, operator: Operator, expected: string): boolean {
  if (!DATE_ONLY.test(expected)) {
    return compareOrdered(actual, operator, new Date(expected).toISOString());
  }
  const start = startOfParisDay(expected);
  const next = addParisDays(start, 1);
  if (operator === '_gte') return actual >= start;
  if (operator === '_lt') return actual < start;
  if (operator === '_lte') return actual < next;
  return actual >= next;
}

function compare(actual: unknown, operator: Operator, expected: unknown, kind: FieldKind): boolean {
  if (operator === '_neq') return actual !== expected;
  if (actual === null || actual === undefined) return false;
  if (kind === 'date') return compareTimestamp(String(actual), operator, String(expected));
  return compareOrdered(actual as string | number, operator, expected as string | number);
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

function fieldTest<T>(key: string, spec: FilterSpec<T>, raw: unknown, now: string): Test<T> {
  const operator = OPERATORS.find((op) => key.endsWith(op));
  const field = operator ? key.slice(0, -operator.length) : key;
  const kind = spec[field];
  if (kind === undefined) throw badRequest('unknownFilter', { filter: key });
  if (typeof kind === 'function') {
    if (operator) throw badRequest('unknownFilter', { filter: key });
    return (record) => kind(record, raw, now);
  }
  const value = Array.isArray(raw) ? raw.map((v) => coerce(kind, v)) : coerce(kind, raw);
  checkValue(key, kind, value);
  if (operator) {
    if (Array.isArray(value)) throw badRequest('badFilterValue', { filter: key });
    if (operator !== '_neq' && !['number', 'date', 'day', 'id'].includes(kind)) {
      throw badRequest('unknownFilter', { filter: key });
    }
    return (record) => compare(readPath(record, field), operator, value, kind);
  }
  if (Array.isArray(value)) {
    const wanted = new Set(value);
    return (record) => wanted.has(readPath(record, field));
  }
  return (record) => readPath(record, field) === value;
}

export function buildFilter<T>(
  filter: Record<string, unknown>,
  spec: FilterSpec<T>,
  searchText: (record: T) => string,
  now: string,
): Test<T> {
  const tests: Test<T>[] = [];
  for (const [key, value] of Object.entries(filter)) {
    if (key === 'q') {
      if (typeof value !== 'string') throw badRequest('badFilterValue', { filter: 'q' });
      const words = normalizeText(value).split(/\s+/).filter(Boolean);
      tests.push((record) => {
        const text = searchText(record);
        return words.every((word) => text.includes(word));
      });
      continue;
    }
    tests.push(fieldTest(key, spec, value, now));
  }
  return (record) => tests.every((test) => test(record));
}

/** One collator for every sort: localeCompare with options builds one per comparison. */
const FRENCH_ORDER = new Intl.Collator('fr', { sensitivity: 'base' });

export function sortRecords<T>(records: T[], sort: ListQuery['sort']): T[] {
  if (!sort) return records;
  const [field, order] = sort;
  const direction = order === 'ASC' ? 1 : -1;
  return [...records].sort((a, b) => {
    const x = readPath(a, field);
    const y = readPath(b, field);
    if (x === y) return 0;
    if (x === null || x === undefined) return 1;
    if (y === null || y === undefined) return -1;
    if (typeof x === 'string' && typeof y === 'string') {
      return FRENCH_ORDER.compare(x, y) * direction || (x < y ? -1 : 1) * direction;
    }
    return (x < y ? -1 : 1) * direction;
  });
}
