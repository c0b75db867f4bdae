import { auditEventPages } from './auditEvents';
import { whenIdle } from './common/idle';
import { loadPage, type PageLoader } from './common/lazyPage';
import { contactRequestPages } from './contactRequests';
import { creditNotePages } from './creditNotes';
import { customerPages } from './customers';
import type { Role } from './domain/types';
import { klubMemberPages } from './klubMembers';
import { orderPages } from './orders';
import { productPages } from './products';
import { getUser } from './providers/session';
import { reservationPages } from './reservations';
import { returnPages } from './returns';
import { storePages } from './stores';
import { userPages } from './users';

/** The loaders of a resource's views: lazyPage calls them when a view is first shown. */
export type Pages = Partial<Record<'list' | 'show' | 'edit' | 'create', PageLoader>>;

const RESOURCE_PAGES: Record<string, Pages> = {
  products: productPages,
  stores: storePages,
  orders: orderPages,
  customers: customerPages,
  returns: returnPages,
  'credit-notes': creditNotePages,
  reservations: reservationPages,
  'contact-requests': contactRequestPages,
  'klub-members': klubMemberPages,
  users: userPages,
  'audit-events': auditEventPages,
};

/** The home of each role that has its own (the others see the KPI dashboard). */
export const HOME_PAGES = {
  support: () =>
    import('./dashboard/home/SupportHome').then((module) => ({ default: module.SupportHome })),
  merchandiser: () =>
    import('./dashboard/home/MerchandiserHome').then((module) => ({
      default: module.MerchandiserHome,
    })),
  warehouse: () =>
    import('./dashboard/home/WarehouseHome').then((module) => ({ default: module.WarehouseHome })),
} satisfies Partial<Record<Role, PageLoader>>;

const ignore = (): void => undefined;
/** A prefetch waits for an idle moment this long at most. */
const IDLE_TIMEOUT = 5000;

/** The home page's module; the home of the signed-in role is fetched at the same time. */
export const loadDashboard: PageLoader = () => {
  const role = getUser()?.role;
  if (role && role in HOME_PAGES)
    loadPage(HOME_PAGES[role as keyof typeof HOME_PAGES]).catch(ignore);
  return import('./dashboard/Dashboard');
};
export const loadReception: PageLoader = () => import('./returns/reception/ReceptionPage');
export const loadReturnPrint: PageLoader = () => import('./returns/print/ReturnPrintPage');

/** The loader of the page at a path of the app (`#/orders/12/show`), if it has one. */
function loaderOf(path: string): PageLoader | undefined {
  const [name = '', second, third] = path
    .replace(/^#?\/?/, '')
    .split('?')[0]
    .split('/');
  if (name === '') return loadDashboard;
  if (name === 'reception') return loadReception;
  const pages = RESOURCE_PAGES[name];
  if (!pages) return undefined;
  if (second === undefined) return pages.list;
  if (second === 'create') return pages.create;
  if (third === 'print') return loadReturnPrint;
  return third === 'show' ? pages.show : pages.edit;
}

/**
 * Starts loading the page at `path` now, so that its scripts arrive while the app starts (a link
 * opened cold) instead of after the app has rendered and asked for them.
 */
export function preloadPage(path: string): void {
  const loader = loaderOf(path);
  if (loader) loadPage(loader).catch(ignore);
}

/**
 * Loads, one at a time and only when the browser is idle, the pages at `paths`: the next click on
 * the menu then finds its page ready. While `busy` says so (the page shown still loading its
 * data), it waits for the next idle moment. Returns a cancel; `done` runs once all are loaded.
 */
export function prefetchPages(
  paths: readonly string[],
  { busy = () => false, done = ignore }: { busy?: () => boolean; done?: () => void } = {},
): () => void {
  const queue = [...paths];
  let cancel = ignore;
  let stopped = false;
  const next = (): void => {
    if (stopped) return;
    if (queue.length === 0) return done();
    cancel = whenIdle(() => {
      if (stopped) return;
      if (busy()) return next();
      const loader = loaderOf(queue.shift()!);
      (loader ? loadPage(loader) : Promise.resolve()).catch(ignore).finally(next);
    }, IDLE_TIMEOUT);
  };
  next();
  return () => {
    stopped = true;
    cancel();
  };
}
