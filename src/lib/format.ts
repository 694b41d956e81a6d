/**
 * Dates and times are shown in UTC on a 24-hour clock, the same for every
 * viewer and as the API writes them in its messages ("Try again after
 * 09:00:30 UTC"), so that a time read out over the phone or pasted into a
 * ticket means one thing. Every date or time on screen comes from here.
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

const timeFormat = new Intl.DateTimeFormat('en-GB', {
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hourCycle: 'h23',
  timeZone: 'UTC',
});

/** An ISO 8601 instant or milliseconds since the epoch. */
type Instant = string | number;

/** "20 Nov 2026" */
export function formatDate(at: Instant) {
  return dateFormat.format(new Date(at));
}

/** "20 Nov 2026, 09:00 UTC" */
export function formatDateTime(at: Instant) {
  return `${dateTimeFormat.format(new Date(at))} UTC`;
}

/** "09:00:30 UTC": a time within the hour or so ahead, to the second. */
export function formatTime(at: Instant) {
  return `${timeFormat.format(new Date(at))} UTC`;
}

/**
 * How many decimals an amount shows: two, or four below a tenth so that
 * a small hourly price does not read as nothing.
 */
function moneyDigits(amount: number) {
  const small = amount !== 0 && Math.abs(amount) < 0.1;
  return { minimumFractionDigits: 2, maximumFractionDigits: small ? 4 : 2 };
}

/** Money in the account's currency, in the browser's locale. */
export function formatMoney(amount: number, currency = 'USD') {
  return new Intl.NumberFormat(undefined, {
    style: 'currency',
    currency,
    ...moneyDigits(amount),
  }).format(amount);
}

/**
 * The figure formatMoney shows, as plain digits for a file: "1234.50".
 * Rounded by Intl exactly as on screen, but with no symbol, no grouping
 * and a point for decimals whatever the locale, so that a spreadsheet
 * reads it as a number.
 */
export function moneyFigure(amount: number) {
  return new Intl.NumberFormat('en-US', {
    useGrouping: false,
    ...moneyDigits(amount),
  }).format(amount);
}
