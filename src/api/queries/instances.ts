import {
  keepPreviousData,
  queryOptions,
  useMutation,
  useQueryClient,
} from '@tanstack/react-query';
import { isTransitional } from '../../lib/resource-states';
import {
  forgetDeleted,
  refetchIfStale,
  storeCreated,
  storeResource,
  updatingLists,
} from '../cache';
import { api, unwrap, unwrapPage, type Page } from '../client';
import { queryKeys } from '../keys';
import { pollWhile } from '../polling';
import type {
  Instance,
  InstanceAction,
  InstanceCreate,
  InstanceUpdate,
} from '../types';
import { deleteOrLookUp, sendOrLookUp } from '../lost-writes';

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
      queryFn: updatingLists(keys.lists(), () =>
        unwrap(api.GET('/instances/{id}', { params: { path: { id } } })),
      ),
      refetchInterval: pollWhile((instance: Instance) =>
        isTransitional(instance.status),
      ),
    }),
};

export function useCreateInstance() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: InstanceCreate) =>
      unwrap(api.POST('/instances', { body })),
    onSuccess: (instance) => {
      storeCreated(client, keys, instance);
      if (instance.private_networks.length > 0) {
        void client.invalidateQueries({ queryKey: queryKeys.networks.all });
      }
    },
    // The connection dropped after sending: the instance may exist, so
    // the lists are checked rather than guessed.
    onError: (error) => refetchIfStale(client, error, keys.lists()),
  });
}

/**
 * What an instance shows once an action has been accepted. A reboot shows
 * "rebooting" for only a few seconds, so one finished before the look is
 * taken for not done: sending it again is harmless.
 */
function showsAction(action: InstanceAction, instance: Instance) {
  switch (action.type) {
    case 'start':
      return ['starting', 'running'].includes(instance.status);
    case 'stop':
      return ['stopping', 'stopped'].includes(instance.status);
    case 'resize':
      return instance.status === 'resizing' || instance.plan === action.plan;
    default:
      return instance.status === `${action.type}ing`;
  }
}

export function useInstanceAction(id: string) {
  const client = useQueryClient();
  const read = () =>
    unwrap(api.GET('/instances/{id}', { params: { path: { id } } }));
  return useMutation({
    mutationFn: (action: InstanceAction) =>
      sendOrLookUp(
        () =>
          unwrap(
            api.POST('/instances/{id}/actions', {
              params: { path: { id } },
              body: action,
            }),
          ),
        {
          read,
          took: (instance) =>
            instance !== null && showsAction(action, instance),
          notDone:
            'The connection dropped before the API answered, and a fresh ' +
            'look shows the instance as it was: nothing was done. You can ' +
            'try again.',
        },
      ),
    onSuccess: (instance) => {
      if (instance) storeResource(client, keys, instance);
    },
    onError: (error) => refetchIfStale(client, error, keys.detail(id)),
  });
}

export function useUpdateInstance(id: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: InstanceUpdate) =>
      unwrap(api.PATCH('/instances/{id}', { params: { path: { id } }, body })),
    onSuccess: (instance) => {
      storeResource(client, keys, instance);
      // A new name or tag can move it in or out of a filtered list.
      void client.invalidateQueries({
        queryKey: keys.lists(),
        refetchType: 'none',
      });
    },
    onError: (error) => refetchIfStale(client, error, keys.detail(id)),
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
      deleteOrLookUp(
        () =>
          unwrap(api.DELETE('/instances/{id}', { params: { path: { id } } })),
        () => unwrap(api.GET('/instances/{id}', { params: { path: { id } } })),
        (instance) => instance.status === 'deleting',
      ),
    onSuccess: (_deleting, id) => {
      // Leave the instance's page first, so that nothing asks for it again.
      onDeleted?.();
      forgetDeleted(client, keys, id);
      for (const queryKey of relatedToInstances) {
        void client.invalidateQueries({ queryKey, refetchType: 'none' });
      }
    },
    onError: (error, id) => refetchIfStale(client, error, keys.detail(id)),
  });
}
