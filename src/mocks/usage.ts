import { HOUR, now, toIso } from './clock';
import type { DeletedResource, MockState } from './types';

// Usage is computed, not stored: hours of each resource inside the period
// (up to now), priced in integer cents so that totals add up exactly.

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

interface Line<T extends Life> {
  life: T;
  hours: number;
  cents: number;
}

function hoursIn(period: Period, life: Life): number {
  const from = Math.max(period.start, Date.parse(life.created_at));
  const deleted = life.deleted_at ? Date.parse(life.deleted_at) : Infinity;
  const to = Math.min(period.end, deleted, now());
  // A started hour counts in full, as an hourly price implies.
  return to > from ? Math.ceil((to - from) / HOUR) : 0;
}

const toCents = (dollars: number) => Math.round(dollars * 100);
const toDollars = (cents: number) => cents / 100;
const perHour = (monthly: number) => monthly / HOURS_PER_MONTH;
const total = (lines: { cents: number }[]) =>
  lines.reduce((sum, line) => sum + line.cents, 0);

/** Lines with hours in the period, dearest first. */
function bill<T extends Life>(
  period: Period,
  lives: T[],
  hourly: (life: T) => number,
): Line<T>[] {
  return lives
    .map((life) => {
      const hours = hoursIn(period, life);
      return { life, hours, cents: toCents(hours * hourly(life)) };
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

function lines(state: MockState, period: Period) {
  const { pricing } = state;
  const plans = new Map(state.plans.map((p) => [p.id, p.price_hourly]));
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
    instances: bill(period, instances, (i) => plans.get(i.plan ?? '') ?? 0),
    volumes: bill(
      period,
      volumes,
      (v) => (v.size_gb ?? 0) * perHour(pricing.volume_gb_month),
    ),
    balancers: bill(period, balancers, () =>
      perHour(pricing.load_balancer_month),
    ),
    addresses: bill(period, addresses, () =>
      perHour(pricing.floating_ip_month),
    ),
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
  };
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

export function monthStart(at: number): number {
  const date = new Date(at);
  return Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), 1);
}

/** As the response writes it: the last second of the period, or now. */
export function periodView(period: Period) {
  const end = Math.min(period.end - 1000, now());
  return { start: toIso(period.start), end: toIso(end) };
}
