import { DAY, HOUR, SECOND, toIso } from './clock';
import { seededRng, type Rng } from './random';
import { seedInfra } from './seed-infra';
import { seedInstances } from './seed-instances';
import {
  IMAGES,
  PLANS,
  PRICING,
  PUBLIC_PREFIX,
  REGIONS,
} from './seed-reference';
import type { MockState, SshKey, StoredToken } from './types';

/** Bump when the seed or the stored shape changes: saved state is dropped. */
export const SEED_VERSION = 2;

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
    token(
      'tok-demo4k7q2m',
      'console-demo',
      ['read', 'write'],
      'fgk_demo',
      'cc6c667aa83a91940b44d0fb7d848c65be0acb008c4f7912364eb71b47d7163d',
      null,
    ),
    token(
      'tok-ro8c3v5n1x',
      'ci-readonly',
      ['read'],
      'fgk_ro_d',
      '26f892c31f6af1f69d2b5a21e3b65505f269fd40b519c7cd512e783ee51d48e5',
      365,
    ),
    token(
      'tok-tf2b6w9j4p',
      'terraform',
      ['read', 'write'],
      'fgk_9aXk',
      'a34ae656c516b6f8d13060f7c85a2bd707e6df788775051e1793b2133358f493',
      90,
    ),
  ];
}

// Real public keys whose private halves were thrown away; the fingerprints
// are what ssh-keygen -l prints for them.
const SSH_KEYS: Omit<SshKey, 'created_at'>[] = [
  {
    id: 'key-7h3k9d2m4q',
    name: 'laptop',
    public_key:
      'ssh-ed25519 ' +
      'AAAAC3NzaC1lZDI1NTE5AAAAIJx4PzlydoLZwOzhqsgo75T+qXF24VpUp8g3Fe9MVwNj ' +
      'ada@laptop',
    fingerprint: 'SHA256:KqMKZA7nGPiihdhzQcFZhUEt36TJ0DFrcyLL4eBN1JQ',
  },
  {
    id: 'key-2c8v5n1x6b',
    name: 'ci-runner',
    public_key:
      'ssh-ed25519 ' +
      'AAAAC3NzaC1lZDI1NTE5AAAAIPGQCCdt2cPf/t48IZCX2XN01pgUnEiWZathckNK1kXB ' +
      'ci@runner',
    fingerprint: 'SHA256:ZbdBvdDtgztzIvNtaLaDsUdKo0hGt82hMFUKk0MDOaA',
  },
  {
    id: 'key-9f4j6t3w8r',
    name: 'ops-desktop',
    public_key:
      'ecdsa-sha2-nistp256 ' +
      'AAAAE2VjZHNhLXNoYTItbmlzdHAyNTYAAAAIbmlzdHAyNTYAAABBBC4RWlEfgrBmHLM7' +
      'QypQYExUu//Waa/fI/6DLWStdXK+dvH5AY8USxVNlgh1Uf/XQ+FXIrdabwLr8gpPUPYa' +
      'IHI= ops@desktop',
    fingerprint: 'SHA256:T05gVAD6bDRgKozHBJBdFXYn4cMkpuIbTTxQvtRZfC4',
  },
];

function seedSshKeys(ctx: SeedContext): SshKey[] {
  return SSH_KEYS.map((key) => ({
    ...key,
    created_at: ctx.daysAgo(150, 300),
  }));
}
