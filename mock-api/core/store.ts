import type { Database, Id, ResourceName, ResourceRecords } from '../../src/domain/types';
import { RESOURCES } from '../../src/domain/types';
import { readPath } from './query';
import { SortIndex } from './sortIndex';

type Rec<R extends ResourceName> = ResourceRecords[R];
export type RecordListener = (resource: ResourceName, before?: unknown, after?: unknown) => void;

type Field = Record<string, unknown>;
const NO_IDS: ReadonlySet<Id> = new Set();

/**
 * The dataset in memory, with an id index per resource and lazily built indexes on other fields:
 * value → ids for equality, and the list order of a field for sorts and ranges. Each table keeps
 * its records in id order, the order of an unsorted list.
 * Records are never mutated in place: a write replaces the object, so caches keyed by record stay valid.
 */
export class Store {
  private readonly byId = new Map<ResourceName, Map<Id, Rec<ResourceName>>>();
  private readonly nextId = new Map<ResourceName, Id>();
  private readonly lastId = new Map<ResourceName, Id>();
  private readonly fieldIndexes = new Map<ResourceName, Map<string, Map<unknown, Set<Id>>>>();
  private readonly sortIndexes = new Map<ResourceName, Map<string, SortIndex>>();
  private readonly listeners: (() => void)[] = [];
  private readonly recordListeners: RecordListener[] = [];

  constructor(db: Database) {
    for (const resource of RESOURCES) {
      const records: Rec<ResourceName>[] = [...(db[resource] ?? [])];
      if (records.some((r, i) => i > 0 && records[i - 1].id > r.id)) {
        records.sort((a, b) => a.id - b.id);
      }
      const last = records.at(-1)?.id ?? 0;
      this.byId.set(resource, new Map(records.map((record) => [record.id, record])));
      this.lastId.set(resource, last);
      this.nextId.set(resource, last + 1);
      this.fieldIndexes.set(resource, new Map());
      this.sortIndexes.set(resource, new Map());
    }
  }

  all<R extends ResourceName>(resource: R): Rec<R>[] {
    return [...this.table(resource).values()] as Rec<R>[];
  }

  count(resource: ResourceName): number {
    return this.table(resource).size;
  }

  get<R extends ResourceName>(resource: R, id: Id): Rec<R> | undefined {
    return this.table(resource).get(id) as Rec<R> | undefined;
  }

  /** Records whose `field` equals `value`, through an index built on first use. */
  where<R extends ResourceName>(
    resource: R,
    field: keyof Rec<R> & string,
    value: unknown,
  ): Rec<R>[] {
    return [...this.idsWhere(resource, field, value)]
      .map((id) => this.get(resource, id))
      .filter((r): r is Rec<R> => !!r);
  }

  /** The ids of the records whose top-level `field` equals `value` (not to be modified). */
  idsWhere(resource: ResourceName, field: string, value: unknown): ReadonlySet<Id> {
    return this.index(resource, field).get(value) ?? NO_IDS;
  }

  /**
   * The ids in the list order of the field at `path` (dotted), built on first use; null when
   * its values do not fit one order (mixed types, objects).
   */
  sortIndex(resource: ResourceName, path: string): SortIndex | null {
    const indexes = this.sortIndexes.get(resource)!;
    let index = indexes.get(path);
    if (!index) {
      const parts = path.split('.');
      const built = SortIndex.build(this.table(resource).values(), (r) => readPath(r, parts));
      if (!built) return null;
      indexes.set(path, (index = built));
    }
    return index;
  }

  allocateId(resource: ResourceName): Id {
    const id = this.nextId.get(resource)!;
    this.nextId.set(resource, id + 1);
    return id;
  }

  put<R extends ResourceName>(resource: R, record: Rec<R>): void {
    const table = this.table(resource);
    const previous = table.get(record.id);
    table.set(record.id, record);
    if (record.id >= this.nextId.get(resource)!) this.nextId.set(resource, record.id + 1);
    if (!previous) this.keepIdOrder(resource, record.id);
    this.reindex(resource, previous, record);
    for (const listener of this.recordListeners) listener(resource, previous, record);
  }

  remove(resource: ResourceName, id: Id): void {
    const previous = this.get(resource, id);
    this.table(resource).delete(id);
    this.reindex(resource, previous, undefined);
    for (const listener of this.recordListeners) listener(resource, previous, undefined);
  }

  onChange(listener: () => void): void {
    this.listeners.push(listener);
  }

  /** Called for every record written, with its states before and after (for running aggregates). */
  onRecordChange(listener: RecordListener): void {
    this.recordListeners.push(listener);
  }

  notifyChange(): void {
    for (const listener of this.listeners) listener();
  }

  snapshot(): Database {
    const db = {} as Record<ResourceName, unknown[]>;
    for (const resource of RESOURCES) db[resource] = this.all(resource);
    return db as Database;
  }

  private table(resource: ResourceName) {
    const table = this.byId.get(resource);
    if (!table) throw new Error(`unknown resource ${resource}`);
    return table;
  }

  /** A new record below the highest id (one deleted, put back) goes back to its place. */
  private keepIdOrder(resource: ResourceName, id: Id): void {
    if (id > this.lastId.get(resource)!) {
      this.lastId.set(resource, id);
      return;
    }
    const sorted = [...this.table(resource)].sort(([a], [b]) => a - b);
    this.byId.set(resource, new Map(sorted));
  }

  private index(resource: ResourceName, field: string): Map<unknown, Set<Id>> {
    const indexes = this.fieldIndexes.get(resource)!;
    let index = indexes.get(field);
    if (!index) {
      index = new Map();
      for (const record of this.table(resource).values()) {
        addToIndex(index, (record as unknown as Field)[field], record.id);
      }
      indexes.set(field, index);
    }
    return index;
  }

  private reindex(resource: ResourceName, before?: { id: Id }, after?: { id: Id }): void {
    for (const [field, index] of this.fieldIndexes.get(resource)!) {
      if (before) index.get((before as Field)[field])?.delete(before.id);
      if (after) addToIndex(index, (after as Field)[field], after.id);
    }
    const sortIndexes = this.sortIndexes.get(resource)!;
    for (const [path, index] of sortIndexes) {
      const parts = path.split('.');
      const old = before && readPath(before, parts);
      const value = after && readPath(after, parts);
      if (before && after && old === value) continue;
      if (before) index.remove(before.id, old);
      if (after && !index.insert(after.id, value)) sortIndexes.delete(path);
    }
  }
}

function addToIndex(index: Map<unknown, Set<Id>>, value: unknown, id: Id): void {
  let ids = index.get(value);
  if (!ids) index.set(value, (ids = new Set()));
  ids.add(id);
}
