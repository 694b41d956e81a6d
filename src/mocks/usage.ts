import { HOUR, now, toIso } from './clock';
import type { DeletedResource, MockState } from './types';

// Usage is computed, not stored: hours of each resource inside the period
// (up to now), priced in integer cents so that totals add up exactly.
//
// Resources are billed by the hour, and never more than their monthly
// price in a calendar month (UTC), as the established clouds bill: a plan
// advertised at $24.00 a month costs $24.00 for a whole month of 720 or
// 744 hours, not 720 × $0.036. A period spanning months caps each month on
// its own, counting the hours of that month before the period began, so
// that the figures of two adjacent periods add up to those of both.

/** The hours a monthly price is spread over. */
export const HOURS_PER_MONTH = 730;
/** Egress per instance-hour: a steady trickle that makes the bill real. */
const EGRESS_GB_PER_HOUR = 0.05;

export interface Period {
  start: number;
  /** Exclusive. */
  end: number;
}

interface Life {
  id: string;
  name: string;
  created_at: string;
  deleted_at?: string;
  deleted: boolean;
}

/** What a resource costs: by the hour, at most so much a month. */
export interface Price {
  hourly: number;
  monthly: number;
}

/** When a resource existed. */
type Span = Pick<Life, 'created_at' | 'deleted_at'>;

interface Line<T extends Life> {
  life: T;
  hours: number;
  cents: number;
}

/** Midnight UTC of the first day of the month `offset` months after `at`. */
function monthAt(at: number, offset = 0): number {
  const date = new Date(at);
  return Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + offset, 1);
}

/** Started hours from `from` to `to`: a started hour counts in full. */
const startedHours = (from: number, to: number) =>
  to > from ? Math.ceil((to - from) / HOUR) : 0;

/** When a resource's billing runs in a period, counted up to `until`. */
function runIn(period: Period, life: Span, until: number) {
  const created = Date.parse(life.created_at);
  const deleted = life.deleted_at ? Date.parse(life.deleted_at) : Infinity;
  const from = Math.max(period.start, created);
  const to = Math.min(period.end, deleted, until);
  return { created, from, to };
}

/**
 * A resource's cost in a period, in dollars, before rounding: each
 * calendar month's hours at the hourly price, up to the monthly price less
 * what the month's hours before the period already cost.
 */
function cost(period: Period, life: Span, price: Price, until = now()) {
  const { created, from, to } = runIn(period, life, until);
  const hours = startedHours(from, to);
  let uncappedHours = 0;
  let cappedDollars = 0;
  for (let month = monthAt(from); month < to; month = monthAt(month, 1)) {
    const next = monthAt(month, 1);
    // The period's started hours, each in the month where it starts.
    const inMonth =
      startedHours(from, Math.min(next, to)) -
      startedHours(from, Math.max(month, from));
    // Only the period's first month can have hours before it began.
    const before = startedHours(Math.max(month, created), from);
    const billedBefore = Math.min(before * price.hourly, price.monthly);
    if ((before + inMonth) * price.hourly < price.monthly) {
      uncappedHours += inMonth;
    } else {
      cappedDollars += price.monthly - billedBefore;
    }
  }
  // Summed in this order, a line no cap reaches is exactly hours × price.
  return { hours, dollars: uncappedHours * price.hourly + cappedDollars };
}

const toCents = (dollars: number) => Math.round(dollars * 100);
const toDollars = (cents: number) => cents / 100;
const perHour = (monthly: number) => monthly / HOURS_PER_MONTH;
const monthlyPrice = (monthly: number): Price => ({
  hourly: perHour(monthly),
  monthly,
});
const total = (lines: { cents: number }[]) =>
  lines.reduce((sum, line) => sum + line.cents, 0);

/** Lines with hours in the period, dearest first. */
function bill<T extends Life>(
  period: Period,
  lives: T[],
  price: (life: T) => Price,
): Line<T>[] {
  return lives
    .map((life) => {
      const { hours, dollars } = cost(period, life, price(life));
      return { life, hours, cents: toCents(dollars) };
    })
    .filter((line) => line.hours > 0)
    .sort((a, b) => b.cents - a.cents);
}

function live<T>(records: T[]) {
  return records.map((record) => ({ ...record, deleted: false }));
}

function gone(state: MockState, kind: DeletedResource['kind']) {
  return state.deleted
    .filter((d) => d.kind === kind)
    .map((d) => ({ ...d, deleted: true }));
}

/** How each kind of resource is priced, by the hour and at most monthly. */
function prices(state: MockState) {
  const { pricing } = state;
  const plans = new Map(state.plans.map((p) => [p.id, p]));
  const free: Price = { hourly: 0, monthly: 0 };
  return {
    instance: (plan: string | undefined): Price => {
      const found = plans.get(plan ?? '');
      return found
        ? { hourly: found.price_hourly, monthly: found.price_monthly }
        : free;
    },
    volume: (sizeGb: number | undefined) =>
      monthlyPrice((sizeGb ?? 0) * pricing.volume_gb_month),
    loadBalancer: monthlyPrice(pricing.load_balancer_month),
    floatingIp: monthlyPrice(pricing.floating_ip_month),
  };
}

