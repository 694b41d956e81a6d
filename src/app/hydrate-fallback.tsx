import { Skeleton } from '../components/skeleton';

/**
 * The first screen while the first route's loader and code arrive: the
 * shell's header bar and a heading's place, so nothing jumps when the page
 * comes. Later navigations keep the current page instead.
 */
export function HydrateFallback() {
  return (
    <div role="status" className="min-h-dvh">
      <span className="sr-only">Loading the console…</span>
      <div className="h-14 border-b border-slate-200 bg-white" />
      <div className="mx-auto max-w-7xl px-4 py-6 lg:pl-56">
        <Skeleton className="h-8 w-48" />
      </div>
    </div>
  );
}
