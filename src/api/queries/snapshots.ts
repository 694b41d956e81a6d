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
  updatingLists,
} from '../cache';
import { api, send, unwrap, unwrapPage, type Page } from '../client';
import { queryKeys } from '../keys';
import { pollWhile } from '../polling';
import type { Snapshot } from '../types';
import { deleteOrLookUp } from '../lost-writes';

export interface SnapshotListParams {
  page?: number;
  per_page?: number;
  volume_id?: string;
}

const keys = queryKeys.snapshots;

const anyPending = (page: Page<Snapshot>) =>
  page.items.some((snapshot) => isTransitional(snapshot.status));

export const snapshotQueries = {
  /** A page of snapshots; polled while any is pending, until they settle. */
  list: (params: SnapshotListParams) =>
    queryOptions({
      queryKey: keys.list({ ...params }),
      queryFn: () =>
        unwrapPage(api.GET('/snapshots', { params: { query: params } })),
      placeholderData: keepPreviousData,
      refetchInterval: pollWhile(anyPending),
    }),

  /** The snapshots of one volume, for its page. */
  ofVolume: (volumeId: string) =>
    snapshotQueries.list({ volume_id: volumeId, per_page: 100 }),

  detail: (id: string) =>
    queryOptions({
      queryKey: keys.detail(id),
      queryFn: updatingLists(keys.lists(), () =>
        unwrap(api.GET('/snapshots/{id}', { params: { path: { id } } })),
      ),
      refetchInterval: pollWhile((snapshot: Snapshot) =>
        isTransitional(snapshot.status),
      ),
    }),
};

export function useCreateSnapshot(volumeId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (name: string) =>
      unwrap(
        api.POST('/volumes/{volume_id}/snapshots', {
          params: { path: { volume_id: volumeId } },
          body: { name },
        }),
      ),
    onSuccess: (snapshot) => storeCreated(client, keys, snapshot),
    // A dropped connection may still have made it: the lists are checked.
    onError: (error) => refetchIfStale(client, error, keys.lists()),
  });
}

export function useDeleteSnapshot() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (id: string) =>
      deleteOrLookUp(
        () => send(api.DELETE('/snapshots/{id}', { params: { path: { id } } })),
        () => unwrap(api.GET('/snapshots/{id}', { params: { path: { id } } })),
      ),
    onSuccess: (_nothing, id) => {
      forgetDeleted(client, keys, id);
    },
  });
}
