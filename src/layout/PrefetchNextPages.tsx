import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useReadablePages } from '../common/ReadablePages';
import { prefetchPages } from '../pages';
import { MENU_GROUPS } from './menuGroups';

const MENU_PAGES: readonly string[] = MENU_GROUPS.flatMap(({ items }) => items).filter(
  (item) => item !== 'dashboard',
);

/** How long after the last answer the page counts as shown. */
const SETTLED_MS = 500;

/**
 * Once the first page is shown (a query other than the session's has answered since the layout
 * appeared, none is running, and the last answer is half a second old) and the browser is idle,
 * loads the pages of the role's menu, one at a time: the next click then waits for no script.
 * Nothing is fetched before the page asked for is ready.
 */
export const PrefetchNextPages = () => {
  const readable = useReadablePages();
  const queryClient = useQueryClient();
  const [since] = useState(() => Date.now());
  const [done, setDone] = useState(false);
  useEffect(() => {
    const pages = MENU_PAGES.filter((page) => readable[page]);
    if (done || pages.length === 0) return;
    const pageShown = () => {
      const answered = queryClient
        .getQueryCache()
        .getAll()
        .filter((query) => query.queryKey[0] !== 'auth')
        .map((query) => query.state.dataUpdatedAt);
      const last = Math.max(0, ...answered);
      return last >= since && Date.now() - last >= SETTLED_MS;
    };
    return prefetchPages(pages, {
      busy: () => queryClient.isFetching() > 0 || !pageShown(),
      done: () => setDone(true),
    });
  }, [readable, queryClient, since, done]);
  return null;
};
