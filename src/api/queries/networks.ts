import {
  keepPreviousData,
  queryOptions,
  useMutation,
  useQueryClient,
  type QueryClient,
} from '@tanstack/react-query';
import { api, send, unwrap, unwrapPage, type Page } from '../client';
import { isApiError } from '../errors';
import { queryKeys } from '../keys';
import type { Network, NetworkCreate } from '../types';

export interface NetworkListParams {
  page?: number;
  per_page?: number;
  region?: string;
}

const keys = queryKeys.networks;

export const networkQueries = {
  list: (params: NetworkListParams) =>
    queryOptions({
      queryKey: keys.list({ ...params }),
      queryFn: () =>
        unwrapPage(api.GET('/networks', { params: { query: params } })),
      placeholderData: keepPreviousData,
    }),

  detail: (id: string) =>
    queryOptions({
      queryKey: keys.detail(id),
      queryFn: () =>
        unwrap(api.GET('/networks/{id}', { params: { path: { id } } })),
    }),
};

/** Writes a network returned by a mutation wherever it is cached. */
function storeNetwork(client: QueryClient, network: Network) {
  client.setQueryData(keys.detail(network.id), network);
  client.setQueriesData<Page<Network>>(
    { queryKey: keys.lists() },
    (page) =>
      page && {
        ...page,
        items: page.items.map((row) => (row.id === network.id ? network : row)),
      },
  );
}

export function useCreateNetwork() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: NetworkCreate) =>
      unwrap(api.POST('/networks', { body })),
    onSuccess: (network) => {
      client.setQueryData(keys.detail(network.id), network);
      void client.invalidateQueries({ queryKey: keys.lists() });
    },
    onError: () => client.invalidateQueries({ queryKey: keys.lists() }),
  });
}

type Membership = 'attach' | 'detach';

export interface MembershipChange {
  networkId: string;
  instanceId: string;
}

/**
 * Joins an instance to a network or takes it off. The instance's private
 * address and networks change with it, so its page is refetched too.
 */
export function useNetworkMembership(change: Membership) {
  const client = useQueryClient();
  const path = `/networks/{id}/${change}` as const;
  return useMutation({
    mutationFn: ({ networkId, instanceId }: MembershipChange) =>
      unwrap(
        api.POST(path, {
          params: { path: { id: networkId } },
          body: { instance_id: instanceId },
        }),
      ),
    onSuccess: (network, { instanceId }) => {
      storeNetwork(client, network);
      void client.invalidateQueries({
        queryKey: queryKeys.instances.detail(instanceId),
      });
    },
    // A 409 means the page showed an old membership; a dropped connection
    // leaves the outcome unknown. Either way the network is read again.
    onError: (error, { networkId }) => {
      if (isApiError(error) && (error.status === 409 || error.isNetworkError)) {
        void client.invalidateQueries({ queryKey: keys.detail(networkId) });
        void client.invalidateQueries({ queryKey: keys.lists() });
      }
    },
  });
}

export function useDeleteNetwork({
  onDeleted,
}: { onDeleted?: () => void } = {}) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (id: string) =>
      send(api.DELETE('/networks/{id}', { params: { path: { id } } })),
    onSuccess: (_none, id) => {
      onDeleted?.();
      client.removeQueries({ queryKey: keys.detail(id), exact: true });
      client.setQueriesData<Page<Network>>(
        { queryKey: keys.lists() },
        (page) =>
          page && {
            ...page,
            items: page.items.filter((row) => row.id !== id),
          },
      );
      void client.invalidateQueries({ queryKey: keys.lists() });
    },
    // A 409 means members joined since the page was drawn.
    onError: (_error, id) =>
      client.invalidateQueries({ queryKey: keys.detail(id) }),
  });
}
