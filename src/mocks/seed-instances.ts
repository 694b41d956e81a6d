import { toIso } from './clock';
import type { SeedContext } from './seed';
import { table } from './seed-reference';
import type { InstanceStatus, SshKey, StoredInstance } from './types';

// name region plan image status tags
const INSTANCES = `
web-1 lagos-1 standard-2 ubuntu-22.04 running production,web
web-2 lagos-1 standard-2 ubuntu-22.04 running production,web
web-3 lagos-1 standard-2 ubuntu-22.04 running production,web
api-1 lagos-1 standard-4 ubuntu-22.04 running production,api
api-2 lagos-1 standard-4 ubuntu-22.04 running production,api
db-primary lagos-1 memory-4 debian-12 running production,db,team:data
db-replica lagos-1 memory-4 debian-12 running production,db,team:data
cache-1 lagos-1 standard-2 debian-12 running production,cache
worker-1 lagos-1 cpu-4 ubuntu-24.04 running production,worker
worker-2 lagos-1 cpu-4 ubuntu-24.04 running production,worker
worker-3 lagos-1 cpu-4 ubuntu-24.04 running production,worker
staging-web lagos-1 standard-1 ubuntu-24.04 running staging,web
staging-api lagos-1 standard-1 ubuntu-24.04 running staging,api
ci-runner-1 lagos-1 cpu-8 ubuntu-24.04 running ci
ci-runner-2 lagos-1 cpu-8 ubuntu-24.04 stopped ci
bastion lagos-1 basic-1 alpine-3.20 running ops
monitoring lagos-1 standard-2 rocky-9 running ops,monitoring
dev-ada lagos-1 basic-1 fedora-41 stopped env:dev
mpesa-api-1 nairobi-1 cpu-4 ubuntu-22.04 running production,api,team:payments
mpesa-api-2 nairobi-1 cpu-4 ubuntu-22.04 running production,api,team:payments
ke-web-1 nairobi-1 standard-2 ubuntu-22.04 running production,web
ke-web-2 nairobi-1 standard-2 ubuntu-22.04 running production,web
ke-db nairobi-1 memory-4 debian-12 running production,db
ke-worker-1 nairobi-1 cpu-4 ubuntu-24.04 running production,worker
ke-staging nairobi-1 standard-1 ubuntu-24.04 stopped staging
ke-queue nairobi-1 standard-2 debian-12 running production,queue
ke-batch nairobi-1 cpu-8 ubuntu-24.04 provisioning batch,team:data
za-web-1 johannesburg-1 standard-2 ubuntu-22.04 running production,web
za-web-2 johannesburg-1 standard-2 ubuntu-22.04 running production,web
za-db johannesburg-1 memory-4 debian-12 running production,db
za-analytics johannesburg-1 memory-4 rocky-9 running analytics,team:data
za-backup johannesburg-1 standard-1 debian-12 stopped backup
za-test johannesburg-1 basic-1 alpine-3.20 stopped env:dev
gh-web-1 accra-1 standard-2 ubuntu-24.04 running production,web
gh-api-1 accra-1 standard-2 ubuntu-24.04 running production,api
gh-db accra-1 standard-4 debian-12 running production,db
gh-sandbox accra-1 basic-1 ubuntu-24.04 rebooting env:dev
eu-relay frankfurt-1 standard-2 debian-12 running production,relay
eu-mirror frankfurt-1 standard-4 debian-12 running production,mirror
eu-archive frankfurt-1 standard-1 debian-12 stopped archive
`;

export function seedInstances(
  ctx: SeedContext,
  keys: SshKey[],
): StoredInstance[] {
  const columns = [
    'name',
    'region',
    'plan',
    'image',
    'status',
    'tags',
  ] as const;
  const rows = table(INSTANCES, columns);
  const [laptop, ci] = keys.map((key) => key.id);
  return rows.map(({ name, region, plan, image, status, tags }) => {
    const instance: StoredInstance = {
      id: `inst-${ctx.rng.hex(10)}`,
      name,
      region,
      plan,
      image,
      status: status as InstanceStatus,
      public_ip: ctx.publicIp(region),
      created_at: ctx.daysAgo(3, 120),
      tags: tags.split(','),
      backups: tags.includes('production'),
      ssh_keys: [(tags.includes('ci') ? ci : laptop) ?? ''],
      user_data: null,
    };
    return withSeedTransition(ctx, instance);
  });
}

// The seeded account is caught mid-flight: one instance still provisioning,
// one rebooting, ending shortly after the reset.
function withSeedTransition(
  ctx: SeedContext,
  instance: StoredInstance,
): StoredInstance {
  if (instance.status === 'provisioning') {
    instance.created_at = toIso(ctx.now - 15_000);
    instance.transition = {
      until: ctx.now + 25_000,
      to: { status: 'running' },
    };
  }
  if (instance.status === 'rebooting') {
    instance.transition = { until: ctx.now + 8_000, to: { status: 'running' } };
  }
  return instance;
}
