import { describe, expect, it } from 'vitest';
import {
  describePlanPriceChange,
  formatPort,
  formatPriceChange,
  isAnywhere,
  planSpecs,
  priceDifference,
} from './instance-format';

describe('instance formatting', () => {
  it('works out price differences in whole cents', () => {
    expect(priceDifference(12.05, 24.1)).toBe(12.05);
    expect(priceDifference(0.1, 0.3)).toBe(0.2);
    expect(priceDifference(84, 48)).toBe(-36);
  });

  it('signs a price change, or says there is none', () => {
    expect(formatPriceChange(24, 'USD')).toBe('+$24.00');
    expect(formatPriceChange(-36, 'USD')).toBe('-$36.00');
    expect(formatPriceChange(0, 'USD')).toBe('no change');
  });

  it('says how a plan changes the price, by the hour and the month', () => {
    const standard2 = { price_hourly: 0.036, price_monthly: 24 };
    const standard4 = { price_hourly: 0.071, price_monthly: 48 };
    expect(describePlanPriceChange(standard2, standard4, 'USD')).toBe(
      '+$0.035 an hour, +$24.00 a month',
    );
    expect(describePlanPriceChange(standard4, standard2, 'USD')).toBe(
      '-$0.035 an hour, -$24.00 a month',
    );
    expect(
      describePlanPriceChange(
        standard2,
        { price_hourly: 0.036, price_monthly: 26 },
        'USD',
      ),
    ).toBe('$0.00 an hour, +$2.00 a month');
    expect(describePlanPriceChange(standard2, { ...standard2 }, 'USD')).toBe(
      'no change',
    );
  });

  it('writes ports, ranges and portless protocols', () => {
    expect(formatPort({ protocol: 'tcp', port: 443 })).toBe('443');
    expect(formatPort({ protocol: 'tcp', port: '8000-8100' })).toBe(
      '8000–8100',
    );
    expect(formatPort({ protocol: 'icmp' })).toBe('—');
    expect(formatPort({ protocol: 'udp' })).toBe('All');
  });

  it('knows the sources that mean everyone', () => {
    expect(isAnywhere('0.0.0.0/0')).toBe(true);
    expect(isAnywhere('::/0')).toBe(true);
    expect(isAnywhere('10.0.0.0/8')).toBe(false);
  });

  it('summarises a plan', () => {
    expect(planSpecs({ vcpu: 2, ram_gb: 4, disk_gb: 80 })).toBe(
      '2 vCPU · 4 GB RAM · 80 GB disk',
    );
  });
});
