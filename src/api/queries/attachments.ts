import { queryOptions } from '@tanstack/react-query';
import { api, unwrap, unwrapPage } from '../client';
import { queryKeys } from '../keys';

/**
 * What is attached to one instance: the instance's tabs and its delete
 * confirmation read these. Each resource's own pages add their writes.
 */
const all = 100;

export const instanceVolumesQuery = (instanceId: string) =>
  queryOptions({
    queryKey: queryKeys.volumes.list({ instance_id: instanceId }),
    queryFn: () =>
      unwrapPage(
        api.GET('/volumes', {
          params: { query: { instance_id: instanceId, per_page: all } },
        }),
      ),
  });

export const instanceFloatingIpsQuery = (instanceId: string) =>
  queryOptions({
    queryKey: queryKeys.floatingIps.list({ instance_id: instanceId }),
    queryFn: () =>
      unwrapPage(
        api.GET('/floating-ips', {
          params: { query: { instance_id: instanceId, per_page: all } },
        }),
      ),
  });

export const instanceLoadBalancersQuery = (instanceId: string) =>
  queryOptions({
    queryKey: queryKeys.loadBalancers.list({ instance_id: instanceId }),
    queryFn: () =>
      unwrapPage(
        api.GET('/load-balancers', {
          params: { query: { instance_id: instanceId, per_page: all } },
        }),
      ),
  });

/** Networks of a region: the create form offers them, tabs name them. */
export const regionNetworksQuery = (region: string) =>
  queryOptions({
    queryKey: queryKeys.networks.list({ region, per_page: all }),
    queryFn: () =>
      unwrapPage(
        api.GET('/networks', {
          params: { query: { region, per_page: all } },
        }),
      ),
  });

export const firewallRulesQuery = (instanceId: string) =>
  queryOptions({
    queryKey: queryKeys.firewallRules.forInstance(instanceId),
    queryFn: () =>
      unwrap(
        api.GET('/instances/{id}/firewall/rules', {
          params: { path: { id: instanceId } },
        }),
      ),
  });

export const sshKeysQuery = queryOptions({
  queryKey: queryKeys.sshKeys.list({ per_page: all }),
  queryFn: () =>
    unwrapPage(api.GET('/ssh-keys', { params: { query: { per_page: all } } })),
  staleTime: 5 * 60_000,
});
