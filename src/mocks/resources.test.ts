import { describe, expect, it } from 'vitest';
import { state } from './control';
import { call } from './test-utils';

const names = (body: { data: { name: string }[] }) =>
  body.data.map((item) => item.name).sort();

describe('reference data', () => {
  it('lists regions with lagos-1 first, plans and images', async () => {
    const regions = await call('/regions');
    expect(regions.body.data[0].id).toBe('lagos-1');
    expect(regions.body.data).toHaveLength(5);
    const plans = await call('/plans');
    expect(plans.body.data.length).toBeGreaterThanOrEqual(8);
    expect(plans.body.data[0]).toEqual({
      id: 'basic-1',
      name: 'Basic 1',
      vcpu: 1,
      ram_gb: 1,
      disk_gb: 25,
      transfer_tb: 1,
      price_hourly: 0.007,
      price_monthly: 5,
    });
    expect((await call('/images')).body.data).toHaveLength(6);
  });

  it('gives prices and the account', async () => {
    expect((await call('/pricing')).body.data.currency).toBe('USD');
    const account = await call('/account');
    expect(account.body.data).toMatchObject({
      currency: 'USD',
      company: 'Kilimo Labs',
    });
  });
});

describe('volumes and snapshots', () => {
  it('filters volumes by region and by instance, id or name', async () => {
    const nairobi = await call('/volumes?region=nairobi-1');
    expect(names(nairobi.body)).toEqual(['ke-db-data', 'ke-scratch']);
    const byName = await call('/volumes?instance_id=db-primary');
    expect(names(byName.body)).toEqual(['db-primary-data']);
    const id = byName.body.data[0].instance_id;
    const byId = await call(`/volumes?instance_id=${id}`);
    expect(names(byId.body)).toEqual(['db-primary-data']);
  });

  it('has attached and free volumes', () => {
    const statuses = new Set(state().volumes.map((v) => v.status));
    expect(statuses).toEqual(new Set(['attached', 'available']));
  });

  it('filters snapshots by volume and explains a failure', async () => {
    const { body } = await call('/snapshots?volume_id=db-primary-data');
    expect(names(body)).toEqual(['db-primary-nightly', 'pre-upgrade']);
    const failed = await call('/snapshots/za-db-migration');
    expect(failed.body.data).toMatchObject({
      status: 'failed',
      failure_reason: expect.stringContaining('detached'),
    });
  });
});

describe('networking', () => {
  it('lists networks with their members', async () => {
    const { body } = await call('/networks?region=lagos-1');
    expect(names(body)).toEqual(['backend-net', 'lagos-workers']);
    const backend = await call('/networks/backend-net');
    expect(backend.body.data.members).toHaveLength(8);
    expect(backend.body.data.members[0].private_ip).toBe('10.10.0.2');
  });

  it('filters floating IPs by region and instance', async () => {
    const lagos = await call('/floating-ips?region=lagos-1');
    expect(lagos.body.data).toHaveLength(3);
    const web = await call('/floating-ips?instance_id=web-1');
    expect(web.body.data).toHaveLength(1);
    expect(web.body.data[0].ip).toMatch(/^102\.89\./);
  });

  it('finds the load balancers an instance is behind', async () => {
    const { body } = await call('/load-balancers?instance_id=mpesa-api-2');
    expect(names(body)).toEqual(['mpesa-lb']);
    expect(body.data[0].backends).toEqual([
      expect.objectContaining({ weight: 100, health: 'healthy' }),
      expect.objectContaining({ weight: 50, health: 'healthy' }),
    ]);
  });

  it('derives backend health from the instance', async () => {
    await call('/instances/web-3/actions', {
      method: 'POST',
      body: { type: 'stop' },
    });
    const health = async () =>
      (await call('/load-balancers/web-lb')).body.data.backends.map(
        (b: { health: string }) => b.health,
      );
    // Still serving while it stops; failing checks only once it is down
    // (src/mocks/load-balancers.test.ts follows the clock through).
    expect(await health()).toEqual(['healthy', 'healthy', 'healthy']);
    state().instances.find((i) => i.name === 'web-3')!.status = 'stopped';
    expect(await health()).toEqual(['healthy', 'healthy', 'unhealthy']);
  });

  it("lists an instance's firewall rules in full", async () => {
    const { body } = await call('/instances/bastion/firewall/rules');
    expect(body.data).toEqual([
      expect.objectContaining({ protocol: 'tcp', port: 22 }),
      expect.objectContaining({ protocol: 'icmp', source: '0.0.0.0/0' }),
    ]);
    expect(body.data[1]).not.toHaveProperty('port');
    expect(body.meta).not.toHaveProperty('pagination');
    const api = await call('/instances/api-1/firewall/rules');
    expect(api.body.data[0].port).toBe('8000-8100');
  });
});

describe('usage', () => {
  it('adds up in cents, by category', async () => {
    const { status, body } = await call('/account/usage');
    expect(status).toBe(200);
    const { summary, breakdown } = body.data;
    const cents = (n: number) => Math.round(n * 100);
    expect(cents(summary.total)).toBe(
      cents(summary.compute) +
        cents(summary.storage) +
        cents(summary.networking),
    );
    const compute = breakdown.instances.reduce(
      (sum: number, line: { cost: number }) => sum + cents(line.cost),
      0,
    );
    expect(compute).toBe(cents(summary.compute));
    expect(body.data.hourly_rate).toBeGreaterThan(0);
  });

  it('lists resources deleted within the period', async () => {
    const day = 86_400_000;
    const date = (ago: number) =>
      new Date(Date.now() - ago * day).toISOString().slice(0, 10);
    const { body } = await call(
      `/account/usage?start_date=${date(100)}&end_date=${date(1)}`,
    );
    const deleted = body.data.breakdown.instances.filter(
      (line: { deleted: boolean }) => line.deleted,
    );
    expect(deleted.map((l: { name: string }) => l.name).sort()).toEqual([
      'load-test-1',
      'old-web',
    ]);
    expect(body.data.period).toEqual({
      start: `${date(100)}T00:00:00Z`,
      end: `${date(1)}T23:59:59Z`,
    });
  });

  it('rejects a bad date with 400 on that parameter', async () => {
    const { status, body } = await call('/account/usage?start_date=2026-02-30');
    expect(status).toBe(400);
    expect(body.error.details).toHaveProperty('start_date');
  });
});
