import type { ReactNode } from 'react';
import { List as RaList, type ListProps } from 'react-admin';
import { StartListQuery } from './StartListQuery';

/**
 * A list answered this recently is not asked for again when it appears: the request that
 * StartListQuery sends during the first render often answers before react-admin's query starts
 * (after the first paint), which would otherwise send the same request a second time.
 */
const STALE_AFTER_MS = 2000;

/**
 * react-admin's List, whose request leaves while it renders (StartListQuery) and is not sent twice.
 * A write still refreshes it at once: react-admin invalidates the lists it touches.
 */
export const List = ({ queryOptions, children, ...props }: ListProps & { children: ReactNode }) => (
  <RaList queryOptions={{ staleTime: STALE_AFTER_MS, ...queryOptions }} {...props}>
    <StartListQuery />
    {children}
  </RaList>
);
