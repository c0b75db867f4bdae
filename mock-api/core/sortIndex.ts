import type { Id } from '../../src/domain/types';
import { compareKeyed, compareValues, isIsoTimestamp, keyed } from './listOrder';
import { satisfies, type Bound } from './query';

const ORDERABLE = ['number', 'string', 'boolean'];
const NULL_KINDS = ['null', 'undefined'];

function kindOf(value: unknown): string {
  return value === null ? 'null' : typeof value;
}

const isNullish = (value: unknown) => value === null || value === undefined;

/**
 * The ids of one resource in the list order of one field, kept up to date write by write: the
 * ids with a value, ascending, ties in id order; then those whose value is null, in id order.
 * A descending list walks the valued part from its end, group of equal values by group.
 */
export class SortIndex {
  private readonly ids: Id[] = [];
  private readonly values: unknown[] = [];
  /** `ids[0, valued)` have a value, the rest are null. */
  private valued = 0;
  /** How many values of each `typeof` (or `null`), and how many are ISO timestamps. */
  private readonly kinds = new Map<string, number>();
  private isoCount = 0;

  /** The index of `records` by `valueOf`, or null when their values cannot be put in one order. */
  static build<T extends { id: Id }>(
    records: Iterable<T>,
    valueOf: (record: T) => unknown,
  ): SortIndex | null {
    const index = new SortIndex();
    const list = [];
    for (const record of records) {
      const value = valueOf(record);
      index.count(value, 1);
      list.push(keyed(record.id, value));
    }
    if (!index.orderable()) return null;
    list.sort((a, b) => compareKeyed(a, b) || a.item - b.item);
    for (const { item, value } of list) {
      index.ids.push(item);
      index.values.push(value);
    }
    index.valued =
      list.length - (index.kinds.get('null') ?? 0) - (index.kinds.get('undefined') ?? 0);
    return index;
  }

  private constructor() {}

  get size(): number {
    return this.ids.length;
  }

  /**
   * Whether one order holds every value: a single type of number, string or boolean, and not
   * both null and undefined (the list sort never tied those two).
   */
  orderable(): boolean {
    const types = [...this.kinds].filter(([kind, n]) => n > 0 && !NULL_KINDS.includes(kind));
    const [[kind] = ['number']] = types;
    const nulls = (this.kinds.get('null') ?? 0) > 0 && (this.kinds.get('undefined') ?? 0) > 0;
    return types.length <= 1 && ORDERABLE.includes(kind) && !nulls;
  }

  /** False when the new value breaks the single order: the index is then to be dropped. */
  insert(id: Id, value: unknown): boolean {
    this.count(value, 1);
    const at = this.position(id, value);
    this.ids.splice(at, 0, id);
    this.values.splice(at, 0, value);
    if (!isNullish(value)) this.valued += 1;
    return this.orderable();
  }

  remove(id: Id, value: unknown): void {
    const at = this.position(id, value);
    if (this.ids[at] !== id) throw new Error(`sort index out of step for id ${id}`);
    this.ids.splice(at, 1);
    this.values.splice(at, 1);
    this.count(value, -1);
    if (!isNullish(value)) this.valued -= 1;
  }

  /**
   * Positions `[from, to)` of the values within every bound, or null when the values do not
   * compare to the bounds as the filter does (not all numbers, or not all ISO timestamps).
   */
  span(bounds: readonly Bound[]): [number, number] | null {
    const numbers = bounds.every((b) => typeof b.value === 'number');
    const strings = bounds.every((b) => typeof b.value === 'string');
    const alike = numbers
      ? (this.kinds.get('number') ?? 0) === this.valued
      : strings && this.isoCount === this.valued;
    if (!alike) return null;
    let from = 0;
    let to = this.valued;
    for (const bound of bounds) {
      const lower = bound.operator === '_gte' || bound.operator === '_gt';
      const first = this.firstValued((value) => satisfies(value, bound) === lower);
      if (lower) from = Math.max(from, first);
      else to = Math.min(to, first);
    }
    return [from, Math.max(from, to)];
  }

  slice(from: number, to: number): Id[] {
    return this.ids.slice(from, to);
  }

  /** Visits the ids at positions `[from, to)` in list order until `visit` answers false. */
  walk(descending: boolean, from: number, to: number, visit: (id: Id) => boolean): void {
    const { ids } = this;
    if (descending) {
      for (let last = Math.min(to, this.valued) - 1; last >= from;) {
        const first = Math.max(from, this.groupStart(last));
        for (let i = first; i <= last; i += 1) if (!visit(ids[i])) return;
        last = first - 1;
      }
      from = Math.max(from, this.valued);
    }
    for (let i = from; i < to; i += 1) if (!visit(ids[i])) return;
  }

  private count(value: unknown, delta: number): void {
    const kind = kindOf(value);
    this.kinds.set(kind, (this.kinds.get(kind) ?? 0) + delta);
    if (isIsoTimestamp(value)) this.isoCount += delta;
  }

  /** Where `(value, id)` is, or would be, in the order. */
  private position(id: Id, value: unknown): number {
    let low = 0;
    let high = this.ids.length;
    while (low < high) {
      const mid = (low + high) >>> 1;
      if ((compareValues(this.values[mid], value) || this.ids[mid] - id) < 0) low = mid + 1;
      else high = mid;
    }
    return low;
  }

  /** The first valued position where `test` holds, `test` being false then true along the order. */
  private firstValued(test: (value: unknown) => boolean): number {
    let low = 0;
    let high = this.valued;
    while (low < high) {
      const mid = (low + high) >>> 1;
      if (test(this.values[mid])) high = mid;
      else low = mid + 1;
    }
    return low;
  }

  /** The first position of the run of values equal to the one at `at`. */
  private groupStart(at: number): number {
    const value = this.values[at];
    if (at === 0 || this.values[at - 1] !== value) return at;
    return this.firstValued((v) => v === value || compareValues(v, value) > 0);
  }
}
