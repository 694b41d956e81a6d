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
  updatingLists,
} from '../cache';
import { api, send, unwrap, unwrapPage, type Page } from '../client';
import { queryKeys } from '../keys';
import { pollWhile } from '../polling';
import type {
  LoadBalancer,
  LoadBalancerCreate,
  LoadBalancerUpdate,
} from '../types';
import { deleteOrLookUp } from '../lost-writes';

export interface LoadBalancerListParams {
  page?: number;
  per_page?: number;
  region?: string;
}

const keys = queryKeys.loadBalancers;

/** How often a settled balancer's page asks again for backend health. */
export const HEALTH_REFRESH_MS = 30_000;

const provisioning = (balancer: LoadBalancer) =>
  balancer.status === 'provisioning';

const pollWhileProvisioning = pollWhile(provisioning);

const pollOrCheckHealth: typeof pollWhileProvisioning = (query) =>
  pollWhileProvisioning(query) || HEALTH_REFRESH_MS;

export const loadBalancerQueries = {
  /** A page of load balancers; polled while any is provisioning. */
  list: (params: LoadBalancerListParams) =>
    queryOptions({
      queryKey: keys.list({ ...params }),
      queryFn: () =>
        unwrapPage(api.GET('/load-balancers', { params: { query: params } })),
      placeholderData: keepPreviousData,
      refetchInterval: pollWhile((page: Page<LoadBalancer>) =>
        page.items.some(provisioning),
      ),
    }),

  /**
   * One load balancer: polled while it provisions, then asked again every
   * 30 s for the health of its backends, only while the tab is visible.
   */
  detail: (id: string) =>
    queryOptions({
      queryKey: keys.detail(id),
      queryFn: updatingLists(keys.lists(), () =>
        unwrap(api.GET('/load-balancers/{id}', { params: { path: { id } } })),
      ),
      refetchInterval: pollOrCheckHealth,
      refetchIntervalInBackground: false,
    }),
};

export function useCreateLoadBalancer() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: LoadBalancerCreate) =>
      unwrap(api.POST('/load-balancers', { body })),
    onSuccess: (balancer) => storeCreated(client, keys, balancer),
    onError: (error) => refetchIfStale(client, error, keys.lists()),
  });
}

export function useUpdateLoadBalancer(id: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: LoadBalancerUpdate) =>
      unwrap(
        api.PATCH('/load-balancers/{id}', { params: { path: { id } }, body }),
      ),
    onSuccess: (balancer) => storeResource(client, keys, balancer),
    onError: (error) => refetchIfStale(client, error, keys.detail(id)),
  });
}

const backendPath = (id: string, instanceId: string) => ({
  params: { path: { id, instance_id: instanceId } },
});

export function useAddBackend(id: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: { instance_id: string; weight: number }) =>
      unwrap(
        api.POST('/load-balancers/{id}/backends', {
          params: { path: { id } },
          body,
        }),
      ),
    onSuccess: (balancer) => {
      storeResource(client, keys, balancer);
      // Lists filtered by instance now include this balancer.
      void client.invalidateQueries({
        queryKey: keys.lists(),
        refetchType: 'none',
      });
    },
    onError: (error) => refetchIfStale(client, error, keys.detail(id)),
  });
}

export function useUpdateBackend(id: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({
      instanceId,
      weight,
    }: {
      instanceId: string;
      weight: number;
    }) =>
      unwrap(
        api.PATCH('/load-balancers/{id}/backends/{instance_id}', {
          ...backendPath(id, instanceId),
          body: { weight },
        }),
      ),
    onSuccess: (balancer) => storeResource(client, keys, balancer),
    onError: (error) => refetchIfStale(client, error, keys.detail(id)),
  });
}

export function useRemoveBackend(id: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (instanceId: string) =>
      deleteOrLookUp(
        () =>
          send(
            api.DELETE(
              '/load-balancers/{id}/backends/{instance_id}',
              backendPath(id, instanceId),
            ),
          ),
        async () => {
          const balancer = await unwrap(
            api.GET('/load-balancers/{id}', { params: { path: { id } } }),
          );
          const { backends } = balancer;
          return backends.find((b) => b.instance_id === instanceId) ?? null;
        },
      ),
    onSuccess: (_none, instanceId) => {
      const balancer = client.getQueryData<LoadBalancer>(keys.detail(id));
      if (balancer) {
        storeResource(client, keys, {
          ...balancer,
          backends: balancer.backends.filter(
            (b) => b.instance_id !== instanceId,
          ),
        });
      }
      void client.invalidateQueries({
        queryKey: keys.lists(),
        refetchType: 'none',
      });
    },
    onError: (error) => refetchIfStale(client, error, keys.detail(id)),
  });
}

export function useDeleteLoadBalancer({
  onDeleted,
}: { onDeleted?: () => void } = {}) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (id: string) =>
      deleteOrLookUp(
        () =>
          send(
            api.DELETE('/load-balancers/{id}', { params: { path: { id } } }),
          ),
        () =>
          unwrap(api.GET('/load-balancers/{id}', { params: { path: { id } } })),
      ),
    onSuccess: (_none, id) => {
      // Leave the page first, so that nothing asks for it again.
      onDeleted?.();
      forgetDeleted(client, keys, id);
    },
    onError: (error, id) => refetchIfStale(client, error, keys.detail(id)),
  });
}
