import { describe, expect, it } from 'vitest';
import { DAY, HOUR, MINUTE, now } from './clock';
import { advanceClock, state } from './control';
import { call } from './test-utils';
import { HOURS_PER_MONTH } from './usage';

interface Line {
  id: string;
  hours: number;
  cost: number;
  deleted: boolean;
}

const cents = (dollars: number) => Math.round(dollars * 100);
const sum = (lines: { cost: number }[]) =>
  lines.reduce((total, line) => total + cents(line.cost), 0);
const day = (ms: number) => new Date(ms).toISOString().slice(0, 10);

async function usage(query = '') {
  const { status, body } = await call(`/account/usage${query}`);
  expect(status).toBe(200);
  return body.data;
}

describe('usage arithmetic', () => {
  it('prices every line from its hours, in whole cents', async () => {
    const data = await usage();
    const plans = new Map(state().plans.map((p) => [p.id, p.price_hourly]));
    for (const line of data.breakdown.instances) {
      const price = plans.get(line.plan) ?? 0;
      expect(cents(line.cost)).toBe(Math.round(line.hours * price * 100));
      expect(Number.isInteger(line.hours)).toBe(true);
    }
    const { volume_gb_month } = state().pricing;
    for (const line of data.breakdown.volumes) {
      const hourly = (line.size_gb * volume_gb_month) / 730;
      expect(cents(line.cost)).toBe(Math.round(line.hours * hourly * 100));
    }
  });

  it('makes the summary the breakdown, added in cents', async () => {
    const { summary, breakdown } = await usage(
      `?start_date=${day(now() - 90 * DAY)}`,
    );
    expect(cents(summary.compute)).toBe(sum(breakdown.instances));
    expect(cents(summary.storage)).toBe(sum(breakdown.volumes));
    expect(cents(summary.networking)).toBe(
      sum(breakdown.load_balancers) +
        sum(breakdown.floating_ips) +
        cents(breakdown.bandwidth.cost),
    );
    expect(cents(summary.total)).toBe(
      cents(summary.compute) +
        cents(summary.storage) +
        cents(summary.networking),
    );
    // Every figure is a whole number of cents, exactly.
    for (const value of Object.values(summary) as number[]) {
      expect(cents(value) / 100).toBe(value);
    }
  });

  it('bills each of the last three months, deleted resources included', async () => {
    const start = new Date(now());
    for (const back of [1, 2, 3]) {
      const first = Date.UTC(
        start.getUTCFullYear(),
        start.getUTCMonth() - back,
        1,
      );
      const last = Date.UTC(
        start.getUTCFullYear(),
        start.getUTCMonth() - back + 1,
        0,
      );
      const data = await usage(
        `?start_date=${day(first)}&end_date=${day(last)}`,
      );
      expect(data.summary.total).toBeGreaterThan(0);
      expect(data.period.end).toBe(`${day(last)}T23:59:59Z`);
    }
    const all = await usage(`?start_date=${day(now() - 100 * DAY)}`);
    const deleted = all.breakdown.instances.filter((l: Line) => l.deleted);
    expect(deleted.length).toBeGreaterThan(0);
  });

  it('counts hours up to now only, and grows as time passes', async () => {
    const today = day(now());
    const future = day(now() + 20 * DAY);
    const upToNow = await usage(`?end_date=${today}`);
    const ahead = await usage(`?end_date=${future}`);
    expect(ahead.summary).toEqual(upToNow.summary);
    advanceClock(3 * HOUR);
    const later = await usage(`?end_date=${day(now())}`);
    expect(cents(later.summary.compute)).toBeGreaterThan(
      cents(upToNow.summary.compute),
    );
  });

  it('refuses an end before the start', async () => {
    const { status, body } = await call(
      '/account/usage?start_date=2026-11-10&end_date=2026-11-09',
    );
    expect(status).toBe(400);
    expect(body.error.details).toHaveProperty('end_date');
  });
});

interface SizedLine extends Line {
  name: string;
  size_gb: number;
}

async function pricing() {
  const { status, body } = await call('/pricing');
  expect(status).toBe(200);
  return body.data as { volume_gb_month: number; load_balancer_month: number };
}

/** The hours the mock bills a resource deleted before the period's end. */
function lifetimeHours(created: string, deleted: string) {
  return Math.ceil((Date.parse(deleted) - Date.parse(created)) / HOUR);
}

const lastHundredDays = () => `?start_date=${day(now() - 100 * DAY)}`;

/** Creates a resource, keeps it 100 h 10 min, deletes it, waits 5 h more. */
async function shortLived(path: string, body: object) {
  const made = await call(path, { method: 'POST', body });
  expect(made.status).toBe(201);
  const id: string = made.body.data.id;
  advanceClock(100 * HOUR + 10 * MINUTE);
  const removed = await call(`${path}/${id}`, { method: 'DELETE' });
  expect(removed.status).toBe(204);
  advanceClock(5 * HOUR);
  return id;
}

