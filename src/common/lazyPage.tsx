import { lazy, useState, type ComponentType } from 'react';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the views take various props
type AnyComponent = ComponentType<any>;
/** Loads the module of a page: what `import('./OrderList')` returns. */
export type PageLoader = () => Promise<{ default: AnyComponent }>;

/** The pages already loaded, by their loader: they render at once, without suspending. */
const loaded = new WeakMap<PageLoader, AnyComponent>();
const pending = new WeakMap<PageLoader, Promise<unknown>>();

/** Loads a page's module once, whoever asks first: the route, a preload or a prefetch. */
export function loadPage(loader: PageLoader): Promise<unknown> {
  let loading = pending.get(loader);
  if (!loading) {
    loading = loader().then((module) => loaded.set(loader, module.default));
    loading.catch(() => pending.delete(loader));
    pending.set(loader, loading);
  }
  return loading;
}

/**
 * React.lazy for a page, except when its module is already loaded (preloaded with the app, or
 * prefetched in idle time): it is then drawn at once. A lazy page suspends, and React holds every
 * later reveal of a suspended page until 300 ms after the last loading indicator came or went; a
 * page opened in two steps could wait for that twice.
 */
export function lazyPage(loader: PageLoader): AnyComponent {
  const Lazy = lazy(() => loadPage(loader).then(() => ({ default: loaded.get(loader)! })));
  const Page = (props: object) => {
    // Chosen once per mount: switching from one to the other would mount the page again.
    const [Component] = useState<AnyComponent>(() => loaded.get(loader) ?? Lazy);
    return <Component {...props} />;
  };
  return Page;
}
