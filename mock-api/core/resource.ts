import type { ResourceName, ResourceRecords } from '../../src/domain/types';
import type { FilterSpec } from './query';
import type { Context, Tx } from './tx';

export type Rec<R extends ResourceName> = ResourceRecords[R];
export type Body = Record<string, unknown>;
/** Records that still point to another one: `what` is a resource, or `order-lines`. */
export type Holder = { what: ResourceName | 'order-lines'; count: number };

/** How the engine serves one resource: its filters, search text, writes and guards. */
export interface ResourceDef<R extends ResourceName> {
  filters: FilterSpec<Rec<R>>;
  /** The human fields `q` searches, may include those of related records. */
  searchText: (record: Rec<R>, tx: Tx) => string[];
  /** Fields a plain update may change; any other changed field is refused as read-only. */
  writable: readonly string[];
  /** Every status of the resource: any other is malformed input. */
  statuses?: readonly string[];
  /** Fields a PUT may set to `null` (emptied); `null` for any other is refused, naming it. */
  nullable?: readonly string[];
  /** For each target status, the fields a transition may carry along with `status`. */
  transitionFields?: Record<string, readonly string[]>;
  /** Asynchronous work on a new record's body before the synchronous write (password hashing). */
  prepareCreate?: (body: Body) => Promise<Body>;
  create?: (body: Body, tx: Tx) => Rec<R>;
  /** Throws when the record's status does not allow the move to `to`. */
  checkMove?: (record: Rec<R>, to: unknown) => void;
  /** `patch` holds only the fields whose value differs from the stored record. */
  update?: (existing: Rec<R>, patch: Body, tx: Tx) => Rec<R>;
  /** What still points to the record: a non-empty list refuses the delete (no cascade). */
  referencedBy?: (record: Rec<R>, tx: Tx) => Holder[];
  /** The record as a first read by the caller changes it (a new request opened), or null. */
  firstRead?: (record: Rec<R>, tx: Tx) => Rec<R> | null;
  /** Runs before any read, for facts that change with time alone (reservation expiry). */
  beforeRead?: (tx: Tx) => void;
  /** Records of this resource the caller may read (audit events of readable resources). */
  readScope?: (ctx: Context) => ((record: Rec<R>) => boolean) | null;
  /** The wire form of a record (never a password hash). */
  present?: (record: Rec<R>) => unknown;
}

export type ResourceDefs = { [R in ResourceName]: ResourceDef<R> };
