import {
  keepPreviousData,
  queryOptions,
  useMutation,
  useQueryClient,
  type QueryClient,
} from '@tanstack/react-query';
import { isTransitional } from '../../lib/resource-states';
import { api, send, unwrap, unwrapPage, type Page } from '../client';
import { isApiError } from '../errors';
import { queryKeys } from '../keys';
import { pollWhile } from '../polling';
import type { Volume, VolumeCreate } from '../types';

export interface VolumeListParams {
  page?: number;
  per_page?: number;
  region?: string;
  instance_id?: string;
}

const keys = queryKeys.volumes;

function updateInLists(client: QueryClient, volume: Volume) {
  client.setQueriesData<Page<Volume>>(
    { queryKey: keys.lists() },
    (page) =>
      page && {
        ...page,
        items: page.items.map((row) => (row.id === volume.id ? volume : row)),
      },
  );
}

function removeFromLists(client: QueryClient, id: string) {
  client.setQueriesData<Page<Volume>>(
    { queryKey: keys.lists() },
    (page) =>
      page && { ...page, items: page.items.filter((row) => row.id !== id) },
  );
}

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
      queryFn: async ({ client }) => {
        const volume = await unwrap(
          api.GET('/volumes/{id}', { params: { path: { id } } }),
        );
        updateInLists(client, volume);
        return volume;
      },
      refetchInterval: pollWhile((volume: Volume) =>
        isTransitional(volume.status),
      ),
    }),
};

/** A 409 or a lost answer: the console's copy may be stale; fetch again. */
function refetchIfStale(client: QueryClient, id: string, error: unknown) {
  if (isApiError(error) && (error.status === 409 || error.isNetworkError)) {
    void client.invalidateQueries({ queryKey: keys.detail(id) });
    void client.invalidateQueries({ queryKey: keys.lists() });
  }
}

export function useCreateVolume() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: VolumeCreate) => unwrap(api.POST('/volumes', { body })),
    onSuccess: (volume) => {
      client.setQueryData(keys.detail(volume.id), volume);
      void client.invalidateQueries({ queryKey: keys.lists() });
    },
    // A dropped connection may still have created it: check the lists.
    onError: () => client.invalidateQueries({ queryKey: keys.lists() }),
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
  client.setQueryData(keys.detail(volume.id), volume);
  updateInLists(client, volume);
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
    onError: (error, { id }) => refetchIfStale(client, id, error),
  });
}

export function useDetachVolume() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ id }: { id: string; instanceId: string | null }) =>
      unwrap(api.POST('/volumes/{id}/detach', { params: { path: { id } } })),
    onSuccess: (volume, { instanceId }) =>
      storeMove(client, volume, [instanceId]),
    onError: (error, { id }) => refetchIfStale(client, id, error),
  });
}

export function useDeleteVolume({
  onDeleted,
}: { onDeleted?: () => void } = {}) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (id: string) =>
      send(api.DELETE('/volumes/{id}', { params: { path: { id } } })),
    onSuccess: (_nothing, id) => {
      // Leave the volume's page first, so that nothing asks for it again.
      onDeleted?.();
      client.removeQueries({ queryKey: keys.detail(id), exact: true });
      removeFromLists(client, id);
      void client.invalidateQueries({ queryKey: keys.lists() });
    },
    onError: (error, id) => refetchIfStale(client, id, error),
  });
}
