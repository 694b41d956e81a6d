/**
 * Dates are shown in UTC, the same for every viewer, so that a time read
 * out over the phone or pasted into a ticket means one thing.
 */
const dateFormat = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  timeZone: 'UTC',
});

const dateTimeFormat = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
  timeZone: 'UTC',
});

/** "20 Nov 2026" */
export function formatDate(iso: string) {
  return dateFormat.format(new Date(iso));
}

/** "20 Nov 2026, 09:00 UTC" */
export function formatDateTime(iso: string) {
  return `${dateTimeFormat.format(new Date(iso))} UTC`;
}

/** Money in the account's currency, in the browser's locale. */
export function formatMoney(amount: number, currency = 'USD') {
  return new Intl.NumberFormat(undefined, {
    style: 'currency',
    currency,
    minimumFractionDigits: 2,
    maximumFractionDigits: amount !== 0 && Math.abs(amount) < 0.1 ? 4 : 2,
  }).format(amount);
}
