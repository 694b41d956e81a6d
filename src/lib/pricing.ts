import { formatMoney } from './format';

/**
 * Resources are billed by the started hour and never more than their
 * monthly price in a calendar month (UTC). Prices given only by the month
 * (volumes, load balancers, floating IPs) are billed per hour at 1/730 of
 * it, as the API's price list says.
 */
export const HOURS_PER_MONTH = 730;

export const hourlyFromMonthly = (monthly: number) => monthly / HOURS_PER_MONTH;

/** "$0.036 an hour, at most $24.00 a month" */
export function describeHourlyPrice(
  hourly: number,
  monthly: number,
  currency: string,
) {
  const hour = formatMoney(hourly, currency);
  return `${hour} an hour, at most ${formatMoney(monthly, currency)} a month`;
}
