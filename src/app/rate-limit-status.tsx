import { useEffect, useState } from 'react';
import { useRateLimit } from '../api/rate-limit';
import { formatTime } from '../lib/format';

/** The hourly request budget left, small in the header. */
export function RateLimitMeter() {
  const rateLimit = useRateLimit();
  if (!rateLimit || rateLimit.limit <= 0) return null;

  const low = rateLimit.remaining < rateLimit.limit / 10;
  return (
    <p
      className={low ? 'text-xs text-amber-700' : 'text-xs text-slate-500'}
      title="API requests left in this hour"
    >
      <span className="sr-only">API requests left this hour: </span>
      <span aria-hidden="true">API </span>
      {rateLimit.remaining}/{rateLimit.limit}
    </p>
  );
}

/** While a 429 holds requests back, says when the next try will be. */
export function RateLimitBanner() {
  const rateLimit = useRateLimit();
  const blockedUntil = rateLimit?.blockedUntil ?? null;
  const [now, setNow] = useState(() => Date.now());

  useEffect(() => {
    if (blockedUntil === null) return;
    const wait = blockedUntil - Date.now();
    if (wait <= 0) return;
    const timer = setTimeout(() => setNow(Date.now()), wait);
    return () => clearTimeout(timer);
  }, [blockedUntil]);

  if (blockedUntil === null || blockedUntil <= now) return null;
  const at = formatTime(blockedUntil);
  return (
    <div
      role="status"
      className="border-b border-amber-300 bg-amber-50 px-4 py-2 text-sm text-amber-900"
    >
      The API rate limit was reached. The next try is at{' '}
      <time dateTime={new Date(blockedUntil).toISOString()}>{at}</time>.
    </div>
  );
}
