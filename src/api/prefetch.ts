import type { FetchQueryOptions } from '@tanstack/react-query';
import { seedFromLists, type ResourceKeys } from './cache';
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

/**
 * Lets a resource's page start from the row a cached list holds of it, so
 * that opening it from a fresh list costs no request (see seedFromLists).
 */
export function seedFromList(keys: ResourceKeys, id: string) {
  if (getSession().status !== 'signed-in') return;
  seedFromLists(queryClient, keys, id);
}
