import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { cx } from '../lib/class-names';

interface PageHeaderProps {
  title: ReactNode;
  description?: ReactNode;
  /** Beside the title, such as a StatusBadge. */
  meta?: ReactNode;
  /** Buttons for the page's main actions; they wrap under on a phone. */
  actions?: ReactNode;
  /** The list this page belongs to, as a link back to it. */
  back?: { to: string; label: string };
  className?: string;
}

const backClass = cx(
  'inline-flex items-center gap-1 text-sm text-slate-600',
  'hover:text-slate-900 hover:underline',
);

export function PageHeader({
  title,
  description,
  meta,
  actions,
  back,
  className,
}: PageHeaderProps) {
  return (
    <header className={cx('mb-6 space-y-2', className)}>
      {back && (
        <nav aria-label="Breadcrumb">
          <Link to={back.to} className={backClass}>
            <span aria-hidden="true">←</span> {back.label}
          </Link>
        </nav>
      )}
      <div className="flex flex-wrap items-start justify-between gap-3">
        <div className="min-w-0 space-y-1">
          <div className="flex flex-wrap items-center gap-2">
            <h1 className="text-2xl font-semibold break-words text-slate-900">
              {title}
            </h1>
            {meta}
          </div>
          {description && (
            <p className="max-w-prose text-sm text-slate-600">{description}</p>
          )}
        </div>
        {actions && (
          <div className="flex flex-wrap items-start gap-2">{actions}</div>
        )}
      </div>
    </header>
  );
}
