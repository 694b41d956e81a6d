import { Skeleton } from '../../components/skeleton';
import { cx } from '../../lib/class-names';

// Each block is the height of what replaces it, so nothing moves when the
// choices arrive: a line of small text is 20 px, an input 42 px on a
// phone and 38 px from the small breakpoint up.
const label = 'my-0.5 h-4 w-24';
const input = 'h-[42px] sm:h-[38px]';
const line = 'my-0.5 h-4';

function FieldSkeleton({ described = false }: { described?: boolean }) {
  return (
    <div className="space-y-1">
      <Skeleton className={label} />
      <Skeleton className={input} />
      {described && <Skeleton className={cx(line, 'w-2/3')} />}
    </div>
  );
}

function PlansSkeleton() {
  return (
    <div className="space-y-2">
      <Skeleton className={label} />
      <div className="grid gap-2 sm:grid-cols-2">
        {Array.from({ length: 8 }, (_, index) => (
          <Skeleton key={index} className="h-[66px] rounded-md" />
        ))}
      </div>
    </div>
  );
}

function BoxesSkeleton({ rows }: { rows: number }) {
  return (
    <div className="space-y-2">
      <Skeleton className={label} />
      {Array.from({ length: rows }, (_, index) => (
        <Skeleton key={index} className="h-9 w-full max-w-80" />
      ))}
    </div>
  );
}

/** The create form's shape while its choices load. */
export function CreateInstanceSkeleton() {
  return (
    <div
      role="status"
      className="grid items-start gap-6 lg:grid-cols-[minmax(0,1fr)_minmax(0,24rem)]"
    >
      <span className="sr-only">Loading the choices for a new instance…</span>
      <div className="space-y-5">
        <FieldSkeleton described />
        <FieldSkeleton />
        <PlansSkeleton />
        <FieldSkeleton />
        <BoxesSkeleton rows={3} />
        <BoxesSkeleton rows={2} />
        <FieldSkeleton described />
        <div className="space-y-1">
          <Skeleton className={label} />
          <Skeleton className="h-[162px] sm:h-[138px]" />
          <Skeleton className={cx(line, 'w-2/3')} />
        </div>
      </div>
      <Skeleton className="h-64 rounded-md" />
    </div>
  );
}
