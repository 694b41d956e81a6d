import type { FirewallRule, Plan } from '../../api/types';
import { formatMoney } from '../../lib/format';

/** "2 vCPU · 4 GB RAM · 80 GB disk" */
export function planSpecs(plan: Pick<Plan, 'vcpu' | 'ram_gb' | 'disk_gb'>) {
  const { vcpu, ram_gb, disk_gb } = plan;
  return `${vcpu} vCPU · ${ram_gb} GB RAM · ${disk_gb} GB disk`;
}

/**
 * The change from one monthly price to another. Worked out in whole cents,
 * so that 24.1 − 12.05 reads 12.05 and not 12.049999999999999.
 */
export function priceDifference(from: number, to: number) {
  return (Math.round(to * 100) - Math.round(from * 100)) / 100;
}

/** "+$24.00", "-$36.00" or "no change". */
export function formatPriceChange(difference: number, currency?: string) {
  if (difference === 0) return 'no change';
  const sign = difference > 0 ? '+' : '';
  return sign + formatMoney(difference, currency);
}

type Priced = Pick<Plan, 'price_hourly' | 'price_monthly'>;

/**
 * What moving from one plan to another does to the price, as it is billed:
 * "+$0.035 an hour, +$24.00 a month", or "no change". Hourly prices are
 * worked out in hundredths of a cent, monthly ones in whole cents.
 */
export function describePlanPriceChange(
  from: Priced,
  to: Priced,
  currency?: string,
) {
  const hourly =
    (Math.round(to.price_hourly * 10_000) -
      Math.round(from.price_hourly * 10_000)) /
    10_000;
  const monthly = priceDifference(from.price_monthly, to.price_monthly);
  if (hourly === 0 && monthly === 0) return 'no change';
  const signed = (change: number) =>
    change === 0
      ? formatMoney(0, currency)
      : formatPriceChange(change, currency);
  return `${signed(hourly)} an hour, ${signed(monthly)} a month`;
}

/** A rule's port: "443", "8000–8100", or "All" where ports do not apply. */
export function formatPort(rule: Pick<FirewallRule, 'port' | 'protocol'>) {
  if (rule.port === undefined) return rule.protocol === 'icmp' ? '—' : 'All';
  return String(rule.port).replace('-', '–');
}

/** Everyone, for the two addresses that mean it. */
export function isAnywhere(source: string) {
  return source === '0.0.0.0/0' || source === '::/0';
}
