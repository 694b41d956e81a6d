import type { SeedContext } from './seed';
import { table } from './seed-reference';
import type {
  FirewallRule,
  FloatingIp,
  Network,
  StoredInstance,
  StoredLoadBalancer,
} from './types';

export type Find = (name: string) => StoredInstance;

// name region subnet members
const NETWORKS = `
backend-net lagos-1 10.10.0.0/24 web-1,web-2,web-3,api-1,api-2,db-primary,db-replica,cache-1
lagos-workers lagos-1 10.20.0.0/24 db-primary,worker-1,worker-2,worker-3
nairobi-private nairobi-1 10.30.0.0/24 mpesa-api-1,mpesa-api-2,ke-db,ke-queue
za-net johannesburg-1 172.16.10.0/24 za-web-1,za-web-2,za-db
gh-net accra-1 192.168.50.0/24 -
`;

export function seedNetworks(ctx: SeedContext, find: Find): Network[] {
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

export function seedFloatingIps(ctx: SeedContext, find: Find): FloatingIp[] {
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

export function seedLoadBalancers(
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

export function seedRules(ctx: SeedContext, find: Find): FirewallRule[] {
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
