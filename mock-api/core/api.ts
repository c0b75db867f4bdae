import { canWrite, isAllowed, type Guarded, type Permission } from '../../src/domain/permissions';
import { RESOURCES, type Id, type ResourceName, type User } from '../../src/domain/types';
import { ApiError, badRequest, conflict } from './errors';
import { describeHolders, errorBody, langOf, type Lang } from './messages';
import { verifyPassword } from './passwords';
import { catalogueView, kpiReport, parseKpiQuery, type KpiIndex } from '../kpis';
import { buildFilter, normalizeText, parseListQuery, sortRecords } from './query';
import type { Body, ResourceDef, ResourceDefs, Rec } from './resource';
import type { Store } from './store';
import { sameValue, Tx, type Context } from './tx';
import { isObject } from './validate';

const PERMISSION_OF_METHOD: Record<string, Permission> = {
  GET: 'read',
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
}

const JSON_HEADERS = {
  'Content-Type': 'application/json; charset=utf-8',
  'Access-Control-Expose-Headers': 'Content-Range',
};

function json(status: number, body: unknown, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), { status, headers: { ...JSON_HEADERS, ...headers } });
}

async function readBody(request: Request): Promise<Body> {
  let body: unknown;
  try {
    body = await request.json();
  } catch {
    throw badRequest('malformedJson');
  }
  if (!isObject(body)) throw badRequest('malformedJson');
  return body;
}

function parseId(raw: string): Id {
  const id = Number(raw);
  if (!Number.isInteger(id) || id <= 0) throw new ApiError(404, 'notFound', { id: raw });
  return id;
}

export function createApi({ store, resources, clock, kpiIndex }: ApiOptions): ApiHandler {
  const sessions = new Map<string, Id>();
  const searchCache = new WeakMap<object, string>();

  function authenticate(request: Request): User {
    const token = request.headers.get('Authorization')?.match(/^Bearer (.+)$/)?.[1];
    const userId = token ? sessions.get(token) : undefined;
    const account = userId ? store.get('users', userId) : undefined;
    if (!account || !account.active) throw new ApiError(401, 'notSignedIn');
    const { passwordHash: _hash, ...user } = account;
    return user;
  }

  async function login(request: Request, lang: Lang): Promise<Response> {
    const body = await readBody(request);
    const email = typeof body.email === 'string' ? body.email.trim().toLowerCase() : '';
    const password = typeof body.password === 'string' ? body.password : '';
    const account = store.where('users', 'email', email)[0];
    if (!account || !account.active || !(await verifyPassword(password, account.passwordHash))) {
      return json(401, errorBody(new ApiError(401, 'badCredentials'), lang));
    }
    const token = crypto.randomUUID();
    sessions.set(token, account.id);
    const { id, fullName, role } = account;
    return json(200, { token, user: { id, fullName, email: account.email, role } });
  }

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

  function searchText<R extends ResourceName>(def: ResourceDef<R>, tx: Tx, record: Rec<R>) {
    let text = searchCache.get(record);
    if (text === undefined) {
      text = normalizeText(def.searchText(record, tx).join(' '));
      searchCache.set(record, text);
    }
    return text;
  }

  function list<R extends ResourceName>(resource: R, def: ResourceDef<R>, url: URL, tx: Tx) {
    const query = parseListQuery(url.searchParams);
    const text = (r: Rec<R>) => searchText(def, tx, r);
    const matches = buildFilter(query.filter, def.filters, text, tx.ctx.now);
    const inScope = visible(def, tx.ctx);
    const found = store.all(resource).filter((r) => inScope(r) && matches(r));
    const sorted = sortRecords(found, query.sort);
    const [start, end] = query.range ?? [0, Math.max(sorted.length - 1, 0)];
    const page = sorted.slice(start, end + 1);
    const last = page.length ? start + page.length - 1 : start;
    return json(
      200,
      page.map((r) => present(def, r)),
      { 'Content-Range': `${resource} ${start}-${last}/${sorted.length}` },
    );
  }

  function findRecord<R extends ResourceName>(resource: R, def: ResourceDef<R>, id: Id, tx: Tx) {
    const record = tx.get(resource, id);
    if (!record || !visible(def, tx.ctx)(record)) throw new ApiError(404, 'notFound', { id });
    return record;
  }

  function changedFields(existing: object, body: Body): Body {
    const patch: Body = {};
    for (const [field, value] of Object.entries(body)) {
      if (field === 'id' || field === 'version') continue;
      if (!(field in existing)) throw badRequest('unknownField', { field });
      if (!sameValue((existing as Body)[field], value)) patch[field] = value;
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
    const carried = target !== null ? (def.transitionFields?.[target] ?? []) : [];
    const plain = Object.keys(patch).filter((f) => f !== 'status' || target === null);
    const extra = plain.filter((f) => !carried.includes(f));
    if (extra.length === 0) return;
    guard(ctx, resource, 'update');
    const readOnly = extra.find((f) => !def.writable.includes(f));
    if (readOnly) throw badRequest('readOnlyField', { field: readOnly });
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
    const body = await readBody(request);
    const existing = findRecord(resource, def, id, tx);
    if (!Number.isInteger(body.version)) throw badRequest('versionRequired');
    if (!('status' in body)) guard(tx.ctx, resource, 'update');
    const patch = changedFields(existing, body);
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
    guard(tx.ctx, resource, PERMISSION_OF_METHOD[method] ?? 'read');
    applyTimeRules(def, tx.ctx);
    if (method === 'GET') {
      if (id === undefined) return list(resource, def, url, tx);
      return json(200, present(def, findRecord(resource, def, id, tx)));
    }
    if (method === 'POST' && id === undefined) {
      if (!def.create) throw new ApiError(405, 'methodNotAllowed');
      const body = await readBody(request);
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

  return async function handle(request: Request): Promise<Response> {
    const url = new URL(request.url);
    const lang = langOf(request.headers.get('Accept-Language'));
    try {
      const path = url.pathname
        .replace(/^.*?\/api\//, '')
        .split('/')
        .filter(Boolean);
      if (path[0] === 'auth' && path[1] === 'login' && request.method === 'POST') {
        return await login(request, lang);
      }
      const user = authenticate(request);
      const tx = new Tx(store, { user, role: user.role, lang, now: clock() });
      return await dispatch(request, url, path, tx);
    } catch (error) {
      if (error instanceof ApiError) return json(error.status, errorBody(error, lang));
      console.error(error);
      return json(500, errorBody(new ApiError(400, 'internalError'), lang));
    }
  };
}
