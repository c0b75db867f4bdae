import type { Identifier } from 'react-admin';
import { formatParisDate, formatParisDateTime } from '../domain/dates';
import { enumKey, type EnumName } from './enums';

export type CsvCell = string | number | null;

/**
 * How a column writes its value: an amount in cents as euros, a timestamp as a Paris date or date
 * and time, a boolean as yes or no, a resource key as its name, an enumerated value translated, or
 * the id of a record as the list names that record (its reference, a customer's name...). The
 * enumeration and the resource may depend on the row (the audit trail is about every resource).
 */
export type CsvFormat<R> =
  | 'euros'
  | 'date'
  | 'dateTime'
  | 'yesNo'
  | 'resourceName'
  | { enum: EnumName | ((record: R) => EnumName | undefined) }
  | { reference: string | ((record: R) => string) };

export interface CsvColumn<R> {
  /** A message key: the header is written in the UI language. */
  label: string;
  value: (record: R) => unknown;
  /** Written as is when absent. */
  format?: CsvFormat<R>;
}

/** What writing the cells needs from the app. */
export interface CsvContext {
  translate: (key: string, options?: Record<string, unknown>) => string;
  /** Whether the role may read a resource: nothing is written from one it may not. */
  canRead: (resource: string) => boolean;
  /** How the list names a record it points to, once fetched. */
  nameOf: (resource: string, id: Identifier) => string | undefined;
}

/** Spreadsheets read "1234,50" as a number; a currency sign or grouping spaces would make it text. */
const EUROS = new Intl.NumberFormat('fr-FR', {
  minimumFractionDigits: 2,
  maximumFractionDigits: 2,
  useGrouping: false,
});

const referenceOf = <R>(format: CsvFormat<R> | undefined) =>
  typeof format === 'object' && 'reference' in format ? format.reference : undefined;

/** The columns the role may see: a column of a resource it may not read is left out. */
const readableColumns = <R>(columns: readonly CsvColumn<R>[], canRead: (r: string) => boolean) =>
  columns.filter((column) => {
    const reference = referenceOf(column.format);
    return typeof reference !== 'string' || canRead(reference);
  });

/** The ids of the records the rows point to, by resource: those the role may read. */
export function referencedIds<R>(
  columns: readonly CsvColumn<R>[],
  records: readonly R[],
  canRead: (resource: string) => boolean,
): Map<string, Identifier[]> {
  const ids = new Map<string, Set<Identifier>>();
  for (const column of readableColumns(columns, canRead)) {
    const reference = referenceOf(column.format);
    if (!reference) continue;
    for (const record of records) {
      const id = column.value(record) as Identifier | null | undefined;
      const resource = typeof reference === 'string' ? reference : reference(record);
      if (id == null || !canRead(resource)) continue;
      ids.set(resource, (ids.get(resource) ?? new Set()).add(id));
    }
  }
  return new Map([...ids].map(([resource, set]) => [resource, [...set]]));
}

function cellOf<R>(column: CsvColumn<R>, record: R, context: CsvContext): CsvCell {
  const value = column.value(record);
  const { format } = column;
  if (value == null || value === '') return null;
  if (format === 'euros') return EUROS.format(Number(value) / 100);
  if (format === 'date') return formatParisDate(String(value), 'fr-FR');
  if (format === 'dateTime') return formatParisDateTime(String(value), 'fr-FR');
  if (format === 'yesNo') return context.translate(value ? 'ra.boolean.true' : 'ra.boolean.false');
  if (format === 'resourceName') {
    return context.translate(`resources.${value}.name`, { smart_count: 1, _: value });
  }
  if (typeof format === 'object' && 'enum' in format) {
    const name = typeof format.enum === 'function' ? format.enum(record) : format.enum;
    return name ? context.translate(enumKey(name, String(value)), { _: value }) : String(value);
  }
  if (typeof format === 'object') {
    const resource =
      typeof format.reference === 'string' ? format.reference : format.reference(record);
    return context.canRead(resource)
      ? (context.nameOf(resource, value as Identifier) ?? null)
      : null;
  }
  return typeof value === 'number' ? value : String(value);
}

/**
 * The headers and rows of an export, in the UI language; amounts and dates as French Excel reads
 * them, whatever the language, as the file's separators and decimal commas are (toCsv).
 */
export function csvTable<R>(
  columns: readonly CsvColumn<R>[],
  records: readonly R[],
  context: CsvContext,
): { headers: string[]; rows: CsvCell[][] } {
  const shown = readableColumns(columns, context.canRead);
  return {
    headers: shown.map((column) => context.translate(column.label)),
    rows: records.map((record) => shown.map((column) => cellOf(column, record, context))),
  };
}

const NEEDS_QUOTES = /[;"\r\n]|^\s|\s$/;

function cell(value: CsvCell): string {
  if (value === null) return '';
  if (typeof value === 'number') return String(value).replace('.', ',');
  return NEEDS_QUOTES.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

/**
 * A CSV file as French Excel opens it: UTF-8 with a byte order mark, semicolons between cells,
 * decimal commas, CRLF line ends, and quotes around the cells that need them.
 */
export function toCsv(headers: readonly string[], rows: readonly (readonly CsvCell[])[]): string {
  const lines = [headers, ...rows].map((row) => row.map(cell).join(';'));
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

/** Hands a CSV text to the browser as a file to save. */
export function downloadCsv(name: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'text/csv;charset=utf-8' }));
  const link = Object.assign(document.createElement('a'), { href: url, download: name });
  link.click();
  URL.revokeObjectURL(url);
}
