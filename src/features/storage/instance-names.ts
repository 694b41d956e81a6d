import {
  queryOptions,
  useQueries,
  useQuery,
  type QueryClient,
} from '@tanstack/react-query';
import { instanceQueries } from '../../api/queries/instances';

/**
 * One page of instances names most of an account's in one request. Names
 * are all it is read for, so it does not poll instances in transition.
 */
export const instanceNamesQuery = queryOptions({
  ...instanceQueries.list({ per_page: 100 }),
  refetchInterval: false,
  staleTime: 60_000,
});

/**
 * Names for instance ids, to show "attached to web-1" rather than an id.
 * Ids beyond the first page of instances are fetched one by one.
 */
export function useInstanceNames(ids: readonly (string | null)[]) {
  const page = useQuery(instanceNamesQuery);
  const known = new Map(
    (page.data?.items ?? []).map((instance) => [instance.id, instance.name]),
  );
  const missing = page.data
    ? [...new Set(ids)].filter(
        (id): id is string => id !== null && !known.has(id),
      )
    : [];
  const details = useQueries({
    queries: missing.map((id) => ({ ...instanceQueries.detail(id) })),
  });
  for (const detail of details) {
    if (detail.data) known.set(detail.data.id, detail.data.name);
  }
  return known;
}

/**
 * An instance's name for a message: from the page of names when it holds
 * it, else from the instance itself; its id if neither can be read.
 */
export async function fetchInstanceName(client: QueryClient, id: string) {
  const page = client.getQueryData(instanceNamesQuery.queryKey);
  const known = page?.items.find((instance) => instance.id === id);
  if (known) return known.name;
  const instance = await client
    .fetchQuery(instanceQueries.detail(id))
    .catch(() => null);
  return instance?.name ?? id;
}
