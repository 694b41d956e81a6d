import { cx } from '../lib/class-names';
import { isTransitional } from '../lib/resource-states';

const steady = new Set([
  'running',
  'active',
  'available',
  'attached',
  'healthy',
]);
const failed = new Set(['failed', 'unhealthy', 'error']);

export { isTransitional };

type Tone = 'ok' | 'moving' | 'bad' | 'neutral';

function toneOf(status: string): Tone {
  if (steady.has(status)) return 'ok';
  if (isTransitional(status)) return 'moving';
  if (failed.has(status)) return 'bad';
  return 'neutral';
}

const badgeClass = {
  ok: 'bg-green-50 text-green-800 ring-green-600/20',
  moving: 'bg-amber-50 text-amber-900 ring-amber-600/30',
  bad: 'bg-red-50 text-red-800 ring-red-600/20',
  neutral: 'bg-slate-100 text-slate-700 ring-slate-500/20',
} as const;

const dotClass = {
  ok: 'bg-green-600',
  moving: 'bg-amber-500 motion-safe:animate-pulse',
  bad: 'bg-red-600',
  neutral: 'bg-slate-400',
} as const;

/** "load_balancer" → "Load balancer": the status in words. */
export function statusLabel(status: string) {
  const words = status.replace(/[_-]+/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/**
 * A resource's state: green when settled and well, grey when stopped or
 * unknown, red when failed, amber with a pulsing dot while in transition.
 * The words carry the meaning; colour only repeats it.
 */
export function StatusBadge({
  status,
  className,
}: {
  status: string;
  className?: string;
}) {
  const tone = toneOf(status);
  return (
    <span
      className={cx(
        'inline-flex items-center gap-1.5 rounded-full px-2 py-0.5',
        'text-xs font-medium whitespace-nowrap ring-1 ring-inset',
        badgeClass[tone],
        className,
      )}
    >
      <span
        aria-hidden="true"
        className={cx('size-1.5 rounded-full', dotClass[tone])}
      />
      {statusLabel(status)}
    </span>
  );
}
