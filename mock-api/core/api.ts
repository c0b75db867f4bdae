import {
  canWrite,
  DIRECTORY_FIELDS,
  isAllowed,
  readsDirectoryOnly,
  type Guarded,
  type Permission,
} from '../../src/domain/permissions';
import { RESOURCES, type Id, type ResourceName } from '../../src/domain/types';
import { ApiError, badRequest, conflict } from './errors';
import { describeHolders, errorBody, langOf, type Lang } from './messages';
import { createAuth, type AuthOptions } from './auth';
import { MAX_BODY_BYTES, readBody } from './body';
import { checkDirectoryQuery, directoryView } from './directory';
import { catalogueView, kpiReport, parseKpiQuery, type KpiIndex } from '../kpis';
import { createListing } from './listing';
import { createContactIntake } from '../resources/contactIntake';
import type { Body, ResourceDef, ResourceDefs, Rec } from './resource';
import type { Store } from './store';
import { sameValue, Tx, type Context } from './tx';
import { isObject } from './validate';

const PERMISSION_OF_METHOD: Record<string, Permission> = {
  POST: 'create',
  DELETE: 'delete',
};

export type ApiHandler = (request: Request) => Promise<Response>;

export interface ApiOptions {
  store: Store;
  resources: ResourceDefs;
  /** The server's clock: fixed by MOCK_NOW, or the real time. */
  clock: () => string;
  /** The running KPI aggregates, built on first use. */
  kpiIndex: () => KpiIndex;
  /**
   * Resolves once every write committed so far is durable (the HTTP server's journal); awaited
   * before a response leaves, so that no 2xx acknowledges a write that could still be lost.
   */
  durable?: () => Promise<void>;
  /** Real time for tokens and sign-in limits, and the token lifetime (tests shorten them). */
  security?: Omit<AuthOptions, 'store' | 'maxBodyBytes'>;
  /** The largest body read (MOCK_MAX_BODY_BYTES): 1 MiB by default. */
  maxBodyBytes?: number;
}

const JSON_HEADERS = {
  'Content-Type': 'application/json; charset=utf-8',
  'Access-Control-Expose-Headers': 'Content-Range',
};

function json(status: number, body: unknown, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), { status, headers: { ...JSON_HEADERS, ...headers } });
}

/** Equal, or an object of which every key sent holds the stored value. */
function sameOrCovered(stored: unknown, sent: unknown): boolean {
  if (sameValue(stored, sent)) return true;
  if (!isObject(stored) || !isObject(sent)) return false;
  return Object.entries(sent).every(
    ([key, value]) => Object.hasOwn(stored, key) && sameValue(stored[key], value),
  );
}

const CANONICAL_ID = /^[1-9]\d{0,15}$/;

/** Only the canonical spelling of a positive integer names a record: `1e0`, `0x1`, `01` do not. */
function parseId(raw: string): Id {
  const id = Number(raw);
  if (!CANONICAL_ID.test(raw) || !Number.isSafeInteger(id)) {
    throw new ApiError(404, 'notFound', { id: raw.slice(0, 40) });
  }
  return id;
}

/** `Retry-After` in seconds for a refused sign-in, from the minutes its message gives. */
function headersOf(error: ApiError): Record<string, string> {
  return error.status === 429 ? { 'Retry-After': String(Number(error.params.minutes) * 60) } : {};
}

