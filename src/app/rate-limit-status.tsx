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
  const blockedUntil = useRateLimit()?.blockedUntil ?? null;
  if (blockedUntil === null) return null;
  // Drawn afresh for each block, so that its clock starts with it.
  return <BlockedBanner key={blockedUntil} until={blockedUntil} />;
}

function inWords(ms: number) {
  const minutes = Math.ceil(ms / 60_000);
  if (minutes <= 1) return 'in under a minute';
  return `in ${minutes} minutes`;
}

function BlockedBanner({ until }: { until: number }) {
  const [now, setNow] = useState(() => Date.now());

  // Counts down a minute at a time, and goes when the wait is over.
  useEffect(() => {
    const tick = setInterval(() => setNow(Date.now()), 60_000);
    const end = setTimeout(
      () => setNow(Date.now()),
      Math.max(until - Date.now(), 0),
    );
    return () => {
      clearInterval(tick);
      clearTimeout(end);
    };
  }, [until]);

  if (until <= now) return null;
  return (
    <div
      role="status"
      className="border-b border-amber-300 bg-amber-50 px-4 py-2 text-sm text-amber-900"
    >
      The API rate limit was reached. The next try is at{' '}
      <time dateTime={new Date(until).toISOString()}>
        {/* To the second after, as a refused write says it: never early. */}
        {formatTime(Math.ceil(until / 1000) * 1000)}
      </time>
      , {inWords(until - now)}.
    </div>
  );
}
