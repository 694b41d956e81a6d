import type { ReactNode } from 'react';
import { cx } from '../lib/class-names';

export interface DescriptionItem {
  label: ReactNode;
  /** Null, undefined or '' shows a dash, read as "None". */
  value: ReactNode;
  /** Needed when the label is not a string. */
  key?: string;
}

const rowClass = cx(
  'grid gap-1 py-3 sm:grid-cols-[minmax(8rem,12rem)_minmax(0,1fr)] sm:gap-4',
);

function isBlank(value: ReactNode) {
  return value === null || value === undefined || value === '';
}

/**
 * A detail page's facts: label over value on a phone, side by side from
 * the small breakpoint up.
 */
export function DescriptionList({
  items,
  className,
}: {
  items: readonly DescriptionItem[];
  className?: string;
}) {
  return (
    <dl className={cx('divide-y divide-slate-200 text-sm', className)}>
      {items.map((item, index) => (
        <div
          key={
            item.key ?? (typeof item.label === 'string' ? item.label : index)
          }
          className={rowClass}
        >
          <dt className="font-medium text-slate-600">{item.label}</dt>
          <dd className="min-w-0 break-words text-slate-900">
            {isBlank(item.value) ? (
              <>
                <span aria-hidden="true">—</span>
                <span className="sr-only">None</span>
              </>
            ) : (
              item.value
            )}
          </dd>
        </div>
      ))}
    </dl>
  );
}
