import { afterEach, describe, expect, it, vi } from 'vitest';
import { advanceClock, reset, setBudget } from './control';
import { call, DEMO_READONLY_TOKEN } from './test-utils';

const AT = Date.UTC(2026, 10, 2, 10, 30, 0);
const HOUR_END = Date.UTC(2026, 10, 2, 11, 0, 0) / 1000;

function limits(headers: Headers) {
  return {
    limit: headers.get('X-RateLimit-Limit'),
    remaining: headers.get('X-RateLimit-Remaining'),
    reset: headers.get('X-RateLimit-Reset'),
  };
}

describe('rate limit', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  function atFixedTime() {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(AT);
    reset();
  }

  it('counts each request and says so in the headers', async () => {
    atFixedTime();
    const first = await call('/regions');
    expect(limits(first.headers)).toEqual({
      limit: '1000',
      remaining: '999',
      reset: String(HOUR_END),
    });
    expect(first.headers.get('Date')).toBe('Mon, 02 Nov 2026 10:30:00 GMT');
    const second = await call('/instances/nope');
    expect(second.status).toBe(404);
    expect(limits(second.headers).remaining).toBe('998');
  });

  it('puts the headers on errors that do not count too', async () => {
    const { status, headers } = await call('/regions', { token: null });
    expect(status).toBe(401);
    expect(headers.get('X-RateLimit-Limit')).toBe('1000');
    expect(headers.get('X-RateLimit-Reset')).toMatch(/^\d+$/);
    expect(headers.get('Date')).not.toBeNull();
  });

  it('counts per token', async () => {
    await call('/regions');
    await call('/regions');
    const other = await call('/regions', { token: DEMO_READONLY_TOKEN });
    expect(other.headers.get('X-RateLimit-Remaining')).toBe('999');
  });

  it('answers 429 when the hourly budget is spent', async () => {
    atFixedTime();
    setBudget(2);
    expect((await call('/regions')).headers.get('X-RateLimit-Remaining')).toBe(
      '1',
    );
    expect((await call('/regions')).status).toBe(200);
    const limited = await call('/regions');
    expect(limited.status).toBe(429);
    expect(limited.body.error.code).toBe('rate_limited');
    expect(limited.body.error.message).toMatch(/after 11:00:00 UTC/);
    expect(limits(limited.headers)).toEqual({
      limit: '1000',
      remaining: '0',
      reset: String(HOUR_END),
    });
    advanceClock(30 * 60 * 1000);
    const next = await call('/regions');
    expect(next.status).toBe(200);
    expect(next.headers.get('X-RateLimit-Remaining')).toBe('999');
  });

  it('refuses a budget that is not a number, leaving the headers whole', async () => {
    atFixedTime();
    const asHttpBody = { remaining: 5 } as unknown as number;
    expect(() => setBudget(asHttpBody)).toThrow(
      'setBudget takes a number of requests, such as setBudget(5); got {"remaining":5}',
    );
    expect(() => setBudget(Number.NaN)).toThrow(TypeError);
    const next = await call('/regions');
    expect(next.headers.get('X-RateLimit-Remaining')).toBe('999');
  });

  it('limits a burst to 100 a minute, resetting at the minute', async () => {
    atFixedTime();
    for (let i = 0; i < 100; i++) {
      expect((await call('/regions')).status).toBe(200);
    }
    const burst = await call('/regions');
    expect(burst.status).toBe(429);
    expect(limits(burst.headers)).toEqual({
      limit: '1000',
      remaining: '900',
      reset: String(AT / 1000 + 60),
    });
    advanceClock(60 * 1000);
    expect((await call('/regions')).status).toBe(200);
  });
});
