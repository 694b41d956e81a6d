import { describe, expect, it } from 'vitest';
import { sha256Hex } from './auth';
import { reloadDb, saveDb } from './db';
import { state } from './control';
import { DEMO_READONLY_TOKEN, DEMO_TOKEN, seedState } from './seed';

const AT = Date.UTC(2026, 10, 2, 10, 30, 0);

describe('seed', () => {
  it('is the same account for the same moment', () => {
    expect(seedState(AT)).toEqual(seedState(AT));
  });

  it('dates everything before the moment of the reset', () => {
    const seeded = seedState(AT);
    const dates = [
      ...seeded.instances,
      ...seeded.volumes,
      ...seeded.snapshots,
      ...seeded.networks,
      ...seeded.floatingIps,
      ...seeded.loadBalancers,
      ...seeded.firewallRules,
    ].map((record) => Date.parse(record.created_at));
    expect(Math.max(...dates)).toBeLessThanOrEqual(AT);
    expect(Math.min(...dates)).toBeGreaterThan(AT - 365 * 86_400_000);
  });

  it('has a varied account over several regions', () => {
    const { instances, regions } = seedState(AT);
    expect(regions[0]?.id).toBe('lagos-1');
    expect(instances).toHaveLength(40);
    expect(new Set(instances.map((i) => i.region)).size).toBe(5);
    const count = (status: string) =>
      instances.filter((i) => i.status === status).length;
    expect(count('running')).toBeGreaterThan(25);
    expect(count('stopped')).toBeGreaterThan(3);
    expect(instances.filter((i) => i.transition)).toHaveLength(2);
    const ips = instances.map((i) => i.public_ip);
    expect(new Set(ips).size).toBe(ips.length);
  });

  it('keeps the demo tokens as hashes only', async () => {
    const { tokens } = seedState(AT);
    const hashes = tokens.map((t) => t.hash);
    expect(hashes).toContain(await sha256Hex(DEMO_TOKEN));
    expect(hashes).toContain(await sha256Hex(DEMO_READONLY_TOKEN));
    expect(tokens.map((t) => t.prefix)).toEqual([
      DEMO_TOKEN.slice(0, 8),
      DEMO_READONLY_TOKEN.slice(0, 8),
      'fgk_9aXk',
    ]);
  });
});

describe('saved state', () => {
  it('survives a reload', () => {
    state().account.name = 'Renamed';
    saveDb();
    expect(reloadDb().account.name).toBe('Renamed');
  });

  it('is dropped when the seed version changes', () => {
    state().account.name = 'Renamed';
    saveDb();
    const saved = JSON.parse(localStorage.getItem('fugoku-mock-db') ?? '{}');
    saved.version = -1;
    localStorage.setItem('fugoku-mock-db', JSON.stringify(saved));
    expect(reloadDb().account.name).toBe('Adaeze Okafor');
  });
});
