import {
  keepPreviousData,
  queryOptions,
  useMutation,
  useQueryClient,
  type QueryClient,
} from '@tanstack/react-query';
import { isTransitional } from '../../lib/resource-states';
import { api, unwrap, unwrapPage, type Page } from '../client';
import { isApiError } from '../errors';
import { queryKeys } from '../keys';
import { pollWhile } from '../polling';
import type {
  Instance,
  InstanceAction,
  InstanceCreate,
  InstanceUpdate,
} from '../types';

export interface InstanceListParams {
  page?: number;
  per_page?: number;
  /** Part of the name. */
  name?: string;
  region?: string;
  /** One status, or several separated by commas. */
  status?: string;
  tag?: string;
}

const keys = queryKeys.instances;

/** Puts a fresh copy of an instance into every cached list that shows it. */
function updateInLists(client: QueryClient, instance: Instance) {
  client.setQueriesData<Page<Instance>>(
    { queryKey: keys.lists() },
    (page) =>
      page && {
        ...page,
        items: page.items.map((row) =>
          row.id === instance.id ? instance : row,
        ),
      },
  );
}

function removeFromLists(client: QueryClient, id: string) {
  client.setQueriesData<Page<Instance>>(
    { queryKey: keys.lists() },
    (page) =>
      page && { ...page, items: page.items.filter((row) => row.id !== id) },
  );
}

export const instanceQueries = {
  /** A page of instances; polled while any of them is changing. */
  list: (params: InstanceListParams) =>
    queryOptions({
      queryKey: keys.list({ ...params }),
      queryFn: () =>
        unwrapPage(api.GET('/instances', { params: { query: params } })),
      placeholderData: keepPreviousData,
      refetchInterval: pollWhile((page: Page<Instance>) =>
        page.items.some((instance) => isTransitional(instance.status)),
      ),
    }),

  /** One instance, polled while it is changing; lists see each answer. */
  detail: (id: string) =>
    queryOptions({
      queryKey: keys.detail(id),
      queryFn: async ({ client }) => {
        const instance = await unwrap(
          api.GET('/instances/{id}', { params: { path: { id } } }),
        );
        updateInLists(client, instance);
        return instance;
      },
      refetchInterval: pollWhile((instance: Instance) =>
        isTransitional(instance.status),
      ),
    }),
};

/**
 * After a failed write to an instance: a 409 means the console was showing
 * an old state, and a dropped connection leaves the outcome unknown. Either
 * way the instance is fetched again rather than guessed.
 */
function refetchIfStale(client: QueryClient, id: string, error: unknown) {
  if (isApiError(error) && (error.status === 409 || error.isNetworkError)) {
    void client.invalidateQueries({ queryKey: keys.detail(id) });
  }
}

/** Writes an instance returned by a mutation wherever it is cached. */
function storeInstance(client: QueryClient, instance: Instance) {
  client.setQueryData(keys.detail(instance.id), instance);
  updateInLists(client, instance);
}

export function useCreateInstance() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: InstanceCreate) =>
      unwrap(api.POST('/instances', { body })),
    onSuccess: (instance) => {
      client.setQueryData(keys.detail(instance.id), instance);
      void client.invalidateQueries({ queryKey: keys.lists() });
      if (instance.private_networks.length > 0) {
        void client.invalidateQueries({ queryKey: queryKeys.networks.all });
      }
    },
    // The connection dropped after sending: the instance may exist, so
    // the lists are checked rather than guessed.
    onError: () => client.invalidateQueries({ queryKey: keys.lists() }),
  });
}

export function useInstanceAction(id: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (action: InstanceAction) =>
      unwrap(
        api.POST('/instances/{id}/actions', {
          params: { path: { id } },
          body: action,
        }),
      ),
    onSuccess: (instance) => storeInstance(client, instance),
    onError: (error) => refetchIfStale(client, id, error),
  });
}

export function useUpdateInstance(id: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: InstanceUpdate) =>
      unwrap(api.PATCH('/instances/{id}', { params: { path: { id } }, body })),
    onSuccess: (instance) => {
      storeInstance(client, instance);
      // A new name or tag can move it in or out of a filtered list.
      void client.invalidateQueries({
        queryKey: keys.lists(),
        refetchType: 'none',
      });
    },
    onError: (error) => refetchIfStale(client, id, error),
  });
}

/** Resources an instance's deletion detaches or removes. */
const relatedToInstances = [
  queryKeys.volumes.all,
  queryKeys.floatingIps.all,
  queryKeys.networks.all,
  queryKeys.loadBalancers.all,
  queryKeys.firewallRules.all,
];

export function useDeleteInstance({
  onDeleted,
}: { onDeleted?: () => void } = {}) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (id: string) =>
      unwrap(api.DELETE('/instances/{id}', { params: { path: { id } } })),
    onSuccess: (_deleting, id) => {
      // Leave the instance's page first, so that nothing asks for it again.
      onDeleted?.();
      client.removeQueries({ queryKey: keys.detail(id), exact: true });
      removeFromLists(client, id);
      void client.invalidateQueries({ queryKey: keys.lists() });
      for (const queryKey of relatedToInstances) {
        void client.invalidateQueries({ queryKey, refetchType: 'none' });
      }
    },
    onError: (error, id) => refetchIfStale(client, id, error),
  });
}
