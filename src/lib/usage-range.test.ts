import { describe, expect, it } from 'vitest';
import {
  checkRange,
  describeRange,
  hoursLeftInMonth,
  isCurrentMonth,
  presetRange,
  projectMonthEnd,
  readRange,
} from './usage-range';

const at = (iso: string) => Date.parse(iso);
// Late on the last evening of November in UTC: already December in Auckland.
const now = at('2026-11-30T22:00:00Z');

describe('usage ranges', () => {
  it('reads presets as UTC calendar days, end included', () => {
    expect(presetRange('this-month', now)).toEqual({
      start: '2026-11-01',
      end: '2026-11-30',
    });
    expect(presetRange('last-month', now)).toEqual({
      start: '2026-10-01',
      end: '2026-10-31',
    });
    expect(presetRange('last-3-months', now)).toEqual({
      start: '2026-08-01',
      end: '2026-10-31',
    });
  });

  it('crosses a year boundary', () => {
    expect(presetRange('last-3-months', at('2027-01-15T00:00:00Z'))).toEqual({
      start: '2026-10-01',
      end: '2026-12-31',
    });
  });

  it('takes the range from the URL, this month by default', () => {
    const read = (query: string) => readRange(new URLSearchParams(query), now);
    expect(read('').preset).toBe('this-month');
    expect(read('range=nonsense').preset).toBe('this-month');
    expect(read('range=custom&start=2026-09-03&end=2026-09-09')).toEqual({
      preset: 'custom',
      range: { start: '2026-09-03', end: '2026-09-09' },
      error: undefined,
    });
  });

  it('refuses a start after the end, and dates that do not exist', () => {
    expect(checkRange({ start: '2026-11-02', end: '2026-11-01' }, now)).toMatch(
      /on or before/,
    );
    expect(checkRange({ start: '2026-02-30', end: '2026-03-01' }, now)).toBe(
      'Enter a start date',
    );
    expect(checkRange({ start: '2026-11-01', end: '2026-11-01' }, now)).toBe(
      undefined,
    );
  });

  it('refuses a period that reaches past today', () => {
    expect(checkRange({ start: '2026-11-01', end: '2026-11-30' }, now)).toBe(
      undefined,
    );
    expect(checkRange({ start: '2026-11-01', end: '2026-12-01' }, now)).toBe(
      'Usage is known up to today, 30 Nov 2026: end the period on or before it',
    );
    expect(checkRange({ start: '2027-03-01', end: '2027-03-31' }, now)).toMatch(
      /up to today/,
    );
  });

  it('knows when a range is the month so far', () => {
    expect(isCurrentMonth(presetRange('this-month', now), now)).toBe(true);
    expect(isCurrentMonth(presetRange('last-month', now), now)).toBe(false);
  });

  it('projects in cents: month to date plus the rate for the hours left', () => {
    expect(hoursLeftInMonth(now)).toBe(2);
    expect(projectMonthEnd(100.1, 0.1234, now)).toBe(100.35);
    // 0.1 + 0.2 in floating point is 0.30000000000000004.
    expect(projectMonthEnd(0.1, 0.1, at('2026-11-30T23:00:00Z'))).toBe(0.2);
    // 1.005 + 0.01 × 255 is 3.555: a cent up, as Intl shows 1.005 as 1.01.
    expect(projectMonthEnd(1.005, 0.01, at('2026-11-20T09:00:00Z'))).toBe(3.56);
  });

  it('projects no more than the API says the rest of the month can cost', () => {
    const nov20 = at('2026-11-20T09:00:00Z');
    // 255 hours at $0.036 is $9.18, but the plan's cap leaves $6.72.
    expect(projectMonthEnd(17.28, 0.036, nov20, 6.72)).toBe(24);
    // A cap that is not reached changes nothing.
    expect(projectMonthEnd(17.28, 0.036, nov20, 9.5)).toBe(26.46);
    // Every resource at its cap already: the month-to-date stands.
    expect(projectMonthEnd(24, 0.036, nov20, 0)).toBe(24);
  });

  it('describes a range in UTC whatever the time zone', () => {
    expect(describeRange({ start: '2026-11-01', end: '2026-11-30' })).toBe(
      '1 Nov 2026 – 30 Nov 2026',
    );
  });
});
