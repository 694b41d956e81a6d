import { isApiError } from './errors';

const second = 1000;
const hour = 60 * 60 * second;

/**
 * How long to wait after a 429: the reset time the API gave minus the time
 * on its own clock, so that a browser with a skewed clock still waits the
 * right amount. Clamped to 1 s – 1 h against nonsense headers.
 */
export function rateLimitWait(
  resetHeader: string | null,
  dateHeader: string | null,
): number {
  const reset = Number(resetHeader);
  const serverNow = dateHeader ? Date.parse(dateHeader) : Number.NaN;
  if (!Number.isFinite(reset) || Number.isNaN(serverNow)) return second;
  const wait = reset * second - serverNow;
  return Math.min(Math.max(wait, second), hour);
}

/**
 * Exponential backoff with jitter: attempt n waits between half and all of
 * 2^n seconds, so the waits grow while clients that failed together spread
 * out instead of retrying in step.
 */
export function backoffDelay(attempt: number, random = Math.random): number {
  const ceiling = Math.min(second * 2 ** (attempt + 1), 30 * second);
  return ceiling / 2 + (ceiling / 2) * random();
}

const maxServerRetries = 3;

/**
 * React Query's `retry` for queries (mutations are never retried). It is
 * asked with the number of failures before this one: 0 after the first.
 */
export function shouldRetryQuery(failuresBefore: number, error: unknown) {
  if (!isApiError(error)) return false;
  if (error.status === 429) return failuresBefore < 1;
  if (error.isNetworkError || error.status >= 500) {
    return failuresBefore < maxServerRetries;
  }
  return false;
}

/**
 * React Query's `retryDelay`: a 429 waits for its reset, others back off.
 * React Query counts failures before this one, so the first retry gets 0.
 */
export function queryRetryDelay(failuresBefore: number, error: unknown) {
  if (isApiError(error) && error.retryAt !== null) {
    return Math.max(error.retryAt - Date.now(), 0);
  }
  return backoffDelay(failuresBefore);
}
