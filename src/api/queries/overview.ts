import { queryOptions } from '@tanstack/react-query';
import { isTransitional } from '../../lib/resource-states';
import { api, unwrapPage, type Page } from '../client';
import { queryKeys } from '../keys';
import { pollWhile } from '../polling';

/**
 * What the overview reads: one page of each kind, big enough to hold the
 * account's resources, so that counts and transitional states come from
 * the same few requests. An account with more than a page of a kind shows
 * the right count but only the first page's transitions; a status filter
 * on every list would fix that.
 */
const page = { per_page: 100 };
const one = { per_page: 1 };

export const transitionalInstanceStatuses =
  'provisioning,stopping,starting,rebooting,rebuilding,resizing,deleting';

type StatusPage = Page<{ status: string }>;

/** Polls a page while any of its rows is changing. */
const pollChanging = pollWhile((data: StatusPage) =>
  data.items.some((item) => isTransitional(item.status)),
);

export const overviewQueries = {
  instanceCount: queryOptions({
    queryKey: queryKeys.instances.list(one),
    queryFn: () =>
      unwrapPage(api.GET('/instances', { params: { query: one } })),
  }),
  changingInstances: queryOptions({
    queryKey: queryKeys.instances.list({
      status: transitionalInstanceStatuses,
      ...page,
    }),
    queryFn: () =>
      unwrapPage(
        api.GET('/instances', {
          params: {
            query: { status: transitionalInstanceStatuses, ...page },
          },
        }),
      ),
    refetchInterval: pollChanging,
  }),
  volumes: queryOptions({
    queryKey: queryKeys.volumes.list(page),
    queryFn: () => unwrapPage(api.GET('/volumes', { params: { query: page } })),
    refetchInterval: pollChanging,
  }),
  snapshots: queryOptions({
    queryKey: queryKeys.snapshots.list(page),
    queryFn: () =>
      unwrapPage(api.GET('/snapshots', { params: { query: page } })),
    refetchInterval: pollChanging,
  }),
  loadBalancers: queryOptions({
    queryKey: queryKeys.loadBalancers.list(page),
    queryFn: () =>
      unwrapPage(api.GET('/load-balancers', { params: { query: page } })),
    refetchInterval: pollChanging,
  }),
  networks: queryOptions({
    queryKey: queryKeys.networks.list(one),
    queryFn: () => unwrapPage(api.GET('/networks', { params: { query: one } })),
  }),
  floatingIps: queryOptions({
    queryKey: queryKeys.floatingIps.list(one),
    queryFn: () =>
      unwrapPage(api.GET('/floating-ips', { params: { query: one } })),
  }),
};
