import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DAY, HOUR, MINUTE, now } from './clock';
import { advanceClock, reset, state } from './control';
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

// 20 Nov 2026, 09:00 UTC, as in the browser tests: 465 hours into the
// month, fewer than any monthly price takes to reach at its hourly price.
const AT = Date.UTC(2026, 10, 20, 9, 0, 0);

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(AT);
  reset();
});

afterEach(() => {
  vi.useRealTimers();
});

async function usage(query = '') {
  const { status, body } = await call(`/account/usage${query}`);
  expect(status).toBe(200);
  return body.data;
}

interface Span {
  created_at: string;
  deleted_at?: string;
}
interface Price {
  hourly: number;
  monthly: number;
}

const monthOf = (ms: number) => {
  const date = new Date(ms);
  return Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), 1);
};

/**
 * The bill for a resource, hour by hour: each started hour at the hourly
 * price, in the calendar month it starts in, and no month above the
 * monthly price, counting the month's hours before the period.
 */
function billedCents(
  life: Span,
  period: { start: number; end: number },
  price: Price,
  until = now(),
) {
  const created = Date.parse(life.created_at);
  const deleted = life.deleted_at ? Date.parse(life.deleted_at) : Infinity;
  const from = Math.max(period.start, created);
  const to = Math.min(period.end, deleted, until);
  const months = new Map<number, { before: number; during: number }>();
  for (let hour = from; hour < to; hour += HOUR) {
    const month = months.get(monthOf(hour)) ?? { before: 0, during: 0 };
    month.during += 1;
    months.set(monthOf(hour), month);
  }
  const first = months.get(monthOf(from));
  if (first) {
    for (let hour = Math.max(monthOf(from), created); hour < from; hour += HOUR)
      first.before += 1;
  }
  let uncapped = 0;
  let capped = 0;
  for (const { before, during } of months.values()) {
    if ((before + during) * price.hourly < price.monthly) uncapped += during;
    else
      capped += price.monthly - Math.min(before * price.hourly, price.monthly);
  }
  return Math.round((uncapped * price.hourly + capped) * 100);
}

const perMonth = (monthly: number): Price => ({
  hourly: monthly / HOURS_PER_MONTH,
  monthly,
});

/** A period as the API reads ?start_date&end_date: end day included. */
const periodOf = (start: string, end: string) => ({
  start: Date.parse(`${start}T00:00:00Z`),
  end: Date.parse(`${end}T00:00:00Z`) + DAY,
});

