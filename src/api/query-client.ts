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
        // A page's loader starts its queries before the page mounts; one
        // that has already failed (a 404, a 400, retries spent) is shown
        // with its Try again, not sent again just because the page drew.
        retryOnMount: false,
      },
      // A write is never repeated behind the user's back.
      mutations: { retry: false },
    },
  });
}

/** The console's one cache; tests make their own with createQueryClient. */
export const queryClient = createQueryClient();
