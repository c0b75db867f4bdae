import { MutationCache, QueryClient } from '@tanstack/react-query';

/**
 * React-admin's query cache, made stale by every write that succeeds: a write has effects beyond
 * its record (its history, the order a refund pays back, the customer's balance), so each screen
 * shows what the server recorded, not what it held before the action.
 */
export function createQueryClient(): QueryClient {
  const queryClient: QueryClient = new QueryClient({
    mutationCache: new MutationCache({
      onSuccess: () => queryClient.invalidateQueries(),
    }),
  });
  return queryClient;
}
