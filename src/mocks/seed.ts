import { DAY, HOUR, SECOND, toIso } from './clock';
import { seededRng, type Rng } from './random';
import { seedInfra } from './seed-infra';
import {
  IMAGES,
  PLANS,
  PRICING,
  PUBLIC_PREFIX,
  REGIONS,
  table,
} from './seed-reference';
import type {
  InstanceStatus,
  MockState,
  SshKey,
  StoredInstance,
  StoredToken,
} from './types';

/** Bump when the seed or the stored shape changes: saved state is dropped. */
export const SEED_VERSION = 1;

/**
 * The demo credential: a read+write token of the seeded account. The sign-in
 * page offers it in demo mode, and it works against the HTTP mock server.
 * It is not a secret: it exists only in the mock cloud.
 */
export const DEMO_TOKEN = 'fgk_demo_7Kq2xV9mRt4LpW8nZc3Hb6Yd';

/** A read-only token of the same account, for testing 403s. */
export const DEMO_READONLY_TOKEN = 'fgk_ro_demo_3Fj8Tn2Qw6Lx9Vb4Km7Rs5Pc';

export interface SeedContext {
  rng: Rng;
  now: number;
  /** The start of the current hour: every seeded date is before it. */
  base: number;
  daysAgo(min: number, max: number): string;
  publicIp(region: string): string;
}

export function seedState(now: number): MockState {
  const ctx = seedContext(now);
  const sshKeys = seedSshKeys(ctx);
  const instances = seedInstances(ctx, sshKeys);
  return {
    rng: ctx.rng.int(1, 2 ** 31),
    regions: structuredClone(REGIONS),
    plans: structuredClone(PLANS),
    images: structuredClone(IMAGES),
    pricing: { ...PRICING },
    account: {
      id: 'acct-5k2m9q4x7c',
      name: 'Adaeze Okafor',
      email: 'ada@kilimo.dev',
      company: 'Kilimo Labs',
      currency: 'USD',
      balance: 250,
      created_at: toIso(ctx.base - 400 * DAY),
    },
    tokens: seedTokens(ctx),
    sshKeys,
    instances,
    ...seedInfra(ctx, instances),
    rateLimit: {
      hourStart: 0,
      minuteStart: 0,
      hourUsed: {},
      minuteUsed: {},
      hourFloor: 0,
    },
  };
}

function seedContext(now: number): SeedContext {
  const rng = seededRng(20261203);
  const base = Math.floor(now / HOUR) * HOUR;
  const used = new Set<string>();
  return {
    rng,
    now,
    base,
    daysAgo: (min, max) =>
      toIso(
        base -
          rng.int(min, max) * DAY -
          rng.int(0, 23) * HOUR -
          rng.int(0, 3599) * SECOND,
      ),
    publicIp(region) {
      let ip: string;
      do {
        ip = `${PUBLIC_PREFIX[region]}.${rng.int(1, 254)}.${rng.int(2, 254)}`;
      } while (used.has(ip));
      used.add(ip);
      return ip;
    },
  };
}

// Hashes and prefixes of the tokens' secrets. The third token's secret is
// not in the code: like a real one, it was shown once and is gone.
function seedTokens(ctx: SeedContext): StoredToken[] {
  const token = (
    id: string,
    name: string,
    scopes: StoredToken['scopes'],
    prefix: string,
    hash: string,
    expiresInDays: number | null,
  ): StoredToken => ({
    id,
    name,
    scopes,
    prefix,
    hash,
    created_at: ctx.daysAgo(20, 90),
    expires_at:
      expiresInDays === null ? null : toIso(ctx.base + expiresInDays * DAY),
    last_used_at: ctx.daysAgo(1, 5),
  });
  return [
    token('tok-demo4k7q2m', 'console-demo', ['read', 'write'], 'fgk_demo',
      'cc6c667aa83a91940b44d0fb7d848c65be0acb008c4f7912364eb71b47d7163d',
      null),
    token('tok-ro8c3v5n1x', 'ci-readonly', ['read'], 'fgk_ro_d',
      '26f892c31f6af1f69d2b5a21e3b65505f269fd40b519c7cd512e783ee51d48e5',
      365),
    token('tok-tf2b6w9j4p', 'terraform', ['read', 'write'], 'fgk_9aXk',
      'a34ae656c516b6f8d13060f7c85a2bd707e6df788775051e1793b2133358f493',
      90),
  ];
}

function seedSshKeys(ctx: SeedContext): SshKey[] {
  const key = (id: string, name: string, public_key: string, fp: string) => ({
    id,
    name,
    public_key,
    fingerprint: `SHA256:${fp}`,
    created_at: ctx.daysAgo(150, 300),
  });
  return [
    key('key-7h3k9d2m4q', 'laptop',
      'ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIJx4PzlydoLZwOzhqsgo75T+qXF24VpUp8g3Fe9MVwNj ada@laptop',
      'KqMKZA7nGPiihdhzQcFZhUEt36TJ0DFrcyLL4eBN1JQ'),
    key('key-2c8v5n1x6b', 'ci-runner',
      'ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIPGQCCdt2cPf/t48IZCX2XN01pgUnEiWZathckNK1kXB ci@runner',
      'ZbdBvdDtgztzIvNtaLaDsUdKo0hGt82hMFUKk0MDOaA'),
    key('key-9f4j6t3w8r', 'ops-desktop',
      'ecdsa-sha2-nistp256 AAAAE2VjZHNhLXNoYTItbmlzdHAyNTYAAAAIbmlzdHAyNTYAAABBBC4RWlEfgrBmHLM7QypQYExUu//Waa/fI/6DLWStdXK+dvH5AY8USxVNlgh1Uf/XQ+FXIrdabwLr8gpPUPYaIHI= ops@desktop',
      'T05gVAD6bDRgKozHBJBdFXYn4cMkpuIbTTxQvtRZfC4'),
  ];
}

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
mpesa-api-1 nairobi-1 standard-4 ubuntu-22.04 running production,api,team:payments
mpesa-api-2 nairobi-1 standard-4 ubuntu-22.04 running production,api,team:payments
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

function seedInstances(ctx: SeedContext, keys: SshKey[]): StoredInstance[] {
  const columns = ['name', 'region', 'plan', 'image', 'status', 'tags'] as const;
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
    instance.transition = { until: ctx.now + 25_000, to: { status: 'running' } };
  }
  if (instance.status === 'rebooting') {
    instance.transition = { until: ctx.now + 8_000, to: { status: 'running' } };
  }
  return instance;
}
