import {
  QueryClientProvider,
  useQuery,
  type QueryClient,
} from '@tanstack/react-query';
import { act, renderHook } from '@testing-library/react';
import type { ReactNode } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { settle } from '../../../tests/fake-time';
import { setFault, state } from '../../mocks/control';
import { server } from '../../mocks/node';
import { DEMO_TOKEN } from '../../mocks/seed';
import type { ApiError } from '../errors';
import { createQueryClient } from '../query-client';
import { clearRateLimit } from '../rate-limit';
import { signIn, signOut } from '../session';
import { firewallRulesQuery } from './attachments';
import { useAddFirewallRule, useDeleteFirewallRule } from './firewall';
import {
  floatingIpQueries,
  useAssignFloatingIp,
  useReserveFloatingIp,
  useUnassignFloatingIp,
} from './floating-ips';
import { instanceQueries, useCreateInstance } from './instances';
import { loadBalancerQueries, useCreateLoadBalancer } from './load-balancers';
import { networkQueries, useCreateNetwork, useDeleteNetwork } from './networks';
import { snapshotQueries, useCreateSnapshot } from './snapshots';
import { useCreateVolume, volumeQueries } from './volumes';

// Taken before the timers are faked: the mock answers over the real loop.
const realSetImmediate = globalThis.setImmediate;
const nextTurn = () =>
  new Promise<void>((resolve) => realSetImmediate(resolve));

let client: QueryClient;
let posts: string[];

function wrapper({ children }: { children: ReactNode }) {
  return <QueryClientProvider client={client}>{children}</QueryClientProvider>;
}

const countWrite = ({ request }: { request: Request }) => {
  if (request.method !== 'GET') posts.push(request.method);
};

beforeEach(() => {
  vi.useFakeTimers();
  vi.setSystemTime(new Date('2026-12-01T12:00:00Z'));
  clearRateLimit();
  signIn(DEMO_TOKEN);
  client = createQueryClient();
  posts = [];
  server.events.on('request:start', countWrite);
});

afterEach(() => {
  server.events.removeListener('request:start', countWrite);
  client.clear();
  clearRateLimit();
  signOut();
  vi.useRealTimers();
});

const instance = () => state().instances.find((i) => i.name === 'web-1')!;
const volume = () => state().volumes.find((v) => v.status === 'available')!;
const network = () => state().networks[0]!;
const floatingIp = () => state().floatingIps[0]!;
const rule = () =>
  state().firewallRules.find((r) => r.instance_id === instance().id)!;

/**
 * Each write with the list on screen that its failure may refetch: the
 * refetch is held back by the 429 until the reset, and the write must not
 * wait for it.
 */
const writes: [string, () => () => Promise<unknown>][] = [
  [
    'snapshot create',
    () => {
      const id = volume().id;
      useQuery(snapshotQueries.ofVolume(id));
      const write = useCreateSnapshot(id);
      return () => write.mutateAsync('drop-snap');
    },
  ],
  [
    'volume create',
    () => {
      useQuery(volumeQueries.list({}));
      const write = useCreateVolume();
      return () =>
        write.mutateAsync({ name: 'new-vol', size_gb: 10, region: 'lagos-1' });
    },
  ],
  [
    'network create',
    () => {
      useQuery(networkQueries.list({}));
      const write = useCreateNetwork();
      return () =>
        write.mutateAsync({
          name: 'new-net',
          region: 'lagos-1',
          subnet: '10.99.0.0/24',
          dhcp_enabled: true,
        });
    },
  ],
  [
    'network delete',
    () => {
      const id = network().id;
      useQuery(networkQueries.detail(id));
      const write = useDeleteNetwork();
      return () => write.mutateAsync(id);
    },
  ],
  [
    'instance create',
    () => {
      useQuery(instanceQueries.list({}));
      const write = useCreateInstance();
      return () =>
        write.mutateAsync({
          name: 'web-new',
          region: 'lagos-1',
          plan: 'standard-2',
          image: 'ubuntu-22.04',
          backups: false,
        });
    },
  ],
  [
    'load balancer create',
    () => {
      useQuery(loadBalancerQueries.list({}));
      const write = useCreateLoadBalancer();
      return () =>
        write.mutateAsync({
          name: 'new-lb',
          region: 'lagos-1',
          algorithm: 'round_robin',
          protocol: 'http',
          port: 80,
          backend_port: 8080,
          health_check: {
            path: '/',
            interval: 10,
            timeout: 5,
            unhealthy_threshold: 3,
          },
          backends: [],
        });
    },
  ],
  [
    'floating IP reserve',
    () => {
      useQuery(floatingIpQueries.list({}));
      const write = useReserveFloatingIp();
      return () => write.mutateAsync('lagos-1');
    },
  ],
  [
    'floating IP assign',
    () => {
      useQuery(floatingIpQueries.list({}));
      const write = useAssignFloatingIp();
      const { ip } = floatingIp();
      return () => write.mutateAsync({ ip, instanceId: instance().id });
    },
  ],
  [
    'floating IP unassign',
    () => {
      useQuery(floatingIpQueries.list({}));
      const write = useUnassignFloatingIp();
      return () => write.mutateAsync(floatingIp().ip);
    },
  ],
  [
    'firewall rule add',
    () => {
      const id = instance().id;
      useQuery(firewallRulesQuery(id));
      const write = useAddFirewallRule(id);
      return () =>
        write.mutateAsync({
          direction: 'inbound',
          protocol: 'tcp',
          port: 8443,
          source: '0.0.0.0/0',
        });
    },
  ],
  [
    'firewall rule delete',
    () => {
      const id = instance().id;
      useQuery(firewallRulesQuery(id));
      const write = useDeleteFirewallRule(id);
      return () => write.mutateAsync(rule().id);
    },
  ],
];

describe('a write answered 429', () => {
  it.each(writes)(
    '%s fails at once, saying when to try, sent once',
    async (_name, useWrite) => {
      const { result } = renderHook(() => ({ send: useWrite() }), {
        wrapper,
      });
      await settle(client);
      setFault({ type: 'rate_limit', reset_in_seconds: 60, count: 1 });

      let failure: ApiError | undefined;
      result.current.send().catch((error: ApiError) => {
        failure = error;
      });
      // Turns of the event loop for the answer, and no time at all.
      for (let turn = 0; turn < 2_000 && !failure; turn += 1) {
        await act(() => vi.advanceTimersByTimeAsync(0));
        await nextTurn();
      }

      expect(failure).toMatchObject({
        status: 429,
        message:
          "The API's rate limit is reached; try again after 12:01:00 UTC.",
      });
      expect(posts).toHaveLength(1);
    },
  );
});
