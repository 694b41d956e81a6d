import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  formatDate,
  formatDateTime,
  formatMoney,
  formatTime,
  moneyFigure,
} from './format';

// Intl writes a no-break space between a currency code and the amount.
const nbsp = '\u00a0';

describe('formatMoney', () => {
  it('is read in en-US here, as the browser tests are', () => {
    expect(new Intl.NumberFormat().resolvedOptions().locale).toBe('en-US');
  });

  it('writes the account currency with two decimals and grouping', () => {
    expect(formatMoney(1234.5)).toBe('$1,234.50');
    expect(formatMoney(1234.5, 'EUR')).toBe('€1,234.50');
    expect(formatMoney(1234.5, 'NGN')).toBe(`NGN${nbsp}1,234.50`);
    expect(formatMoney(12, 'GBP')).toBe('£12.00');
  });

  it('rounds half a cent up, from the decimal the API wrote', () => {
    // 1.005 is 1.00499… in binary; toFixed(2) would give 1.00.
    expect(formatMoney(1.005)).toBe('$1.01');
    expect(formatMoney(1.345)).toBe('$1.35');
    expect(formatMoney(0.335)).toBe('$0.34');
    expect(formatMoney(0.1 + 0.2)).toBe('$0.30');
  });

  it('keeps up to four decimals under a tenth, so a small price shows', () => {
    expect(formatMoney(0.0335)).toBe('$0.0335');
    expect(formatMoney(0.0137, 'EUR')).toBe('€0.0137');
    expect(formatMoney(0.05)).toBe('$0.05');
    expect(formatMoney(0.00005)).toBe('$0.0001');
    expect(formatMoney(-0.05)).toBe('-$0.05');
    // From a tenth up, and for nothing at all, two decimals.
    expect(formatMoney(0.1)).toBe('$0.10');
    expect(formatMoney(0.09999)).toBe('$0.10');
    expect(formatMoney(0)).toBe('$0.00');
  });
});

describe('moneyFigure', () => {
  it('is the figure formatMoney shows, without symbol or grouping', () => {
    expect(moneyFigure(1234.5)).toBe('1234.50');
    expect(moneyFigure(1.005)).toBe('1.01');
    expect(moneyFigure(0.0335)).toBe('0.0335');
    expect(moneyFigure(-0.05)).toBe('-0.05');
    expect(moneyFigure(0)).toBe('0.00');
  });
});

describe('dates', () => {
  it('are written in UTC, with the zone named for times', () => {
    expect(formatDate('2026-11-20T09:00:00Z')).toBe('20 Nov 2026');
    expect(formatDateTime('2026-11-20T09:05:00Z')).toBe(
      '20 Nov 2026, 09:05 UTC',
    );
    expect(formatDateTime('2026-12-31T23:59:59Z')).toBe(
      '31 Dec 2026, 23:59 UTC',
    );
    expect(formatDateTime('2027-01-01T00:00:00Z')).toBe(
      '1 Jan 2027, 00:00 UTC',
    );
  });

  it('write a time on the 24-hour clock in UTC, as the API does', () => {
    expect(formatTime('2026-11-20T01:35:27Z')).toBe('01:35:27 UTC');
    expect(formatTime(Date.UTC(2026, 10, 20, 13, 5, 9))).toBe('13:05:09 UTC');
    expect(formatTime('2026-11-20T00:00:00Z')).toBe('00:00:00 UTC');
  });

  // A worker thread cannot change its time zone, so each zone gets a
  // process of its own.
  it.each(['Pacific/Auckland', 'America/Los_Angeles'])(
    'are the same when the process runs in %s',
    (zone) => {
      const format = resolve('src/lib/format.ts');
      const script = `
        import { formatDate, formatDateTime, formatTime } from ${JSON.stringify(format)};
        const at = '2026-11-30T22:00:00Z';
        console.log(JSON.stringify({
          localDay: new Date(at).getDate(),
          date: formatDate(at),
          dateTime: formatDateTime(at),
          time: formatTime(at),
        }));`;
      const output = execFileSync(
        process.execPath,
        ['--import', 'tsx', '--input-type=module', '-e', script],
        { env: { ...process.env, TZ: zone }, encoding: 'utf8' },
      );
      const shown = JSON.parse(output);
      // The zone took hold: it is already 1 December in Auckland.
      expect(shown.localDay).toBe(zone === 'Pacific/Auckland' ? 1 : 30);
      expect(shown).toMatchObject({
        date: '30 Nov 2026',
        dateTime: '30 Nov 2026, 22:00 UTC',
        time: '22:00:00 UTC',
      });
    },
  );
});
