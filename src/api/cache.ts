import type {
  QueryClient,
  QueryFunction,
  QueryKey,
} from '@tanstack/react-query';
import type { Page } from './client';
import { isApiError } from './errors';

/**
 * How a write's answer reaches the cache. A resource is cached twice: on
 * its own page (`detail`) and as a row of any number of paged lists
 * (`lists`), which must agree without asking the API again. Each function
 * takes the keys it acts on from `queryKeys`.
 */
export interface ResourceKeys {
  lists: () => QueryKey;
  detail: (id: string) => QueryKey;
}

interface Identified {
  id: string;
}

/**
 * Puts a fresh copy of a resource into every cached list that shows it.
 * A list already marked for refetching is left for its refetch: writing
 * into it would mark it fresh again, and a row it lacks (a resource just
 * created) would stay missing. Nor does a changed row make the rest of a
 * list any fresher, so each keeps the age it had.
 */
function updateInLists<T extends Identified>(
  client: QueryClient,
  listsKey: QueryKey,
  resource: T,
) {
  for (const list of client.getQueryCache().findAll({ queryKey: listsKey })) {
    const { data, isInvalidated, dataUpdatedAt } = list.state;
    const page = data as Page<T> | undefined;
    if (!page || isInvalidated) continue;
    if (!page.items.some((row) => row.id === resource.id)) continue;
    client.setQueryData<Page<T>>(
      list.queryKey,
      {
        ...page,
        items: page.items.map((row) =>
          row.id === resource.id ? resource : row,
        ),
      },
      { updatedAt: dataUpdatedAt },
    );
  }
}

/**
 * A query function for one resource whose every answer also lands in the
 * cached lists, so that polling a resource's page keeps its rows current.
 */
export function updatingLists<T extends Identified>(
  listsKey: QueryKey,
  fetch: () => Promise<T>,
): QueryFunction<T> {
  return async ({ client }) => {
    const resource = await fetch();
    updateInLists(client, listsKey, resource);
    return resource;
  };
}

/**
 * Starts a resource's page from its row in a cached list, with that list's
 * age: a list is as fresh as its rows, so a page opened from a list fetched
 * moments ago sends nothing, and one opened from an older list shows the
 * row at once while it refetches. A page already cached is left alone.
 */
export function seedFromLists(
  client: QueryClient,
  keys: ResourceKeys,
  id: string,
) {
  if (client.getQueryData(keys.detail(id)) !== undefined) return;
  let newest: { row: Identified; updatedAt: number } | undefined;
  for (const list of client
    .getQueryCache()
    .findAll({ queryKey: keys.lists() })) {
    const { data, isInvalidated, dataUpdatedAt } = list.state;
    const row = (data as Page<Identified> | undefined)?.items.find(
      (item) => item.id === id,
    );
    if (!row || isInvalidated) continue;
    if (!newest || dataUpdatedAt > newest.updatedAt) {
      newest = { row, updatedAt: dataUpdatedAt };
    }
  }
  if (newest) {
    client.setQueryData(keys.detail(id), newest.row, {
      updatedAt: newest.updatedAt,
    });
  }
}

/** Writes a resource returned by a mutation wherever it is cached. */
export function storeResource<T extends Identified>(
  client: QueryClient,
  keys: ResourceKeys,
  resource: T,
) {
  client.setQueryData(keys.detail(resource.id), resource);
  updateInLists(client, keys.lists(), resource);
}

/**
 * Caches a new resource's page and refetches the lists: only the API knows
 * which pages and filters it now belongs to.
 */
export function storeCreated<T extends Identified>(
  client: QueryClient,
  keys: ResourceKeys,
  resource: T,
) {
  client.setQueryData(keys.detail(resource.id), resource);
  void client.invalidateQueries({ queryKey: keys.lists() });
}

/**
 * Takes a deleted resource off its page and out of every list at once,
 * then refetches the lists so that their pages fill up again. The page is
 * dropped from the cache only once nothing shows it: a page still on
 * screen, on its way out, would otherwise ask for it again and get a 404.
 */
export function forgetDeleted(
  client: QueryClient,
  keys: ResourceKeys,
  id: string,
) {
  const detailKey = keys.detail(id);
  void client.cancelQueries({ queryKey: detailKey, exact: true });
  removeOnceUnseen(client, detailKey);
  client.setQueriesData<Page<Identified>>(
    { queryKey: keys.lists() },
    (page) =>
      page && { ...page, items: page.items.filter((row) => row.id !== id) },
  );
  void client.invalidateQueries({ queryKey: keys.lists() });
}

function removeOnceUnseen(client: QueryClient, queryKey: QueryKey) {
  const cache = client.getQueryCache();
  const query = cache.find({ queryKey, exact: true });
  if (!query) return;
  if (query.getObserversCount() === 0) {
    cache.remove(query);
    return;
  }
  const unsubscribe = cache.subscribe((event) => {
    if (event.query !== query) return;
    if (event.type === 'removed') unsubscribe();
    if (event.type === 'observerRemoved' && query.getObserversCount() === 0) {
      unsubscribe();
      cache.remove(query);
    }
  });
}

/**
 * After a failed write: a 409 means the console was showing an old state,
 * and a dropped connection leaves the outcome unknown. Either way what the
 * write touched is fetched again rather than guessed. Any other failure
 * changed nothing, and nothing is asked again: after a 429 it would only
 * spend the wait. It returns nothing on purpose: a mutation waits for what
 * its onError returns, and a refetch held back until a 429's reset would
 * keep the form on its pending label for that long.
 */
export function refetchIfStale(
  client: QueryClient,
  error: unknown,
  ...queryKeys: QueryKey[]
): void {
  if (!isApiError(error)) return;
  if (error.status !== 409 && !error.isNetworkError) return;
  for (const queryKey of queryKeys) {
    void client.invalidateQueries({ queryKey });
  }
}
