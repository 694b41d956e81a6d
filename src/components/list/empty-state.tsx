import type { ReactNode } from 'react';
import { cx } from '../../lib/class-names';

interface EmptyStateProps {
  title: string;
  /** What to do next: "Create an instance to get started." */
  description?: ReactNode;
  action?: ReactNode;
}

const panelClass = cx(
  'rounded-lg border border-dashed border-slate-300 bg-white',
  'px-6 py-12 text-center',
);

/** A list with nothing in it says so, and what to do about it. */
export function EmptyState({ title, description, action }: EmptyStateProps) {
  return (
    <div className={panelClass}>
      <h2 className="text-base font-semibold text-slate-900">{title}</h2>
      {description && (
        <p className="mx-auto mt-2 max-w-md text-sm text-slate-600">
          {description}
        </p>
      )}
      {action && <div className="mt-5 flex justify-center">{action}</div>}
    </div>
  );
}
