import { cx } from '../lib/class-names';

/** A grey block where content will be, of the size the content will take. */
export function Skeleton({ className }: { className?: string }) {
  return (
    <span
      aria-hidden="true"
      className={cx(
        'block rounded bg-slate-200 motion-safe:animate-pulse',
        className ?? 'h-4 w-full',
      )}
    />
  );
}

/** Lines of text still loading, for panels and description lists. */
export function SkeletonText({
  lines = 3,
  label = 'Loading',
}: {
  lines?: number;
  label?: string;
}) {
  return (
    <div role="status" className="space-y-2">
      <span className="sr-only">{label}…</span>
      {Array.from({ length: lines }, (_, index) => (
        <Skeleton
          key={index}
          className={cx('h-4', index === lines - 1 ? 'w-2/3' : 'w-full')}
        />
      ))}
    </div>
  );
}