function lines(state: MockState, period: Period) {
  const price = prices(state);
  const instances = [...live(state.instances), ...gone(state, 'instance')];
  const volumes = [...live(state.volumes), ...gone(state, 'volume')];
  const balancers = [
    ...live(state.loadBalancers),
    ...gone(state, 'load_balancer'),
  ];
  const addresses = [
    ...live(state.floatingIps).map((f) => ({ ...f, name: f.ip })),
    ...gone(state, 'floating_ip'),
  ];
  return {
    instances: bill(period, instances, (i) => price.instance(i.plan)),
    volumes: bill(period, volumes, (v) => price.volume(v.size_gb)),
    balancers: bill(period, balancers, () => price.loadBalancer),
    addresses: bill(period, addresses, () => price.floatingIp),
  };
}

function bandwidth(state: MockState, period: Period, instanceHours: number) {
  const hours = Math.max(0, Math.min(period.end, now()) - period.start) / HOUR;
  const egressGb = Math.round(instanceHours * EGRESS_GB_PER_HOUR);
  const includedGb = Math.round(
    (state.pricing.included_egress_gb * hours) / HOURS_PER_MONTH,
  );
  const extraGb = Math.max(0, egressGb - includedGb);
  return {
    egress_gb: egressGb,
    included_gb: includedGb,
    cents: toCents(extraGb * state.pricing.egress_gb),
  };
}

export function computeUsage(state: MockState, period: Period) {
  const { instances, volumes, balancers, addresses } = lines(state, period);
  const instanceHours = instances.reduce((sum, l) => sum + l.hours, 0);
  const { cents: egressCents, ...egress } = bandwidth(
    state,
    period,
    instanceHours,
  );
  const compute = total(instances);
  const storage = total(volumes);
  const networking = total(balancers) + total(addresses) + egressCents;
  const common = <T extends Life>({ life, hours, cents }: Line<T>) => ({
    id: life.id,
    hours,
    cost: toDollars(cents),
    deleted: life.deleted,
  });
  return {
    currency: state.account.currency,
    summary: {
      compute: toDollars(compute),
      storage: toDollars(storage),
      networking: toDollars(networking),
      total: toDollars(compute + storage + networking),
    },
    breakdown: {
      instances: instances.map((line) => ({
        ...common(line),
        name: line.life.name,
        plan: line.life.plan ?? '',
      })),
      volumes: volumes.map((line) => ({
        ...common(line),
        name: line.life.name,
        size_gb: line.life.size_gb ?? 0,
      })),
      load_balancers: balancers.map((line) => ({
        ...common(line),
        name: line.life.name,
      })),
      floating_ips: addresses.map((line) => ({
        ...common(line),
        ip: line.life.name,
      })),
      bandwidth: { ...egress, cost: toDollars(egressCents) },
    },
    hourly_rate: hourlyRate(state),
    rest_of_month: toDollars(restOfMonth(state)),
  };
}

/** The account's resources as they stand, each with its price. */
function running(state: MockState) {
  const price = prices(state);
  const mark = <T>(records: T[], of: (record: T) => Price) =>
    records.map((record) => ({ record, price: of(record) }));
  return [
    ...mark(state.instances, (i) => price.instance(i.plan)),
    ...mark(state.volumes, (v) => price.volume(v.size_gb)),
    ...mark(state.loadBalancers, () => price.loadBalancer),
    ...mark(state.floatingIps, () => price.floatingIp),
  ];
}

/** What the account costs per hour as it stands, for a projection. */
function hourlyRate(state: MockState): number {
  const { pricing } = state;
  const plans = new Map(state.plans.map((p) => [p.id, p.price_hourly]));
  const gb = state.volumes.reduce((sum, v) => sum + v.size_gb, 0);
  const rate =
    state.instances.reduce((sum, i) => sum + (plans.get(i.plan) ?? 0), 0) +
    gb * perHour(pricing.volume_gb_month) +
    state.loadBalancers.length * perHour(pricing.load_balancer_month) +
    state.floatingIps.length * perHour(pricing.floating_ip_month);
  return Math.round(rate * 10000) / 10000;
}

/**
 * What the current resources will still cost from now to the end of this
 * calendar month if they keep running, each capped at its monthly price:
 * its bill for the whole month less its bill so far, in cents.
 */
function restOfMonth(state: MockState): number {
  const at = now();
  const month = monthAt(at);
  const end = monthAt(at, 1);
  const period = { start: month, end };
  return running(state).reduce((sum, { record, price }) => {
    const whole = cost(period, record, price, end).dollars;
    const sofar = cost(period, record, price, at).dollars;
    return sum + toCents(whole) - toCents(sofar);
  }, 0);
}

export function monthStart(at: number): number {
  return monthAt(at);
}

/** As the response writes it: the last second of the period, or now. */
export function periodView(period: Period) {
  const end = Math.min(period.end - 1000, now());
  return { start: toIso(period.start), end: toIso(end) };
}
