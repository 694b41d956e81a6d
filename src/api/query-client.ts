import { QueryClient } from '@tanstack/react-query';
import { queryRetryDelay, shouldRetryQuery } from './retry';

/** Lists are fresh for about 30 s; reference data sets its own lifetime. */
export const listStaleTime = 30_000;

export function createQueryClient() {
  return new QueryClient({
    defaultOptions: {
      queries: {
        staleTime: listStaleTime,
        retry: shouldRetryQuery,
        retryDelay: queryRetryDelay,
      },
      // A write is never repeated behind the user's back.
      mutations: { retry: false },
    },
  });
}

/** The console's one cache; tests make their own with createQueryClient. */
export const queryClient = createQueryClient();
