import type { ReactNode } from 'react';
import { cx } from '../../lib/class-names';

/** One titled part of a tab: "Private networks", "Inbound rules". */
export function TabSection({
  title,
  description,
  children,
  className,
}: {
  title: string;
  description?: ReactNode;
  children: ReactNode;
  className?: string;
}) {
  return (
    <section className={cx('space-y-3', className)}>
      <div>
        <h2 className="text-base font-semibold text-slate-900">{title}</h2>
        {description && (
          <p className="mt-1 max-w-prose text-sm text-slate-600">
            {description}
          </p>
        )}
      </div>
      {children}
    </section>
  );
}
