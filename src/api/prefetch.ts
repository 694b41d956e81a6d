import type { QueryKey, UseQueryOptions } from '@tanstack/react-query';
import { queryClient } from './query-client';
import { getSession } from './session';

/**
 * Starts fetching what a page will read while its code loads, without
 * holding up the navigation. Nothing is sent without a valid session.
 */
export function prefetch<Data, Key extends QueryKey>(
  ...options: UseQueryOptions<Data, Error, Data, Key>[]
) {
  if (getSession().status !== 'signed-in') return;
  for (const option of options) void queryClient.prefetchQuery(option);
}
