import { createContext, useContext, type ReactNode } from 'react';
import { useCanAccessResources } from 'react-admin';
import { RESOURCES } from '../domain/types';

/** Every page guarded by the role matrix: the resources, the KPIs and the reception screen. */
const GUARDED_PAGES = [...RESOURCES, 'dashboard', 'reception'];
const NONE: Record<string, boolean> = {};
const ReadablePagesContext = createContext(NONE);

/**
 * Asks canAccess once, for the whole app, which pages the role may read: for the menu, and for the
 * reference fields of the tables (a check per cell would run one query per row, and re-render the
 * table once per answer).
 */
export const ReadablePagesProvider = ({ children }: { children: ReactNode }) => {
  const { canAccess } = useCanAccessResources({ action: 'list', resources: GUARDED_PAGES });
  return (
    <ReadablePagesContext.Provider value={canAccess ?? NONE}>
      {children}
    </ReadablePagesContext.Provider>
  );
};

/** Page name -> whether the role may read it; empty until canAccess has answered. */
export const useReadablePages = () => useContext(ReadablePagesContext);

export const useCanRead = (page: string): boolean => useReadablePages()[page] ?? false;
