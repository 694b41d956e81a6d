import { DAY, toIso } from './clock';
import type { SeedContext } from './seed';
import { table } from './seed-reference';
import type {
  DeletedResource,
  FirewallRule,
  FloatingIp,
  MockState,
  Network,
  Snapshot,
  StoredInstance,
  StoredLoadBalancer,
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

type Find = (name: string) => StoredInstance;

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
    of('db-primary-data', 'before-upgrade'),
    of('web-assets', 'web-assets-weekly'),
    of('ke-db-data', 'ke-db-weekly'),
    failed,
    pending,
  ];
}

// name region subnet members
const NETWORKS = `
lagos-backend lagos-1 10.10.0.0/24 web-1,web-2,web-3,api-1,api-2,db-primary,db-replica,cache-1
lagos-workers lagos-1 10.20.0.0/24 db-primary,worker-1,worker-2,worker-3
nairobi-private nairobi-1 10.30.0.0/24 mpesa-api-1,mpesa-api-2,ke-db,ke-queue
za-net johannesburg-1 172.16.10.0/24 za-web-1,za-web-2,za-db
gh-net accra-1 192.168.50.0/24 -
`;

function seedNetworks(ctx: SeedContext, find: Find): Network[] {
  const rows = table(NETWORKS, ['name', 'region', 'subnet', 'members']);
  return rows.map(({ name, region, subnet, members }) => {
    const prefix = subnet.split('.').slice(0, 3).join('.');
    const names = members === '-' ? [] : members.split(',');
    return {
      id: `net-${ctx.rng.hex(10)}`,
      name,
      region,
      subnet,
      dhcp_enabled: true,
      members: names.map((member, i) => ({
        instance_id: find(member).id,
        private_ip: `${prefix}.${i + 2}`,
      })),
      created_at: ctx.daysAgo(120, 200),
    };
  });
}

function seedFloatingIps(ctx: SeedContext, find: Find): FloatingIp[] {
  const rows: [string, string | null][] = [
    ['lagos-1', 'web-1'],
    ['lagos-1', 'bastion'],
    ['lagos-1', null],
    ['nairobi-1', 'mpesa-api-1'],
    ['johannesburg-1', null],
  ];
  return rows.map(([region, owner]) => ({
    id: `fip-${ctx.rng.hex(10)}`,
    ip: ctx.publicIp(region),
    region,
    instance_id: owner ? find(owner).id : null,
    created_at: ctx.daysAgo(10, 90),
  }));
}

function seedLoadBalancers(
  ctx: SeedContext,
  find: Find,
): StoredLoadBalancer[] {
  const backend = (name: string, weight = 100) => ({
    instance_id: find(name).id,
    weight,
  });
  return [
    {
      id: `lb-${ctx.rng.hex(10)}`,
      name: 'web-lb',
      region: 'lagos-1',
      status: 'active',
      algorithm: 'round_robin',
      protocol: 'http',
      port: 80,
      backend_port: 8080,
      health_check: {
        path: '/health',
        interval: 10,
        timeout: 5,
        unhealthy_threshold: 3,
      },
      public_ip: ctx.publicIp('lagos-1'),
      backends: [backend('web-1'), backend('web-2'), backend('web-3')],
      created_at: ctx.daysAgo(60, 90),
    },
    {
      id: `lb-${ctx.rng.hex(10)}`,
      name: 'mpesa-lb',
      region: 'nairobi-1',
      status: 'active',
      algorithm: 'least_connections',
      protocol: 'https',
      port: 443,
      backend_port: 8443,
      health_check: {
        path: '/healthz',
        interval: 15,
        timeout: 5,
        unhealthy_threshold: 3,
      },
      public_ip: ctx.publicIp('nairobi-1'),
      backends: [backend('mpesa-api-1'), backend('mpesa-api-2', 50)],
      created_at: ctx.daysAgo(30, 60),
    },
  ];
}

// instance direction protocol port source description
const RULES = `
web-1 inbound tcp 80 0.0.0.0/0 HTTP
web-1 inbound tcp 443 0.0.0.0/0 HTTPS
web-1 inbound tcp 22 197.210.54.0/24 Office SSH
web-2 inbound tcp 80 0.0.0.0/0 HTTP
web-2 inbound tcp 443 0.0.0.0/0 HTTPS
web-3 inbound tcp 80 0.0.0.0/0 HTTP
web-3 inbound tcp 443 0.0.0.0/0 HTTPS
db-primary inbound tcp 5432 10.10.0.0/24 Postgres from the backend
db-primary inbound tcp 22 10.10.0.0/24
bastion inbound tcp 22 0.0.0.0/0 SSH from anywhere
bastion inbound icmp - 0.0.0.0/0 Ping
api-1 inbound tcp 8000-8100 10.10.0.0/24 App ports
api-1 outbound tcp 443 0.0.0.0/0 HTTPS out
api-1 outbound udp 53 0.0.0.0/0 DNS
mpesa-api-1 inbound tcp 8443 ::/0 From the load balancer
`;

function seedRules(ctx: SeedContext, find: Find): FirewallRule[] {
  const columns = [
    'owner',
    'direction',
    'protocol',
    'port',
    'source',
    'note',
  ] as const;
  const rows = table(RULES, columns);
  return rows.map(({ owner, direction, protocol, port, source, note }) => {
    const rule: FirewallRule = {
      id: `rule-${ctx.rng.hex(10)}`,
      instance_id: find(owner).id,
      direction: direction as FirewallRule['direction'],
      protocol: protocol as FirewallRule['protocol'],
      source,
      created_at: ctx.daysAgo(1, 60),
    };
    if (port !== '-') rule.port = /^\d+$/.test(port) ? Number(port) : port;
    if (note) rule.description = note;
    return rule;
  });
}

// Resources deleted in the last three months, so past bills list them.
function seedDeleted(ctx: SeedContext): DeletedResource[] {
  const span = (createdDaysAgo: number, deletedDaysAgo: number) => ({
    created_at: toIso(ctx.base - createdDaysAgo * DAY),
    deleted_at: toIso(ctx.base - deletedDaysAgo * DAY),
  });
  const id = (prefix: string) => `${prefix}-${ctx.rng.hex(10)}`;
  return [
    { kind: 'instance', id: id('inst'), name: 'old-web', plan: 'standard-2',
      ...span(100, 45) },
    { kind: 'instance', id: id('inst'), name: 'load-test-1', plan: 'cpu-8',
      ...span(80, 78) },
    { kind: 'volume', id: id('vol'), name: 'tmp-import', size_gb: 200,
      ...span(60, 58) },
    { kind: 'load_balancer', id: id('lb'), name: 'beta-lb',
      ...span(70, 40) },
    { kind: 'floating_ip', id: id('fip'), name: '102.89.77.14',
      ip: '102.89.77.14', ...span(90, 20) },
  ];
}
