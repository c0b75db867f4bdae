import type { EnumName } from './enums';
import { STATUS_ENUMS } from './enums';

/** A value of a history line, typed for the words it is read in (no JSON, no raw id or ISO). */
export type ChangeValue =
  | { kind: 'empty' }
  | { kind: 'money'; cents: number }
  | { kind: 'dateTime'; iso: string }
  | { kind: 'date'; date: string }
  | { kind: 'boolean'; value: boolean }
  | { kind: 'enum'; enumName: EnumName; value: string }
  | { kind: 'staff'; id: number }
  | { kind: 'reference'; resource: string; id: number }
  | { kind: 'count'; count: number }
  | { kind: 'text'; text: string };

/** One thing a write changed: a field (a dotted path for nested ones), of an item of a list. */
export interface ChangeLine {
  field: string;
  /** The item of a list (an order line, a variant) the change is about: its name, size, colour. */
  item?: string;
  before: ChangeValue;
  after: ChangeValue;
}

/** Fields whose values are one of an enumeration, by the last part of their path. */
const FIELD_ENUMS: Record<string, EnumName> = {
  role: 'role',
  department: 'department',
  category: 'category',
  kind: 'klubKind',
  method: 'paymentMethod',
  cardBrand: 'cardBrand',
  'payment.status': 'paymentStatus',
  mode: 'deliveryMode',
  reason: 'returnReason',
  condition: 'itemCondition',
  resolution: 'resolution',
  origin: 'creditNoteOrigin',
  channel: 'reservationChannel',
};

/** Fields naming a staff member: read in the staff directory. */
const STAFF_FIELDS = new Set(['receivedBy', 'userId', 'assigneeId']);

/** Fields naming another record: shown by that record's reference or name. */
const REFERENCE_FIELDS: Record<string, string> = {
  customerId: 'customers',
  orderId: 'orders',
  returnId: 'returns',
  creditNoteId: 'credit-notes',
  productId: 'products',
  storeId: 'stores',
  klubMemberId: 'klub-members',
};

const TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;
const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;

type Plain = Record<string, unknown>;
const isPlain = (value: unknown): value is Plain =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const lastPart = (path: string) => path.slice(path.lastIndexOf('.') + 1);

function enumOf(resource: string, path: string): EnumName | undefined {
  if (path === 'status') return STATUS_ENUMS[resource];
  return FIELD_ENUMS[path] ?? FIELD_ENUMS[lastPart(path)];
}

/** How a value of the field reads. */
export function changeValue(resource: string, path: string, value: unknown): ChangeValue {
  const field = lastPart(path);
  if (value === null || value === undefined || value === '') return { kind: 'empty' };
  if (typeof value === 'boolean') return { kind: 'boolean', value };
  if (typeof value === 'number') {
    if (field.endsWith('Cents')) return { kind: 'money', cents: value };
    if (STAFF_FIELDS.has(field)) return { kind: 'staff', id: value };
    const reference = REFERENCE_FIELDS[field];
    if (reference) return { kind: 'reference', resource: reference, id: value };
    return { kind: 'text', text: String(value) };
  }
  if (Array.isArray(value)) return { kind: 'count', count: value.length };
  if (typeof value === 'string') {
    const enumName = enumOf(resource, path);
    if (enumName) return { kind: 'enum', enumName, value };
    if (TIMESTAMP.test(value)) return { kind: 'dateTime', iso: value };
    if (DATE_ONLY.test(value)) return { kind: 'date', date: value };
    return { kind: 'text', text: value };
  }
  return { kind: 'count', count: Object.keys(value).length };
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** An item of a list as staff name it: an article's name with its size and colour, or its SKU. */
function itemName(item: Plain): string {
  const parts = [item.name, item.size, item.colour].filter((part) => typeof part === 'string');
  if (parts.length > 0) return parts.join(' · ');
  return String(item.sku ?? item.event ?? '');
}

/** Items of a list that staff tell apart by a key: lines and variants by SKU. */
const itemKey = (item: unknown) => (isPlain(item) ? (item.sku ?? item.event) : undefined);

function keyedItems(values: unknown): Map<unknown, Plain> | null {
  if (!Array.isArray(values) || !values.every((item) => itemKey(item) !== undefined)) return null;
  return new Map(values.map((item: Plain) => [itemKey(item), item]));
}

function lines(resource: string, path: string, before: unknown, after: unknown): ChangeLine[] {
  if (same(before, after)) return [];
  if (isPlain(before) || isPlain(after)) {
    const b = isPlain(before) ? before : {};
    const a = isPlain(after) ? after : {};
    const fields = [...new Set([...Object.keys(b), ...Object.keys(a)])];
    return fields.flatMap((field) => lines(resource, `${path}.${field}`, b[field], a[field]));
  }
  const beforeItems = keyedItems(before ?? []);
  const afterItems = keyedItems(after ?? []);
  if (beforeItems && afterItems && (beforeItems.size > 0 || afterItems.size > 0)) {
    return [...new Set([...beforeItems.keys(), ...afterItems.keys()])].flatMap((key) => {
      const was = beforeItems.get(key);
      const is = afterItems.get(key);
      const item = itemName((is ?? was)!);
      if (!was || !is) {
        const listed = (present: Plain | undefined): ChangeValue =>
          present ? { kind: 'text', text: item } : { kind: 'empty' };
        return [{ field: path, item, before: listed(was), after: listed(is) }];
      }
      return lines(resource, path, was, is).map((line) => ({ ...line, item }));
    });
  }
  return [
    {
      field: path,
      before: changeValue(resource, path, before),
      after: changeValue(resource, path, after),
    },
  ];
}

/**
 * What an audit event's changes say, line by line: nested fields by their path, the items of a
 * list (order or return lines, variants) by name with only what changed in each, and values
 * typed for reading. `omit` leaves out fields shown elsewhere (the status of a transition).
 */
export function changeLines(
  resource: string,
  changes: Record<string, [unknown, unknown]>,
  omit: readonly string[] = [],
): ChangeLine[] {
  return Object.entries(changes)
    .filter(([field]) => !omit.includes(field))
    .flatMap(([field, [before, after]]) => lines(resource, field, before, after));
}
