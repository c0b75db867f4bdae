import { createContext, useContext, useState, type ReactNode } from 'react';
import type { BulkEntry } from './bulkOutcome';
import { BulkOutcomeDialog } from './BulkOutcomeDialog';

const ShowOutcome = createContext<(outcome: BulkEntry[]) => void>(() => undefined);

/**
 * Holds the outcome of the last bulk action above the list: the bulk toolbar goes away once the
 * selection is emptied, the outcome must stay until it has been read.
 */
export const BulkOutcomeProvider = ({ children }: { children: ReactNode }) => {
  const [outcome, setOutcome] = useState<BulkEntry[] | null>(null);
  return (
    <ShowOutcome.Provider value={setOutcome}>
      {children}
      <BulkOutcomeDialog outcome={outcome} onClose={() => setOutcome(null)} />
    </ShowOutcome.Provider>
  );
};

export const useShowBulkOutcome = () => useContext(ShowOutcome);