export function createApi({
  store,
  resources,
  clock,
  kpiIndex,
  durable,
  security = {},
  maxBodyBytes = MAX_BODY_BYTES,
}: ApiOptions): ApiHandler {
  const auth = createAuth({ store, maxBodyBytes, ...security });
  const listing = createListing(store);
  const intake = createContactIntake({
    store,
    clock,
    now: security.now ?? Date.now,
    maxBodyBytes,
  });

  function guard(ctx: Context, resource: Guarded, permission: Permission): void {
    if (ctx.role === 'system' || !isAllowed(ctx.role, resource, permission)) {
      throw new ApiError(403, 'forbidden', { role: ctx.role, resource });
    }
  }

  /** A PUT from a role that may neither update nor move this resource is refused up front. */
  function guardAnyWrite(ctx: Context, resource: ResourceName): void {
    if (ctx.role !== 'system' && canWrite(ctx.role, resource)) return;
    throw new ApiError(403, 'forbidden', { role: ctx.role, resource });
  }

  /** Changes that time alone makes (expiry) are written by the system before the request is served. */
  function applyTimeRules<R extends ResourceName>(def: ResourceDef<R>, ctx: Context): void {
    if (!def.beforeRead) return;
    const systemTx = new Tx(store, { ...ctx, user: null, role: 'system' });
    def.beforeRead(systemTx);
    systemTx.commit();
  }

  function visible<R extends ResourceName>(def: ResourceDef<R>, ctx: Context) {
    return def.readScope?.(ctx) ?? (() => true);
  }

  function present<R extends ResourceName>(def: ResourceDef<R>, record: Rec<R>): unknown {
    return def.present ? def.present(record) : record;
  }

  function list<R extends ResourceName>(resource: R, def: ResourceDef<R>, url: URL, tx: Tx) {
    const { records, start, last, total } = listing(resource, def, url.searchParams, tx);
    return json(
      200,
      records.map((r) => present(def, r)),
      { 'Content-Range': `${resource} ${start}-${last}/${total}` },
    );
  }

  function findRecord<R extends ResourceName>(resource: R, def: ResourceDef<R>, id: Id, tx: Tx) {
    const record = tx.get(resource, id);
    if (!record || !visible(def, tx.ctx)(record)) throw new ApiError(404, 'notFound', { id });
    return record;
  }

  /**
   * The fields whose value differs from the stored one. An object sent in part (a shipment's
   * `delivery` with the carrier and tracking number) differs only if one of the keys sent does.
   */
  function changedFields(existing: object, body: Body): Body {
    const patch: Body = {};
    for (const [field, value] of Object.entries(body)) {
      if (field === 'id' || field === 'version') continue;
      if (!Object.hasOwn(existing, field)) throw badRequest('unknownField', { field });
      if (!sameOrCovered((existing as Body)[field], value)) patch[field] = value;
    }
    return patch;
  }

  function authoriseUpdate<R extends ResourceName>(
    resource: R,
    def: ResourceDef<R>,
    patch: Body,
    ctx: Context,
  ): void {
    const target = def.transitionFields && 'status' in patch ? String(patch.status) : null;
    if (target !== null) guard(ctx, resource, `transition:${target}`);
    const carried =
      target !== null && Object.hasOwn(def.transitionFields ?? {}, target)
        ? (def.transitionFields?.[target] ?? [])
        : [];
    const plain = Object.keys(patch).filter((f) => f !== 'status' || target === null);
    const extra = plain.filter((f) => !carried.includes(f));
    if (extra.length === 0) return;
    guard(ctx, resource, 'update');
    const readOnly = extra.find((f) => !def.writable.includes(f));
    if (readOnly) throw badRequest('readOnlyField', { field: readOnly });
  }

  /** `null` is a value: only a field that may be empty takes it, never as "keep the default". */
  function refuseNulls<R extends ResourceName>(def: ResourceDef<R>, patch: Body): void {
    const field = Object.keys(patch).find((f) => patch[f] === null && !def.nullable?.includes(f));
    if (field) throw badRequest('mustNotBeNull', { field }, { [field]: { key: 'required' } });
  }

  /** A status the resource does not have is malformed input (400), whoever sends it. */
  function refuseUnknownStatus<R extends ResourceName>(def: ResourceDef<R>, patch: Body): void {
    if (!('status' in patch) || !def.statuses) return;
    if (typeof patch.status !== 'string' || !def.statuses.includes(patch.status)) {
      throw badRequest(
        'unknownStatus',
        { status: String(patch.status).slice(0, 40) },
        { status: { key: 'notOneOf', params: { allowed: def.statuses.join(', ') } } },
      );
    }
  }

  /**
   * Repeating a move already made (a double click, a colleague's late click) changes nothing:
   * with the same fields it is a 200 below; with other fields it is a 409 that says the record is
   * already there, never a 403 for fields only a plain update may change.
   */
  function refuseRepeatedMove<R extends ResourceName>(
    resource: R,
    def: ResourceDef<R>,
    existing: Rec<R>,
    body: Body,
    patch: Body,
    ctx: Context,
  ): void {
    const status = (existing as { status?: unknown }).status;
    if (!def.transitionFields || body.status !== status || typeof status !== 'string') return;
    if (!Object.hasOwn(def.transitionFields, status) || Object.keys(patch).length === 0) return;
    if (ctx.role !== 'system' && isAllowed(ctx.role, resource, 'update')) return;
    guard(ctx, resource, `transition:${status}`);
    throw conflict('alreadyInStatus', { to: status });
  }

  async function update<R extends ResourceName>(
    resource: R,
    def: ResourceDef<R>,
    id: Id,
    request: Request,
    tx: Tx,
  ) {
    guardAnyWrite(tx.ctx, resource);
    if (!def.update) throw new ApiError(405, 'methodNotAllowed');
    const body = await readBody(request, maxBodyBytes);
    const existing = findRecord(resource, def, id, tx);
    if (!Number.isInteger(body.version)) throw badRequest('versionRequired');
    if (!('status' in body)) guard(tx.ctx, resource, 'update');
    const patch = changedFields(existing, body);
    refuseNulls(def, patch);
    refuseUnknownStatus(def, patch);
    refuseRepeatedMove(resource, def, existing, body, patch, tx.ctx);
    if ('status' in patch) {
      // A move the status forbids says why, even to someone who read an older version.
      authoriseUpdate(resource, def, patch, tx.ctx);
      def.checkMove?.(existing, patch.status);
    }
    if (body.version !== (existing as { version: number }).version) {
      throw conflict('staleVersion', { version: String(body.version) });
    }
    if (Object.keys(patch).length === 0) return json(200, present(def, existing));
    authoriseUpdate(resource, def, patch, tx.ctx);
    const updated = tx.update(resource, def.update(existing, patch, tx));
    tx.commit();
    return json(200, present(def, tx.get(resource, id) ?? updated));
  }

  /** The directory fields of the resource, when the role reads only them; null otherwise. */
  function directoryOf(ctx: Context, resource: ResourceName): readonly string[] | null {
    if (ctx.role === 'system' || !readsDirectoryOnly(ctx.role, resource)) return null;
    return DIRECTORY_FIELDS[resource] ?? null;
  }

  function readOne<R extends ResourceName>(resource: R, def: ResourceDef<R>, id: Id, tx: Tx) {
    const record = findRecord(resource, def, id, tx);
    const changed = def.firstRead?.(record, tx);
    if (!changed) return record;
    const updated = tx.update(resource, changed);
    tx.commit();
    return updated;
  }

  function read<R extends ResourceName>(
    resource: R,
    def: ResourceDef<R>,
    id: Id | undefined,
    url: URL,
    tx: Tx,
  ): Response {
    const directory = directoryOf(tx.ctx, resource);
    guard(tx.ctx, resource, directory ? 'directory' : 'read');
    applyTimeRules(def, tx.ctx);
    const view = directory ? directoryView(def, directory) : def;
    if (id !== undefined) return json(200, present(view, readOne(resource, view, id, tx)));
    if (directory) checkDirectoryQuery(url.searchParams, directory);
    return list(resource, view, url, tx);
  }

  function kpis(url: URL, ctx: Context): Response {
    guard(ctx, 'kpis', 'read');
    const query = parseKpiQuery(url.searchParams);
    const report = kpiReport(kpiIndex(), query, ctx.now);
    return json(200, ctx.role === 'merchandiser' ? catalogueView(report) : report);
  }

  async function dispatch(request: Request, url: URL, path: string[], tx: Tx) {
    const [name, rawId, ...rest] = path;
    if (name === 'kpis' && path.length === 1 && request.method === 'GET') return kpis(url, tx.ctx);
    if (!RESOURCES.includes(name as ResourceName) || rest.length > 0) {
      throw new ApiError(404, 'unknownRoute', { path: url.pathname });
    }
    const resource = name as ResourceName;
    const def = resources[resource] as ResourceDef<ResourceName>;
    const method = request.method.toUpperCase();
    const id = rawId === undefined ? undefined : parseId(rawId);
    if (method === 'GET') return read(resource, def, id, url, tx);
    guard(tx.ctx, resource, PERMISSION_OF_METHOD[method] ?? 'read');
    applyTimeRules(def, tx.ctx);
    if (method === 'POST' && id === undefined) {
      if (!def.create) throw new ApiError(405, 'methodNotAllowed');
      const body = await readBody(request, maxBodyBytes);
      const created = def.create((await def.prepareCreate?.(body)) ?? body, tx);
      tx.commit();
      return json(201, present(def, tx.get(resource, created.id) ?? created));
    }
    if (method === 'PUT' && id !== undefined) {
      return update(resource, def, id, request, tx);
    }
    if (method === 'DELETE' && id !== undefined) {
      const record = findRecord(resource, def, id, tx);
      const holders = def.referencedBy?.(record, tx) ?? [];
      if (holders.length > 0)
        throw conflict('stillReferenced', { holders: describeHolders(holders, tx.ctx.lang) });
      tx.delete(resource, id);
      tx.commit();
      return json(200, present(def, record));
    }
    throw new ApiError(405, 'methodNotAllowed');
  }

  async function route(request: Request, lang: Lang): Promise<Response> {
    const url = new URL(request.url);
    const path = url.pathname
      .replace(/^.*?\/api\//, '')
      .split('/')
      .filter(Boolean);
    const method = request.method.toUpperCase();
    if (path[0] === 'auth' && path.length === 2 && method === 'POST') {
      if (path[1] === 'login') return json(200, await auth.login(request));
      if (path[1] === 'logout') {
        auth.logout(request);
        return new Response(null, { status: 204 });
      }
    }
    if (path.join('/') === 'contact-requests/intake' && method === 'POST') {
      return json(201, await intake(request, lang));
    }
    const user = auth.authenticate(request);
    const tx = new Tx(store, { user, role: user.role, lang, now: clock() });
    return dispatch(request, url, path, tx);
  }

  /** A refusal in the staff's words; anything else is logged with the request and kept generic. */
  function failure(error: unknown, request: Request, lang: Lang): Response {
    if (error instanceof ApiError)
      return json(error.status, errorBody(error, lang), headersOf(error));
    const { pathname } = new URL(request.url);
    console.error(`500 on ${request.method} ${pathname}:`, error);
    return json(500, errorBody(new ApiError(500, 'internalError'), lang));
  }

  return async function handle(request: Request): Promise<Response> {
    const lang = langOf(request.headers.get('Accept-Language'));
    let response: Response;
    try {
      response = await route(request, lang);
    } catch (error) {
      response = failure(error, request, lang);
    }
    try {
      await durable?.();
    } catch (error) {
      return failure(error, request, lang);
    }
    return response;
  };
}
