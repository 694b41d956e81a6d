import type { components } from '../api/schema';
import { backendHealth } from './backend-health';
import type {
  CurrentToken,
  Instance,
  LoadBalancer,
  MockState,
  Snapshot,
  StoredInstance,
  StoredLoadBalancer,
  StoredToken,
  Token,
  Volume,
} from './types';

type Schemas = components['schemas'];

// Stored records carry what only the mock needs (transitions, hashes, user
// data); views are what the API sends, with derived fields filled in.

export function instanceView(
  state: MockState,
  instance: StoredInstance,
): Instance {
  const plan = state.plans.find((p) => p.id === instance.plan);
  const networks = state.networks.filter((network) =>
    network.members.some((m) => m.instance_id === instance.id),
  );
  const firstMember = networks[0]?.members.find(
    (m) => m.instance_id === instance.id,
  );
  return {
    id: instance.id,
    name: instance.name,
    region: instance.region,
    plan: instance.plan,
    image: instance.image,
    status: instance.status,
    // The address is assigned as the instance first boots.
    public_ip: instance.status === 'provisioning' ? null : instance.public_ip,
    private_ip: firstMember?.private_ip ?? null,
    created_at: instance.created_at,
    tags: [...instance.tags],
    specs: {
      vcpu: plan?.vcpu ?? 0,
      ram_gb: plan?.ram_gb ?? 0,
      disk_gb: plan?.disk_gb ?? 0,
    },
    backups: instance.backups,
    ssh_keys: [...instance.ssh_keys],
    private_networks: networks.map((network) => network.id),
  };
}

export function volumeView(volume: Volume): Schemas['Volume'] {
  return withoutTransition(volume);
}

export function snapshotView(snapshot: Snapshot): Schemas['Snapshot'] {
  return withoutTransition(snapshot);
}

export function loadBalancerView(
  state: MockState,
  balancer: StoredLoadBalancer,
): LoadBalancer {
  const { transition: _, backends, ...rest } = balancer;
  return {
    ...rest,
    health_check: { ...balancer.health_check },
    backends: backends.map((backend) => ({
      instance_id: backend.instance_id,
      weight: backend.weight,
      health: backendHealth(
        balancer,
        backend,
        state.instances.find((i) => i.id === backend.instance_id),
      ),
    })),
  };
}

export function tokenView(token: StoredToken): Token {
  const { hash: _, ...rest } = token;
  return { ...rest, scopes: [...token.scopes] };
}

export function currentTokenView(token: StoredToken): CurrentToken {
  return {
    id: token.id,
    name: token.name,
    scopes: [...token.scopes],
    expires_at: token.expires_at,
  };
}

function withoutTransition<T extends { transition?: unknown }>(record: T) {
  const { transition: _, ...rest } = record;
  return structuredClone(rest);
}
