import { DAY, toIso } from './clock';
import type { SeedContext } from './seed';
import {
  seedFloatingIps,
  seedLoadBalancers,
  seedNetworks,
  seedRules,
  type Find,
} from './seed-network';
import { table } from './seed-reference';
import type {
  DeletedResource,
  MockState,
  Snapshot,
  StoredInstance,
  Volume,
} from './types';

type Infra = Pick<
  MockState,
  | 'volumes'
  | 'snapshots'
  | 'networks'
  | 'floatingIps'
  | 'loadBalancers'
  | 'firewallRules'
  | 'deleted'
>;

export function seedInfra(
  ctx: SeedContext,
  instances: StoredInstance[],
): Infra {
  const find = (name: string) => {
    const found = instances.find((instance) => instance.name === name);
    if (!found) throw new Error(`Seed names an unknown instance: ${name}`);
    return found;
  };
  const volumes = seedVolumes(ctx, find);
  return {
    volumes,
    snapshots: seedSnapshots(ctx, volumes),
    networks: seedNetworks(ctx, find),
    floatingIps: seedFloatingIps(ctx, find),
    loadBalancers: seedLoadBalancers(ctx, find),
    firewallRules: seedRules(ctx, find),
    deleted: seedDeleted(ctx),
  };
}

// name size region attached-to (- for none)
const VOLUMES = `
db-primary-data 500 lagos-1 db-primary
db-replica-data 500 lagos-1 db-replica
web-assets 100 lagos-1 web-1
ci-cache 200 lagos-1 ci-runner-1
backups-archive 1000 lagos-1 -
ke-db-data 250 nairobi-1 ke-db
ke-scratch 50 nairobi-1 -
za-db-data 300 johannesburg-1 za-db
gh-uploads 80 accra-1 gh-web-1
eu-mirror-data 2000 frankfurt-1 eu-mirror
`;

function seedVolumes(ctx: SeedContext, find: Find): Volume[] {
  const rows = table(VOLUMES, ['name', 'size', 'region', 'owner']);
  return rows.map(({ name, size, region, owner }): Volume => {
    const instance = owner === '-' ? undefined : find(owner);
    return {
      id: `vol-${ctx.rng.hex(10)}`,
      name,
      size_gb: Number(size),
      region,
      status: instance ? 'attached' : 'available',
      instance_id: instance?.id ?? null,
      snapshot_id: null,
      created_at: ctx.daysAgo(2, 100),
    };
  });
}

function seedSnapshots(ctx: SeedContext, volumes: Volume[]): Snapshot[] {
  const of = (volumeName: string, name: string): Snapshot => {
    const volume = volumes.find((v) => v.name === volumeName) as Volume;
    return {
      id: `snap-${ctx.rng.hex(10)}`,
      name,
      volume_id: volume.id,
      region: volume.region,
      size_gb: volume.size_gb,
      status: 'available',
      failure_reason: null,
      created_at: ctx.daysAgo(1, 30),
    };
  };
  const failed = of('za-db-data', 'za-db-migration');
  failed.status = 'failed';
  failed.failure_reason =
    'The volume was detached while the snapshot was being taken';
  const pending = of('eu-mirror-data', 'eu-mirror-sync');
  pending.status = 'pending';
  pending.created_at = toIso(ctx.now - 20_000);
  pending.transition = {
    until: ctx.now + 40_000,
    to: { status: 'available' },
  };
  return [
    of('db-primary-data', 'db-primary-nightly'),
    of('db-primary-data', 'pre-upgrade'),
    of('web-assets', 'web-assets-weekly'),
    of('ke-db-data', 'ke-db-weekly'),
    failed,
    pending,
  ];
}

// Resources deleted in the last three months, so past bills list them.
function seedDeleted(ctx: SeedContext): DeletedResource[] {
  const span = (createdDaysAgo: number, deletedDaysAgo: number) => ({
    created_at: toIso(ctx.base - createdDaysAgo * DAY),
    deleted_at: toIso(ctx.base - deletedDaysAgo * DAY),
  });
  const id = (prefix: string) => `${prefix}-${ctx.rng.hex(10)}`;
  return [
    {
      kind: 'instance',
      id: id('inst'),
      name: 'old-web',
      plan: 'standard-2',
      ...span(100, 45),
    },
    {
      kind: 'instance',
      id: id('inst'),
      name: 'load-test-1',
      plan: 'cpu-8',
      ...span(80, 78),
    },
    {
      kind: 'volume',
      id: id('vol'),
      name: 'tmp-import',
      size_gb: 200,
      ...span(60, 58),
    },
    { kind: 'load_balancer', id: id('lb'), name: 'beta-lb', ...span(70, 40) },
    {
      kind: 'floating_ip',
      id: id('fip'),
      name: '102.89.77.14',
      ip: '102.89.77.14',
      ...span(90, 20),
    },
  ];
}
