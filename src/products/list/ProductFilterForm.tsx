import { useMemo } from 'react';
import { FilterForm, ListContextProvider, useListContext, useLocation } from 'react-admin';
import { productFilters } from '../productFilters';

/** The page the browser is at (react-admin routes by hash), ahead of what the list renders. */
const browserPath = () => window.location.hash.slice(1).split('?')[0];

/**
 * The catalogue's filter bar. react-admin applies a search half a second after the last
 * keystroke; a row clicked meanwhile leaves for its product, but the list stays on screen until
 * the product's page is ready, and the late search would navigate back to the list. So a filter
 * change that comes once the browser has left the list is dropped.
 */
export const ProductFilterForm = () => {
  const list = useListContext();
  const { pathname } = useLocation();
  const whileShown = useMemo(
    () => ({
      ...list,
      setFilters: (...change: Parameters<typeof list.setFilters>) => {
        if (browserPath() === pathname) list.setFilters(...change);
      },
    }),
    [list, pathname],
  );
  return (
    <ListContextProvider value={whileShown}>
      <FilterForm filters={productFilters} />
    </ListContextProvider>
  );
};
