import type { FetchQueryOptions } from '@tanstack/react-query';
import { queryClient } from './query-client';
import { getSession } from './session';

// Options of any data type: each is handed straight to React Query.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyQueryOptions = FetchQueryOptions<any, Error, any, any>;

/**
 * Starts fetching what a page will read while its code loads, without
 * holding up the navigation. Nothing is sent without a valid session.
 */
export function prefetch(...options: AnyQueryOptions[]) {
  if (getSession().status !== 'signed-in') return;
  for (const option of options) void queryClient.prefetchQuery(option);
}
