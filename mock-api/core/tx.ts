import type {
  AuditEvent,
  Id,
  ResourceName,
  ResourceRecords,
  Role,
  User,
} from '../../src/domain/types';
import type { Lang } from './messages';
import type { Store } from './store';

type Rec<R extends ResourceName> = ResourceRecords[R];

export interface Context {
  user: User | null;
  role: Role | 'system';
  lang: Lang;
  now: string;
}

const SKIPPED_IN_CHANGES = new Set(['version', 'updatedAt']);

/**
 * One request's writes, staged until commit so that a refused request changes nothing.
 * Commit applies them and appends one audit event per record written, in the same step.
 */
export class Tx {
  private readonly staged = new Map<string, { resource: ResourceName; id: Id; record: unknown }>();

  constructor(
    readonly store: Store,
    readonly ctx: Context,
  ) {}

  get<R extends ResourceName>(resource: R, id: Id): Rec<R> | undefined {
    const entry = this.staged.get(key(resource, id));
    if (entry) return (entry.record ?? undefined) as Rec<R> | undefined;
    return this.store.get(resource, id);
  }

  where<R extends ResourceName>(
    resource: R,
    field: keyof Rec<R> & string,
    value: unknown,
  ): Rec<R>[] {
    const found = new Map<Id, Rec<R>>();
    for (const record of this.store.where(resource, field, value)) found.set(record.id, record);
    for (const entry of this.staged.values()) {
      if (entry.resource !== resource) continue;
      const record = entry.record as Rec<R> | null;
      if (record && (record as unknown as Record<string, unknown>)[field] === value)
        found.set(entry.id, record);
      else found.delete(entry.id);
    }
    return [...found.values()];
  }

  newId(resource: ResourceName): Id {
    return this.store.allocateId(resource);
  }

  /** Stages a new record whose id came from `newId`. */
  insert<R extends ResourceName>(resource: R, record: Rec<R>): Rec<R> {
    this.staged.set(key(resource, record.id), { resource, id: record.id, record });
    return record;
  }

  /** Stages a new state of an existing record, bumping its version when it has one. */
  update<R extends ResourceName>(resource: R, record: Rec<R>): Rec<R> {
    const current = this.store.get(resource, record.id) as { version?: number } | undefined;
    const next =
      current && typeof current.version === 'number'
        ? ({ ...record, version: current.version + 1 } as Rec<R>)
        : record;
    this.staged.set(key(resource, record.id), { resource, id: record.id, record: next });
    return next;
  }

  delete(resource: ResourceName, id: Id): void {
    this.staged.set(key(resource, id), { resource, id, record: null });
  }

  commit(): void {
    const events: Omit<AuditEvent, 'id'>[] = [];
    for (const { resource, id, record } of this.staged.values()) {
      const before = this.store.get(resource, id);
      if (resource !== 'audit-events') events.push(this.auditOf(resource, id, before, record));
      if (record) this.store.put(resource, record as Rec<ResourceName>);
      else this.store.remove(resource, id);
    }
    for (const event of events) {
      const id = this.store.allocateId('audit-events');
      this.store.put('audit-events', { ...event, id });
    }
    if (this.staged.size > 0) this.store.notifyChange();
    this.staged.clear();
  }

  private auditOf(
    resource: ResourceName,
    recordId: Id,
    before: unknown,
    after: unknown,
  ): Omit<AuditEvent, 'id'> {
    const from = (before as { status?: string } | undefined)?.status ?? null;
    const to = (after as { status?: string } | null)?.status ?? null;
    const action = !before ? 'create' : !after ? 'delete' : from !== to ? 'transition' : 'update';
    return {
      at: this.ctx.now,
      userId: this.ctx.user?.id ?? null,
      role: this.ctx.role,
      resource,
      recordId,
      action,
      fromStatus: action === 'create' ? null : from,
      toStatus: action === 'delete' ? null : to,
      changes: action === 'update' || action === 'transition' ? diff(before, after) : {},
    };
  }
}

function key(resource: ResourceName, id: Id): string {
  return `${resource}#${id}`;
}

function diff(before: unknown, after: unknown): Record<string, [unknown, unknown]> {
  const changes: Record<string, [unknown, unknown]> = {};
  const a = before as Record<string, unknown>;
  const b = after as Record<string, unknown>;
  for (const field of new Set([...Object.keys(a), ...Object.keys(b)])) {
    if (SKIPPED_IN_CHANGES.has(field) || field === 'passwordHash') continue;
    if (!sameValue(a[field], b[field])) changes[field] = [a[field] ?? null, b[field] ?? null];
  }
  return changes;
}

export function sameValue(x: unknown, y: unknown): boolean {
  return x === y || JSON.stringify(x) === JSON.stringify(y);
}
