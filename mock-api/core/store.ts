import type { Database, Id, ResourceName, ResourceRecords } from '../../src/domain/types';
import { RESOURCES } from '../../src/domain/types';

type Rec<R extends ResourceName> = ResourceRecords[R];
export type RecordListener = (resource: ResourceName, before?: unknown, after?: unknown) => void;

/**
 * The dataset in memory, with an id index per resource and lazily built indexes on other fields.
 * Records are never mutated in place: a write replaces the object, so caches keyed by record stay valid.
 */
export class Store {
  private readonly byId = new Map<ResourceName, Map<Id, Rec<ResourceName>>>();
  private readonly nextId = new Map<ResourceName, Id>();
  private readonly fieldIndexes = new Map<string, Map<unknown, Set<Id>>>();
  private readonly listeners: (() => void)[] = [];
  private readonly recordListeners: RecordListener[] = [];

  constructor(db: Database) {
    for (const resource of RESOURCES) {
      const records = db[resource] ?? [];
      const map = new Map<Id, Rec<ResourceName>>();
      let max = 0;
      for (const record of records) {
        map.set(record.id, record);
        if (record.id > max) max = record.id;
      }
      this.byId.set(resource, map);
      this.nextId.set(resource, max + 1);
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
    const ids = this.index(resource, field).get(value);
    if (!ids) return [];
    return [...ids].map((id) => this.get(resource, id)).filter((r): r is Rec<R> => !!r);
  }

  allocateId(resource: ResourceName): Id {
    const id = this.nextId.get(resource)!;
    this.nextId.set(resource, id + 1);
    return id;
  }

  put<R extends ResourceName>(resource: R, record: Rec<R>): void {
    const previous = this.get(resource, record.id);
    this.table(resource).set(record.id, record);
    if (record.id >= this.nextId.get(resource)!) this.nextId.set(resource, record.id + 1);
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

  private index(resource: ResourceName, field: string): Map<unknown, Set<Id>> {
    const key = `${resource}.${field}`;
    let index = this.fieldIndexes.get(key);
    if (!index) {
      index = new Map();
      for (const record of this.table(resource).values()) {
        addToIndex(index, (record as unknown as Record<string, unknown>)[field], record.id);
      }
      this.fieldIndexes.set(key, index);
    }
    return index;
  }

  private reindex(resource: ResourceName, before?: { id: Id }, after?: { id: Id }): void {
    for (const [key, index] of this.fieldIndexes) {
      const [name, field] = key.split('.') as [ResourceName, string];
      if (name !== resource) continue;
      if (before) index.get((before as Record<string, unknown>)[field])?.delete(before.id);
      if (after) addToIndex(index, (after as Record<string, unknown>)[field], after.id);
    }
  }
}

function addToIndex(index: Map<unknown, Set<Id>>, value: unknown, id: Id): void {
  let ids = index.get(value);
  if (!ids) index.set(value, (ids = new Set()));
  ids.add(id);
}
