import { useId, type ReactNode } from 'react';
import { cx } from '../../lib/class-names';
import { ScrollShadow, useScrollEdges } from '../scroll-edges';
import { Skeleton } from '../skeleton';
import { QuietWriteReasons } from '../write-gate';

/**
 * One set of table classes, so that the loading skeleton's rows are the
 * height of the real ones and the page does not jump when data arrives.
 */
export const tableClasses = {
  table: 'w-full border-collapse text-left text-sm',
  head: 'bg-slate-50 text-xs tracking-wide text-slate-600 uppercase',
  headerCell: 'h-10 px-3 font-medium whitespace-nowrap',
  row: 'h-14 border-t border-slate-200',
  // Cells keep to one line; only content that may wrap (a list of tags,
  // a note) says so, and the table squeezes that before it scrolls.
  cell: 'px-3 py-2 align-middle whitespace-nowrap',
  /** Added to the cells of a column kept in view at the right edge. */
  pinned: pinned('bg-white'),
  /** Added to the header of that column. */
  pinnedHeader: pinned('bg-slate-50'),
} as const;

/**
 * Sticky on the right, over the columns that scroll beneath it, with a
 * shade on its left while some of them are hidden there.
 */
function pinned(background: string) {
  return cx(
    'sticky right-0',
    background,
    'before:pointer-events-none before:absolute before:inset-y-0',
    'before:right-full before:w-4 before:bg-linear-to-l',
    'before:from-slate-900/10 before:to-transparent before:opacity-0',
    'before:transition-opacity group-data-more-end/scroll:before:opacity-100',
  );
}

const wrapperClass = cx(
  // relative: screen-reader-only text inside must not widen the page.
  'relative overflow-x-auto rounded-lg border border-slate-200 bg-white',
  'focus-visible:outline-2',
);

/**
 * Scrolls sideways on a phone instead of squeezing columns, and says so:
 * a line above the table, and a shade over each edge with columns beyond
 * it. The region is focusable so that keyboard users can scroll it too.
 */
export function ResponsiveTable({
  label,
  children,
  className,
  pinnedEnd = false,
}: {
  /** Names the scrolling region: "Instances". */
  label: string;
  children: ReactNode;
  className?: string;
  /** The last column is sticky (tableClasses.pinned) and shades itself. */
  pinnedEnd?: boolean;
}) {
  const [ref, edges] = useScrollEdges<HTMLDivElement>();
  const hintId = useId();
  const scrolls = edges.start || edges.end;

  return (
    <div>
      {scrolls && (
        <p id={hintId} className="mb-1 text-right text-xs text-slate-600">
          Scroll sideways for more <span aria-hidden="true">→</span>
        </p>
      )}
      <div className="relative rounded-lg">
        <div
          ref={ref}
          role="region"
          aria-label={label}
          aria-describedby={scrolls ? hintId : undefined}
          data-more-start={edges.start || undefined}
          data-more-end={edges.end || undefined}
          // A region that scrolls must be reachable from the keyboard.
          // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex
          tabIndex={0}
          className={cx(wrapperClass, 'group/scroll', className)}
        >
          {children}
        </div>
        <ScrollShadow side="start" visible={edges.start} />
        {!pinnedEnd && <ScrollShadow side="end" visible={edges.end} />}
      </div>
    </div>
  );
}

/**
 * The cell of a row's actions, pinned to the right edge so that it stays
 * in reach while the other columns scroll. Its buttons line up on the
 * right, whatever the row offers, and stack on a phone.
 */
export function RowActions({ children }: { children: ReactNode }) {
  return (
    <td className={cx(tableClasses.cell, tableClasses.pinned)}>
      <div className="flex flex-col items-end gap-2 sm:flex-row sm:justify-end">
        {children}
      </div>
    </td>
  );
}

interface DataTableProps {
  /** Names the scrolling region: "Volumes". */
  label: string;
  /** Header texts; a blank last one is the column of row actions. */
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
  // A blank last header is the column of row actions (see RowActions).
  const actions = columns.at(-1) === '';
  const { headerCell, pinnedHeader } = tableClasses;

  return (
    <ResponsiveTable
      label={label}
      className={updating ? 'opacity-60' : undefined}
      pinnedEnd={actions}
    >
      <table className={tableClasses.table} aria-busy={updating || undefined}>
        <thead className={tableClasses.head}>
          <tr>
            {columns.map((column, index) => (
              <th
                key={index}
                scope="col"
                className={column ? headerCell : cx(headerCell, pinnedHeader)}
              >
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