describe('usage arithmetic', () => {
  // So early in the month no resource has reached its monthly price.
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
  it('bill hours × size × the per-GB-month price, at most size × it a month', async () => {
    const { volume_gb_month } = await pricing();
    const price = (sizeGb: number) => perMonth(sizeGb * volume_gb_month);
    const { breakdown } = await usage(lastHundredDays());
    const lines: SizedLine[] = breakdown.volumes;
    const period = {
      start: Date.parse(`${day(now() - 100 * DAY)}T00:00Z`),
      end: Infinity,
    };

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
    for (const volume of live) {
      const line = lines.find((l) => l.id === volume.id)!;
      expect(cents(line.cost), volume.name).toBe(
        billedCents(volume, period, price(volume.size_gb)),
      );
      // Never more than the hours at the hourly price.
      expect(cents(line.cost)).toBeLessThanOrEqual(
        Math.round(line.hours * price(volume.size_gb).hourly * 100),
      );
    }

    // A volume deleted weeks ago is still on the bill, for its hours.
    const deleted = state().deleted.filter((d) => d.kind === 'volume');
    expect(deleted.length).toBeGreaterThan(0);
    for (const gone of deleted) {
      const hours = lifetimeHours(gone.created_at, gone.deleted_at);
      const line = lines.find((l) => l.id === gone.id);
      expect(line, gone.name).toMatchObject({ deleted: true, hours });
      expect(cents(line!.cost)).toBe(
        billedCents(gone, period, price(gone.size_gb ?? 0)),
      );
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

  it('bill hours × the monthly price over the hours of a month, at most it a month', async () => {
    const { load_balancer_month } = await pricing();
    const price = perMonth(load_balancer_month);
    const period = {
      start: Date.parse(`${day(now() - 100 * DAY)}T00:00Z`),
      end: Infinity,
    };
    const { breakdown } = await usage(lastHundredDays());
    const lines: (Line & { name: string })[] = breakdown.load_balancers;

    const live = state().loadBalancers;
    expect(live.length).toBeGreaterThan(0);
    for (const lb of live) {
      const line = lines.find((l) => l.id === lb.id);
      expect(line, lb.name).toMatchObject({ name: lb.name, deleted: false });
      expect(line!.hours).toBeGreaterThan(0);
      expect(cents(line!.cost), lb.name).toBe(billedCents(lb, period, price));
    }

    const deleted = state().deleted.filter((d) => d.kind === 'load_balancer');
    expect(deleted.length).toBeGreaterThan(0);
    for (const gone of deleted) {
      const hours = lifetimeHours(gone.created_at, gone.deleted_at);
      const line = lines.find((l) => l.id === gone.id);
      expect(line, gone.name).toMatchObject({ deleted: true, hours });
      expect(cents(line!.cost)).toBe(billedCents(gone, period, price));
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

describe('monthly caps', () => {
  // Everything below is created an hour before August begins and kept.
  const CREATED = Date.UTC(2026, 6, 31, 23, 0, 0);

  async function createKept() {
    vi.setSystemTime(CREATED);
    reset();
    const made = await Promise.all([
      call('/instances', {
        method: 'POST',
        body: {
          name: 'kept-web',
          region: 'lagos-1',
          plan: 'standard-2',
          image: 'ubuntu-24.04',
        },
      }),
      call('/volumes', {
        method: 'POST',
        body: { name: 'kept-data', size_gb: 100, region: 'lagos-1' },
      }),
      call('/load-balancers', {
        method: 'POST',
        body: {
          name: 'kept-lb',
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
        },
      }),
      call('/floating-ips', { method: 'POST', body: { region: 'lagos-1' } }),
    ]);
    for (const reply of made) expect(reply.status).toBe(201);
    const [instance, volume, balancer, address] = made.map(
      (reply) => reply.body.data.id as string,
    );
    return { instance, volume, balancer, address };
  }

  /** Each kept resource's line of a range, as the API bills it. */
  async function keptLines(start: string, end: string) {
    const { breakdown, summary } = await usage(
      `?start_date=${start}&end_date=${end}`,
    );
    const find = (lines: Line[], name: string, key = 'name') =>
      lines.find((l) => (l as unknown as Record<string, string>)[key] === name);
    const ip = state().floatingIps.at(-1)!.ip;
    return {
      summary,
      breakdown,
      instance: find(breakdown.instances, 'kept-web')!,
      volume: find(breakdown.volumes, 'kept-data')!,
      balancer: find(breakdown.load_balancers, 'kept-lb')!,
      address: find(breakdown.floating_ips, ip, 'ip')!,
    };
  }

  it('bill a whole month of 31 days exactly the monthly price', async () => {
    await createKept();
    advanceClock(Date.UTC(2026, 8, 2) - CREATED);
    const { pricing } = state();
    const august = await keptLines('2026-08-01', '2026-08-31');
    // 744 hours: at $0.036 that would be $26.78; the plan says $24.00.
    expect(august.instance).toMatchObject({ hours: 744, cost: 24 });
    expect(august.volume).toMatchObject({
      hours: 744,
      cost: 100 * pricing.volume_gb_month,
    });
    expect(august.balancer).toMatchObject({
      hours: 744,
      cost: pricing.load_balancer_month,
    });
    expect(august.address).toMatchObject({
      hours: 744,
      cost: pricing.floating_ip_month,
    });
  });

  it('bill a month of 720 hours the monthly price, not 720 × the hourly one', async () => {
    await createKept();
    advanceClock(Date.UTC(2026, 9, 2) - CREATED);
    const september = await keptLines('2026-09-01', '2026-09-30');
    // $25.92 at $0.036 an hour; the cap is $24.00.
    expect(september.instance).toMatchObject({ hours: 720, cost: 24 });
  });

  it('bill half a month about half, by the hour', async () => {
    await createKept();
    advanceClock(Date.UTC(2026, 8, 2) - CREATED);
    const { pricing } = state();
    const firstHalf = await keptLines('2026-08-01', '2026-08-15');
    expect(firstHalf.instance).toMatchObject({ hours: 360, cost: 12.96 });
    // 360 of the month's 744 hours: about half of each monthly price.
    const volumeMonth = 100 * pricing.volume_gb_month;
    expect(firstHalf.volume.cost).toBe(
      Math.round((360 * volumeMonth * 100) / HOURS_PER_MONTH) / 100,
    );
    for (const [line, monthly] of [
      [firstHalf.instance, 24],
      [firstHalf.volume, volumeMonth],
      [firstHalf.balancer, pricing.load_balancer_month],
    ] as const) {
      expect(line.cost / monthly).toBeGreaterThan(0.45);
      expect(line.cost / monthly).toBeLessThan(0.55);
    }

    // The second half bills what the cap leaves, so the halves add up.
    const secondHalf = await keptLines('2026-08-16', '2026-08-31');
    expect(secondHalf.instance).toMatchObject({ hours: 384, cost: 11.04 });
    expect(
      cents(firstHalf.instance.cost) + cents(secondHalf.instance.cost),
    ).toBe(2400);
  });

  it('cap each calendar month of a longer range on its own', async () => {
    await createKept();
    advanceClock(Date.UTC(2026, 9, 20) - CREATED);
    const range = await keptLines('2026-08-01', '2026-10-15');
    // August $24.00 and September $24.00, capped; 1–15 October, 360 h at
    // $0.036, $12.96.
    expect(range.instance).toMatchObject({
      hours: 744 + 720 + 360,
      cost: 60.96,
    });
    // The summary is still the breakdown, added in cents.
    const { summary, breakdown } = range;
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
  });

  it('say what the rest of the month can still cost, within each cap', async () => {
    await createKept();
    // 20 October, 00:00: 456 of October's 744 hours gone, 288 left.
    advanceClock(Date.UTC(2026, 9, 20) - CREATED);
    const data = await usage();
    const hoursLeft = 288;

    // The kept instance: $16.42 so far; the month's $24.00 leaves $7.58,
    // where 288 hours at $0.036 would be $10.37.
    const month = periodOf('2026-10-01', '2026-10-31');
    const kept = state().instances.find((i) => i.name === 'kept-web')!;
    const standard2 = { hourly: 0.036, monthly: 24 };
    const whole = billedCents(kept, month, standard2, month.end);
    expect(whole - billedCents(kept, month, standard2)).toBe(758);

    const { pricing, plans } = state();
    const plan = (id: string) => plans.find((p) => p.id === id)!;
    const priced: [Span, Price][] = [
      ...state().instances.map((i): [Span, Price] => [
        i,
        {
          hourly: plan(i.plan).price_hourly,
          monthly: plan(i.plan).price_monthly,
        },
      ]),
      ...state().volumes.map((v): [Span, Price] => [
        v,
        perMonth(v.size_gb * pricing.volume_gb_month),
      ]),
      ...state().loadBalancers.map((b): [Span, Price] => [
        b,
        perMonth(pricing.load_balancer_month),
      ]),
      ...state().floatingIps.map((f): [Span, Price] => [
        f,
        perMonth(pricing.floating_ip_month),
      ]),
    ];
    const rest = priced.reduce(
      (total, [life, price]) =>
        total +
        billedCents(life, month, price, month.end) -
        billedCents(life, month, price),
      0,
    );
    expect(cents(data.rest_of_month)).toBe(rest);
    expect(data.rest_of_month).toBeLessThan(data.hourly_rate * hoursLeft);
  });
});
