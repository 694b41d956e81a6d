import { Skeleton } from '../../components/skeleton';
import { cx } from '../../lib/class-names';

// Each block takes the height of what replaces it, so that nothing moves
// when the choices arrive. The sizes are the form's own: a line of small
// text is 20 px; an input 42 px on a phone and 38 px from the small
// breakpoint up; a select 39 and 36 px.
const inputHeight = 'h-[42px] sm:h-[38px]';
const selectHeight = 'h-[39px] sm:h-9';

function TextLine({ className }: { className?: string }) {
  return (
    <div className={cx('flex h-5 items-center', className)}>
      <Skeleton className="h-3.5 w-full" />
    </div>
  );
}

/** A field's help text: two lines on a phone when it wraps there. */
function Description({ wraps = true }: { wraps?: boolean }) {
  return (
    <div>
      <TextLine className="w-2/3" />
      {wraps && <TextLine className="w-1/3 sm:hidden" />}
    </div>
  );
}

function FieldSkeleton({
  control = 'input',
  described = false,
}: {
  control?: 'input' | 'select';
  described?: boolean;
}) {
  return (
    <div className="space-y-1">
      <TextLine className="w-24" />
      <Skeleton className={control === 'input' ? inputHeight : selectHeight} />
      {described && <Description />}
    </div>
  );
}

function PlansSkeleton() {
  return (
    <div className="space-y-2">
      <TextLine className="w-12" />
      <div className="grid gap-2 sm:grid-cols-2">
        {Array.from({ length: 8 }, (_, index) => (
          <Skeleton key={index} className="h-[68px] rounded-md sm:h-[66px]" />
        ))}
      </div>
    </div>
  );
}

interface BoxesSkeletonProps {
  rows: number;
  /** The group's help text and each box's detail wrap on a phone. */
  wraps: boolean;
}

function BoxesSkeleton({ rows, wraps }: BoxesSkeletonProps) {
  const row = wraps ? 'h-[53px] sm:h-[37px]' : 'h-[37px]';
  return (
    <div className="space-y-2">
      <TextLine className="w-28" />
      <Description wraps={wraps} />
      {Array.from({ length: rows }, (_, index) => (
        <Skeleton key={index} className={cx(row, 'w-full max-w-80')} />
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
        <FieldSkeleton control="select" />
        <PlansSkeleton />
        <FieldSkeleton control="select" />
        <BoxesSkeleton rows={3} wraps />
        <BoxesSkeleton rows={2} wraps={false} />
        <FieldSkeleton described />
        <div className="space-y-1">
          <TextLine className="w-24" />
          <Skeleton className="h-[162px] sm:h-[138px]" />
          <Description />
        </div>
        <Skeleton className="h-6 w-44" />
        <div className="pt-2">
          <Skeleton className="h-10 w-36 rounded-md" />
        </div>
      </div>
      <Skeleton className="h-[276px] rounded-md" />
    </div>
  );
}
