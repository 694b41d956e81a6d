import { useSyncExternalStore } from 'react';

export interface RateLimit {
  limit: number;
  remaining: number;
  /** End of the current window, epoch ms. */
  resetAt: number;
  /** Set after a 429: no request goes before this time (epoch ms). */
  blockedUntil: number | null;
}

let current: RateLimit | null = null;
const listeners = new Set<() => void>();

function publish(next: RateLimit | null) {
  current = next;
  listeners.forEach((listener) => listener());
}

/** Records the X-RateLimit-* headers of a response, when it has them. */
export function recordRateLimit(headers: Headers) {
  const limit = Number(headers.get('X-RateLimit-Limit'));
  const remaining = Number(headers.get('X-RateLimit-Remaining'));
  const reset = Number(headers.get('X-RateLimit-Reset'));
  if (!headers.has('X-RateLimit-Remaining') || Number.isNaN(remaining)) return;
  const blockedUntil =
    current?.blockedUntil && current.blockedUntil > Date.now()
      ? current.blockedUntil
      : null;
  publish({ limit, remaining, resetAt: reset * 1000, blockedUntil });
}

/** Records that requests must wait until `until` (epoch ms). */
export function recordRateLimited(until: number) {
  const base = current ?? { limit: 0, remaining: 0, resetAt: until };
  publish({ ...base, remaining: 0, blockedUntil: until });
}

export function clearRateLimit() {
  publish(null);
}

export function getRateLimit() {
  return current;
}

/**
 * Resolves once requests may go again: when the block after a 429 ends,
 * or sooner if it is lifted (the demo's reset restores the budget).
 */
export function untilUnblocked(): Promise<void> {
  return new Promise((resolve) => {
    const until = current?.blockedUntil ?? null;
    if (until === null || until <= Date.now()) return resolve();
    const done = () => {
      clearTimeout(timer);
      listeners.delete(lifted);
      resolve();
    };
    const lifted = () => {
      const next = current?.blockedUntil ?? null;
      if (next === null || next <= Date.now()) done();
    };
    const timer = setTimeout(done, until - Date.now());
    listeners.add(lifted);
  });
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function useRateLimit() {
  return useSyncExternalStore(subscribe, getRateLimit, getRateLimit);
}

/** True when less than a tenth of the hourly budget is left. */
export function isBudgetLow(rateLimit = current) {
  if (!rateLimit || rateLimit.limit <= 0) return false;
  return rateLimit.remaining < rateLimit.limit / 10;
}