describe('volume lines', () => {
  it('bill hours × size × the per-GB-month price spread over a month', async () => {
    const { volume_gb_month } = await pricing();
    const centsFor = (hours: number, sizeGb: number) =>
      Math.round(((hours * sizeGb * volume_gb_month) / HOURS_PER_MONTH) * 100);
    const { breakdown } = await usage(lastHundredDays());
    const lines: SizedLine[] = breakdown.volumes;

    const live = state().volumes;
    expect(live.length).toBeGreaterThan(0);
    for (const volume of live) {
      const line = lines.find((l) => l.id === volume.id);
      expect(line, volume.name).toMatchObject({
        name: volume.name,
        size_gb: volume.size_gb,
        deleted: false,
      });
      expect(line!.hours).toBeGreaterThan(0);
    }
    for (const line of lines) {
      expect(cents(line.cost), line.name).toBe(
        centsFor(line.hours, line.size_gb),
      );
    }

    // A volume deleted weeks ago is still on the bill, for its hours.
    const deleted = state().deleted.filter((d) => d.kind === 'volume');
    expect(deleted.length).toBeGreaterThan(0);
    for (const gone of deleted) {
      const hours = lifetimeHours(gone.created_at, gone.deleted_at);
      const line = lines.find((l) => l.id === gone.id);
      expect(line, gone.name).toMatchObject({ deleted: true, hours });
      expect(cents(line!.cost)).toBe(centsFor(hours, gone.size_gb ?? 0));
    }
  });

  it('still bill a volume created and deleted within the range', async () => {
    const { volume_gb_month } = await pricing();
    const id = await shortLived('/volumes', {
      name: 'short-lived',
      size_gb: 73,
      region: 'lagos-1',
    });
    const { breakdown } = await usage(`?start_date=${day(now() - 7 * DAY)}`);
    const line: SizedLine = breakdown.volumes.find((l: Line) => l.id === id);
    // 100 h 10 min is 101 started hours.
    expect(line).toMatchObject({
      name: 'short-lived',
      size_gb: 73,
      hours: 101,
      deleted: true,
    });
    expect(cents(line.cost)).toBe(
      Math.round(((101 * 73 * volume_gb_month) / HOURS_PER_MONTH) * 100),
    );
    // At the seeded $0.10 a GB-month: 73 GB for 101 hours is $1.01.
    expect(line.cost).toBe(1.01);
  });
});

describe('load balancer lines', () => {
  const balancer = {
    name: 'short-lb',
    region: 'lagos-1',
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
  };

  it('bill hours × the monthly price over the hours of a month', async () => {
    const { load_balancer_month } = await pricing();
    const centsFor = (hours: number) =>
      Math.round(((hours * load_balancer_month) / HOURS_PER_MONTH) * 100);
    const { breakdown } = await usage(lastHundredDays());
    const lines: (Line & { name: string })[] = breakdown.load_balancers;

    const live = state().loadBalancers;
    expect(live.length).toBeGreaterThan(0);
    for (const lb of live) {
      const line = lines.find((l) => l.id === lb.id);
      expect(line, lb.name).toMatchObject({ name: lb.name, deleted: false });
    }
    for (const line of lines) {
      expect(line.hours).toBeGreaterThan(0);
      expect(cents(line.cost), line.name).toBe(centsFor(line.hours));
    }

    const deleted = state().deleted.filter((d) => d.kind === 'load_balancer');
    expect(deleted.length).toBeGreaterThan(0);
    for (const gone of deleted) {
      const hours = lifetimeHours(gone.created_at, gone.deleted_at);
      const line = lines.find((l) => l.id === gone.id);
      expect(line, gone.name).toMatchObject({ deleted: true, hours });
      expect(cents(line!.cost)).toBe(centsFor(hours));
    }
  });

  it('still bill a balancer created and deleted within the range', async () => {
    const { load_balancer_month } = await pricing();
    const id = await shortLived('/load-balancers', balancer);
    const { breakdown } = await usage(`?start_date=${day(now() - 7 * DAY)}`);
    const line = breakdown.load_balancers.find((l: Line) => l.id === id);
    expect(line).toMatchObject({ name: 'short-lb', hours: 101, deleted: true });
    expect(cents(line.cost)).toBe(
      Math.round(((101 * load_balancer_month) / HOURS_PER_MONTH) * 100),
    );
    // At the seeded $12 a month over 730 hours: 101 hours is $1.66.
    expect(line.cost).toBe(1.66);
  });
});
