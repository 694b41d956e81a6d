import { formatDate } from './format';

/**
 * Date ranges for the usage dashboard. Every date here is a UTC calendar
 * day written YYYY-MM-DD and `end` is included, as the API reads them: the
 * same choice gives the same dates in any browser time zone.
 */
export type RangePreset =
  'this-month' | 'last-month' | 'last-3-months' | 'custom';

export interface DateRange {
  start: string;
  end: string;
}

export const rangePresets: { value: RangePreset; label: string }[] = [
  { value: 'this-month', label: 'This month' },
  { value: 'last-month', label: 'Last month' },
  { value: 'last-3-months', label: 'Last three months' },
  { value: 'custom', label: 'Custom' },
];

const HOUR = 3_600_000;
const DAY_PATTERN = /^\d{4}-\d{2}-\d{2}$/;

const utcDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/** Midnight UTC of the first day of a month `offset` months from `at`. */
function monthStart(at: number, offset = 0): number {
  const date = new Date(at);
  return Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + offset, 1);
}

/** The last day of the month before the one starting at `next`. */
const dayBefore = (next: number) => utcDay(next - 24 * HOUR);

export function presetRange(preset: RangePreset, now: number): DateRange {
  switch (preset) {
    case 'last-month':
      return {
        start: utcDay(monthStart(now, -1)),
        end: dayBefore(monthStart(now)),
      };
    case 'last-3-months':
      // The three whole months before this one, as past bills.
      return {
        start: utcDay(monthStart(now, -3)),
        end: dayBefore(monthStart(now)),
      };
    default:
      return { start: utcDay(monthStart(now)), end: utcDay(now) };
  }
}

export function isValidDay(value: string): boolean {
  if (!DAY_PATTERN.test(value)) return false;
  const ms = Date.parse(`${value}T00:00:00Z`);
  return !Number.isNaN(ms) && utcDay(ms) === value;
}

/**
 * Why a custom range cannot be asked for, or undefined when it can. Usage
 * is counted up to now, so a range reaching past today (UTC) would show
 * days that cannot have cost anything yet as if they had.
 */
export function checkRange(
  { start, end }: DateRange,
  now: number,
): string | undefined {
  if (!isValidDay(start)) return 'Enter a start date';
  if (!isValidDay(end)) return 'Enter an end date';
  if (start > end) return 'The start date must be on or before the end date';
  const today = utcDay(now);
  if (end > today) {
    return `Usage is known up to today, ${describeDay(today)}: end the period on or before it`;
  }
  return undefined;
}

export interface RangeChoice {
  preset: RangePreset;
  range: DateRange;
  /** Set when a custom range in the URL cannot be used. */
  error?: string;
}

/** Reads the range from the page's URL: ?range=…&start=…&end=… */
export function readRange(search: URLSearchParams, now: number): RangeChoice {
  const asked = search.get('range');
  const preset = rangePresets.some((p) => p.value === asked)
    ? (asked as RangePreset)
    : 'this-month';
  if (preset !== 'custom') return { preset, range: presetRange(preset, now) };
  const range = {
    start: search.get('start') ?? '',
    end: search.get('end') ?? '',
  };
  return { preset, range, error: checkRange(range, now) };
}

/** Whether a range covers today's month up to today: then it projects. */
export function isCurrentMonth(range: DateRange, now: number): boolean {
  const current = presetRange('this-month', now);
  return range.start === current.start && range.end === current.end;
}

/** Hours from now to the start of next month, UTC. */
export function hoursLeftInMonth(now: number): number {
  return Math.max(0, (monthStart(now, 1) - now) / HOUR);
}

/**
 * An amount in millionths, read from its shortest decimal form as Intl
 * reads it: 1.005 is 1005000, where 1.005 × 100 is 100.49999….
 */
const toMillionths = (amount: number) =>
  Math.round(Number((amount * 1_000_000).toPrecision(15)));

/**
 * Month-to-date plus the current hourly rate for the hours left, rounded
 * to the cent once, at the end: so the estimate agrees with the figures
 * it adds up as they are shown (Intl shows 1.005 as 1.01, not 1.00).
 *
 * Resources are billed by the hour but at most their monthly price in a
 * calendar month, so the hours left cannot cost more than `restOfMonth`,
 * the API's figure for what the current resources will still cost until
 * the month ends, each within its cap. The estimate takes the smaller of
 * the two: a user expects a month-end figure no higher than the bill
 * could be (never above the monthly prices of what runs), and the rate
 * alone would overstate it once a resource nears its cap. Without caps the
 * two agree, and the estimate is the spec's month-to-date plus rate × hours.
 */
export function projectMonthEnd(
  monthToDate: number,
  hourlyRate: number,
  now: number,
  restOfMonth = Infinity,
): number {
  const rest = Math.min(hourlyRate * hoursLeftInMonth(now), restOfMonth);
  const sum = toMillionths(monthToDate) + toMillionths(rest);
  return Math.round(sum / 10_000) / 100;
}

/** "20 Nov 2026", of a day given as 2026-11-20, read in UTC. */
const describeDay = (value: string) => formatDate(`${value}T00:00:00Z`);

/** "1 Nov 2026 – 20 Nov 2026", read in UTC. */
export function describeRange({ start, end }: DateRange): string {
  return `${describeDay(start)} – ${describeDay(end)}`;
}
