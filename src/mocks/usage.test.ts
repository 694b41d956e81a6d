import { describe, expect, it } from 'vitest';
import { DAY, HOUR, now } from './clock';
import { advanceClock, state } from './control';
import { call } from './test-utils';

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
