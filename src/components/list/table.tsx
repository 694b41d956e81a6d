import type { ReactNode } from 'react';
import { cx } from '../../lib/class-names';
import { Skeleton } from '../skeleton';
import { QuietWriteReasons } from '../write-gate';

/**
 * One set of table classes, so that the loading skeleton's rows are the
 * height of the real ones and the page does not jump when data arrives.
 */
export const tableClasses = {
  table: 'w-full min-w-max border-collapse text-left text-sm',
  head: 'bg-slate-50 text-xs tracking-wide text-slate-600 uppercase',
  headerCell: 'h-10 px-4 font-medium whitespace-nowrap',
  row: 'h-14 border-t border-slate-200',
  cell: 'px-4 py-2 align-middle',
} as const;

const wrapperClass = cx(
  // relative: screen-reader-only text inside must not widen the page.
  'relative overflow-x-auto rounded-lg border border-slate-200 bg-white',
  'focus-visible:outline-2',
);

/**
 * Scrolls sideways on a phone instead of squeezing columns. The region is
 * focusable so that keyboard users can scroll it too.
 */
export function ResponsiveTable({
  label,
  children,
  className,
}: {
  /** Names the scrolling region: "Instances". */
  label: string;
  children: ReactNode;
  className?: string;
}) {
  return (
    <div
      role="region"
      aria-label={label}
      // A region that scrolls must be reachable from the keyboard.
      // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex
      tabIndex={0}
      className={cx(wrapperClass, className)}
    >
      {children}
    </div>
  );
}

interface DataTableProps {
  /** Names the scrolling region: "Volumes". */
  label: string;
  /** Header texts; a blank one is the column of row actions. */
  columns: readonly string[];
  /** Showing the previous page while the next one loads. */
  updating?: boolean;
  /** The rows. */
  children: ReactNode;
}

/** A table of resources, one row each, with the console's header row. */
export function DataTable({
  label,
  columns,
  updating = false,
  children,
}: DataTableProps) {
  return (
    <ResponsiveTable
      label={label}
      className={updating ? 'opacity-60' : undefined}
    >
      <table className={tableClasses.table} aria-busy={updating || undefined}>
        <thead className={tableClasses.head}>
          <tr>
            {columns.map((column, index) => (
              <th key={index} scope="col" className={tableClasses.headerCell}>
                {column || <span className="sr-only">Actions</span>}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          <QuietWriteReasons>{children}</QuietWriteReasons>
        </tbody>
      </table>
    </ResponsiveTable>
  );
}

export function TableSkeleton({
  columns,
  rows = 10,
  label = 'Loading',
}: {
  /** Header texts, or a count when the headers are not known. */
  columns: readonly string[] | number;
  rows?: number;
  label?: string;
}) {
  const headers =
    typeof columns === 'number'
      ? Array.from({ length: columns }, () => '')
      : columns;

  return (
    <div role="status" aria-busy="true" className={wrapperClass}>
      <span className="sr-only">{label}…</span>
      <table className={tableClasses.table} aria-hidden="true">
        <thead className={tableClasses.head}>
          <tr>
            {headers.map((header, index) => (
              <th key={index} className={tableClasses.headerCell}>
                {header || <Skeleton className="h-3 w-16" />}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {Array.from({ length: rows }, (_, row) => (
            <tr key={row} className={tableClasses.row}>
              {headers.map((_, column) => (
                <td key={column} className={tableClasses.cell}>
                  <Skeleton
                    className={column === 0 ? 'h-4 w-32' : 'h-4 w-20'}
                  />
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
