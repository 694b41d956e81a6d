import {
  keepPreviousData,
  queryOptions,
  useMutation,
  useQueryClient,
} from '@tanstack/react-query';
import {
  forgetDeleted,
  refetchIfStale,
  storeCreated,
  storeResource,
} from '../cache';
import { api, send, unwrap, unwrapPage } from '../client';
import { queryKeys } from '../keys';
import type { NetworkCreate } from '../types';
import { deleteOrLookUp } from '../lost-writes';

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

export function useCreateNetwork() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: NetworkCreate) =>
      unwrap(api.POST('/networks', { body })),
    onSuccess: (network) => storeCreated(client, keys, network),
    onError: (error) => refetchIfStale(client, error, keys.lists()),
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
      storeResource(client, keys, network);
      void client.invalidateQueries({
        queryKey: queryKeys.instances.detail(instanceId),
      });
    },
    // A 409 means the page showed an old membership; after a dropped
    // connection the instance's page may have changed with it.
    onError: (error, { networkId, instanceId }) =>
      refetchIfStale(
        client,
        error,
        keys.detail(networkId),
        keys.lists(),
        queryKeys.instances.detail(instanceId),
      ),
  });
}

export function useDeleteNetwork({
  onDeleted,
}: { onDeleted?: () => void } = {}) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (id: string) =>
      deleteOrLookUp(
        () => send(api.DELETE('/networks/{id}', { params: { path: { id } } })),
        () => unwrap(api.GET('/networks/{id}', { params: { path: { id } } })),
      ),
    onSuccess: (_none, id) => {
      onDeleted?.();
      forgetDeleted(client, keys, id);
    },
    // A 409 means members joined since the page was drawn.
    onError: (error, id) => refetchIfStale(client, error, keys.detail(id)),
  });
}
