import {
  keepPreviousData,
  queryOptions,
  useMutation,
  useQueryClient,
  type QueryClient,
} from '@tanstack/react-query';
import {
  forgetDeleted,
  refetchIfStale,
  storeCreated,
  storeResource,
} from '../cache';
import { api, send, unwrap, unwrapPage } from '../client';
import { queryKeys } from '../keys';
import type { FloatingIp } from '../types';
import { deleteOrLookUp } from '../lost-writes';

export interface FloatingIpListParams {
  page?: number;
  per_page?: number;
  region?: string;
}

const keys = queryKeys.floatingIps;

export const floatingIpQueries = {
  list: (params: FloatingIpListParams) =>
    queryOptions({
      queryKey: keys.list({ ...params }),
      queryFn: () =>
        unwrapPage(api.GET('/floating-ips', { params: { query: params } })),
      placeholderData: keepPreviousData,
    }),
};

/**
 * The lists an address change can move it in or out of: those of all
 * floating IPs, and the instance-scoped ones of every instance's page (the
 * instance it left as well as the one it joined).
 */
const refreshLists = (client: QueryClient) =>
  client.invalidateQueries({ queryKey: keys.lists() });

export function useReserveFloatingIp() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (region: string) =>
      unwrap(api.POST('/floating-ips', { body: { region } })),
    onSuccess: (floatingIp) => storeCreated(client, keys, floatingIp),
    onError: (error) => refetchIfStale(client, error, keys.lists()),
  });
}

export interface Assignment {
  ip: string;
  instanceId: string;
}

/** Assigning an address held by another instance moves it. */
export function useAssignFloatingIp() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ ip, instanceId }: Assignment) =>
      unwrap(
        api.POST('/floating-ips/{ip}/assign', {
          params: { path: { ip } },
          body: { instance_id: instanceId },
        }),
      ),
    onSuccess: (floatingIp) => {
      storeResource(client, keys, floatingIp);
      void refreshLists(client);
    },
    onError: (error) => refetchIfStale(client, error, keys.lists()),
  });
}

export function useUnassignFloatingIp() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (ip: string) =>
      unwrap(
        api.POST('/floating-ips/{ip}/unassign', { params: { path: { ip } } }),
      ),
    onSuccess: (floatingIp) => {
      storeResource(client, keys, floatingIp);
      void refreshLists(client);
    },
    onError: (error) => refetchIfStale(client, error, keys.lists()),
  });
}

export function useReleaseFloatingIp() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (floatingIp: FloatingIp) => {
      const path = { params: { path: { ip: floatingIp.ip } } };
      return deleteOrLookUp(
        () => send(api.DELETE('/floating-ips/{ip}', path)),
        () => unwrap(api.GET('/floating-ips/{ip}', path)),
      );
    },
    onSuccess: (_none, floatingIp) => {
      forgetDeleted(client, keys, floatingIp.id);
    },
  });
}
