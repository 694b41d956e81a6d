import { HOUR, MINUTE, now } from './clock';
import { getState } from './db';
import { apiError } from './http';
import type { RateLimitState } from './types';

export const HOURLY_LIMIT = 1000;
export const MINUTE_LIMIT = 100;

export type RateHeaders = Record<string, string>;

// Fixed windows aligned to the clock: the hour and the minute in progress.
function windows(): RateLimitState {
  const state = getState().rateLimit;
  const at = now();
  const hourStart = Math.floor(at / HOUR) * HOUR;
  const minuteStart = Math.floor(at / MINUTE) * MINUTE;
  if (state.hourStart !== hourStart) {
    state.hourStart = hourStart;
    state.hourUsed = {};
    state.hourFloor = 0;
  }
  if (state.minuteStart !== minuteStart) {
    state.minuteStart = minuteStart;
    state.minuteUsed = {};
  }
  return state;
}

function hourUsed(state: RateLimitState, key: string): number {
  return state.hourUsed[key] ?? state.hourFloor;
}

export function rateHeaders(remaining: number, resetMs: number): RateHeaders {
  return {
    'X-RateLimit-Limit': String(HOURLY_LIMIT),
    'X-RateLimit-Remaining': String(Math.max(0, remaining)),
    'X-RateLimit-Reset': String(Math.ceil(resetMs / 1000)),
    Date: new Date(now()).toUTCString(),
  };
}

/** The headers for a response that does not count against the budget. */
export function peekHeaders(key?: string): RateHeaders {
  const state = windows();
  const used = key ? hourUsed(state, key) : 0;
  return rateHeaders(HOURLY_LIMIT - used, state.hourStart + HOUR);
}

export type Consumed =
  | { headers: RateHeaders; response?: undefined }
  | { headers: RateHeaders; response: Response };

/** Counts one request of the token, or refuses it with a 429. */
export function consume(key: string): Consumed {
  const state = windows();
  const used = hourUsed(state, key);
  const hourEnd = state.hourStart + HOUR;
  if (used >= HOURLY_LIMIT) {
    return limited(
      `Rate limit reached: ${HOURLY_LIMIT} requests an hour`,
      rateHeaders(0, hourEnd),
    );
  }
  const burst = state.minuteUsed[key] ?? 0;
  if (burst >= MINUTE_LIMIT) {
    const minuteEnd = state.minuteStart + MINUTE;
    return limited(
      `Too many requests: at most ${MINUTE_LIMIT} a minute`,
      rateHeaders(HOURLY_LIMIT - used, minuteEnd),
    );
  }
  state.hourUsed[key] = used + 1;
  state.minuteUsed[key] = burst + 1;
  return { headers: rateHeaders(HOURLY_LIMIT - used - 1, hourEnd) };
}

function limited(reason: string, headers: RateHeaders): Consumed {
  const reset = new Date(Number(headers['X-RateLimit-Reset']) * 1000);
  const time = reset.toISOString().slice(11, 19);
  const message = `${reason}. Try again after ${time} UTC`;
  return { headers, response: apiError(429, 'rate_limited', message) };
}

/** Leaves every token `remaining` requests for the rest of this hour. */
export function setBudget(remaining: number): void {
  const state = windows();
  const clamped = Math.min(HOURLY_LIMIT, Math.max(0, Math.floor(remaining)));
  state.hourFloor = HOURLY_LIMIT - clamped;
  for (const key of Object.keys(state.hourUsed)) {
    state.hourUsed[key] = state.hourFloor;
  }
}
