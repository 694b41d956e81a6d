import { describe, expect, it } from 'vitest';
import { describeHourlyPrice, hourlyFromMonthly } from './pricing';

describe('prices by the hour, capped by the month', () => {
  it('says the hourly price and the monthly cap together', () => {
    expect(describeHourlyPrice(0.036, 24, 'USD')).toBe(
      '$0.036 an hour, at most $24.00 a month',
    );
    expect(describeHourlyPrice(0.25, 168, 'EUR')).toBe(
      '€0.25 an hour, at most €168.00 a month',
    );
  });

  it('spreads a monthly price over 730 hours, as the API bills it', () => {
    expect(hourlyFromMonthly(12) * 730).toBeCloseTo(12, 10);
    expect(describeHourlyPrice(hourlyFromMonthly(12), 12, 'USD')).toBe(
      '$0.0164 an hour, at most $12.00 a month',
    );
  });
});
