import { describe, expect, it } from 'vitest';
import { ApiError } from './errors';
import {
  backoffDelay,
  queryRetryDelay,
  rateLimitWait,
  shouldRetryQuery,
} from './retry';

const httpDate = (epochSeconds: number) =>
  new Date(epochSeconds * 1000).toUTCString();

describe('rateLimitWait', () => {
  it('waits from the server’s own time until the reset', () => {
    expect(rateLimitWait('1700000030', httpDate(1700000000))).toBe(30_000);
  });

  it('ignores how far the browser’s clock is off', () => {
    // The same headers give the same wait whatever Date.now() says.
    const wait = rateLimitWait('1700000090', httpDate(1700000000));
    expect(wait).toBe(90_000);
  });

  it('never waits less than a second, even for a reset in the past', () => {
    expect(rateLimitWait('1699999000', httpDate(1700000000))).toBe(1000);
  });

  it('never waits more than an hour', () => {
    expect(rateLimitWait('1800000000', httpDate(1700000000))).toBe(3_600_000);
  });

  it('falls back to a second when a header is missing or garbled', () => {
    expect(rateLimitWait(null, httpDate(1700000000))).toBe(1000);
    expect(rateLimitWait('soon', httpDate(1700000000))).toBe(1000);
    expect(rateLimitWait('1700000030', null)).toBe(1000);
  });
});

describe('backoffDelay', () => {
  it('grows with each attempt, whatever the jitter', () => {
    const slowest = (attempt: number) => backoffDelay(attempt, () => 0.999);
    const fastest = (attempt: number) => backoffDelay(attempt, () => 0);
    expect(slowest(0)).toBeLessThanOrEqual(fastest(1));
    expect(slowest(1)).toBeLessThanOrEqual(fastest(2));
  });

  it('spreads retries between half and all of 2^n seconds', () => {
    expect(backoffDelay(0, () => 0)).toBe(1000);
    expect(backoffDelay(0, () => 1)).toBe(2000);
    expect(backoffDelay(2, () => 0.5)).toBe(6000);
  });

  it('is capped at 30 seconds', () => {
    expect(backoffDelay(10, () => 1)).toBe(30_000);
  });
});

describe('shouldRetryQuery', () => {
  const error = (status: number) => new ApiError(status, 'x', 'x');

  it('never retries a 4xx other than 429', () => {
    for (const status of [400, 401, 403, 404, 409, 422]) {
      expect(shouldRetryQuery(0, error(status))).toBe(false);
    }
  });

  it('tries a 429 once more', () => {
    expect(shouldRetryQuery(0, error(429))).toBe(true);
    expect(shouldRetryQuery(1, error(429))).toBe(false);
  });

  it('retries a 5xx or a network failure at most three times', () => {
    for (const status of [0, 500, 503]) {
      expect(shouldRetryQuery(2, error(status))).toBe(true);
      expect(shouldRetryQuery(3, error(status))).toBe(false);
    }
  });

  it('does not retry errors that are not from the API', () => {
    expect(shouldRetryQuery(0, new TypeError('bug'))).toBe(false);
  });
});

describe('queryRetryDelay', () => {
  it('waits for the reset a 429 gave', () => {
    const retryAt = Date.now() + 30_000;
    const limited = new ApiError(429, 'rate_limited', 'x', {}, null, retryAt);
    const delay = queryRetryDelay(1, limited);
    expect(delay).toBeGreaterThan(29_000);
    expect(delay).toBeLessThanOrEqual(30_000);
  });

  it('backs off for server errors, 1–2 s before the first retry', () => {
    const delay = queryRetryDelay(0, new ApiError(503, 'x', 'x'));
    expect(delay).toBeGreaterThanOrEqual(1000);
    expect(delay).toBeLessThanOrEqual(2000);
    const third = queryRetryDelay(2, new ApiError(503, 'x', 'x'));
    expect(third).toBeGreaterThanOrEqual(4000);
    expect(third).toBeLessThanOrEqual(8000);
  });
});
