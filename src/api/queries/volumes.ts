import {
  keepPreviousData,
  queryOptions,
  useMutation,
  useQueryClient,
  type QueryClient,
} from '@tanstack/react-query';
import { isTransitional } from '../../lib/resource-states';
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
import type { Volume, VolumeCreate } from '../types';
import { deleteOrLookUp } from '../lost-writes';

export interface VolumeListParams {
  page?: number;
  per_page?: number;
  region?: string;
  instance_id?: string;
}

const keys = queryKeys.volumes;

export const volumeQueries = {
  /** A page of volumes; polled while any of them is being created. */
  list: (params: VolumeListParams) =>
    queryOptions({
      queryKey: keys.list({ ...params }),
      queryFn: () =>
        unwrapPage(api.GET('/volumes', { params: { query: params } })),
      placeholderData: keepPreviousData,
      refetchInterval: pollWhile((page: Page<Volume>) =>
        page.items.some((volume) => isTransitional(volume.status)),
      ),
    }),

  /** Volumes of a region, for pickers: one page of up to 100. */
  inRegion: (region: string) => volumeQueries.list({ region, per_page: 100 }),

  /** One volume, polled while it is being created; lists see each answer. */
  detail: (id: string) =>
    queryOptions({
      queryKey: keys.detail(id),
      queryFn: updatingLists(keys.lists(), () =>
        unwrap(api.GET('/volumes/{id}', { params: { path: { id } } })),
      ),
      refetchInterval: pollWhile((volume: Volume) =>
        isTransitional(volume.status),
      ),
    }),
};

export function useCreateVolume() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: VolumeCreate) => unwrap(api.POST('/volumes', { body })),
    onSuccess: (volume) => storeCreated(client, keys, volume),
    // A dropped connection may still have created it: check the lists.
    onError: (error) => refetchIfStale(client, error, keys.lists()),
  });
}

/**
 * Writes the volume an attach or detach answered with, and refetches the
 * attached-volume lists of the instances it moved between: the volume's
 * page, every list and each instance's storage tab then agree.
 */
function storeMove(
  client: QueryClient,
  volume: Volume,
  instanceIds: (string | null | undefined)[],
) {
  storeResource(client, keys, volume);
  for (const instanceId of new Set(instanceIds)) {
    if (!instanceId) continue;
    void client.invalidateQueries({
      queryKey: keys.list({ instance_id: instanceId }),
      exact: true,
    });
  }
}

export function useAttachVolume() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ id, instanceId }: { id: string; instanceId: string }) =>
      unwrap(
        api.POST('/volumes/{id}/attach', {
          params: { path: { id } },
          body: { instance_id: instanceId },
        }),
      ),
    onSuccess: (volume, { instanceId }) =>
      storeMove(client, volume, [instanceId, volume.instance_id]),
    onError: (error, { id }) =>
      refetchIfStale(client, error, keys.detail(id), keys.lists()),
  });
}

export function useDetachVolume() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ id }: { id: string; instanceId: string | null }) =>
      unwrap(api.POST('/volumes/{id}/detach', { params: { path: { id } } })),
    onSuccess: (volume, { instanceId }) =>
      storeMove(client, volume, [instanceId]),
    onError: (error, { id }) =>
      refetchIfStale(client, error, keys.detail(id), keys.lists()),
  });
}

export function useDeleteVolume({
  onDeleted,
}: { onDeleted?: () => void } = {}) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (id: string) =>
      deleteOrLookUp(
        () => send(api.DELETE('/volumes/{id}', { params: { path: { id } } })),
        () => unwrap(api.GET('/volumes/{id}', { params: { path: { id } } })),
      ),
    onSuccess: (_nothing, id) => {
      // Leave the volume's page first, so that nothing asks for it again.
      onDeleted?.();
      forgetDeleted(client, keys, id);
    },
    onError: (error, id) =>
      refetchIfStale(client, error, keys.detail(id), keys.lists()),
  });
}
