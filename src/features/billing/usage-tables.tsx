import { Link, useSearchParams } from 'react-router';
import { ResponsiveTable, tableClasses } from '../../components/list';
import { cx } from '../../lib/class-names';
import { formatMoney } from '../../lib/format';
import {
  categoryLabels,
  type LineCategory,
  type UsageLine,
} from './usage-lines';

type SortKey = 'name' | 'hours' | 'cost';

interface Sort {
  key: SortKey;
  descending: boolean;
}

const categories = Object.keys(categoryLabels) as LineCategory[];

const sortKeys: readonly SortKey[] = ['name', 'hours', 'cost'];
const dearestFirst: Sort = { key: 'cost', descending: true };

/** A table's sort as a link keeps it: ?sort-volumes=name-asc. */
const sortParam = (category: LineCategory) => `sort-${category}`;

function readSort(value: string | null): Sort {
  const [key, direction] = (value ?? '').split('-');
  if (!sortKeys.includes(key as SortKey)) return dearestFirst;
  if (direction !== 'asc' && direction !== 'desc') return dearestFirst;
  return { key: key as SortKey, descending: direction === 'desc' };
}

const hoursFormat = new Intl.NumberFormat();

/** One sortable table per kind of resource, dearest first. */
export function UsageTables({
  lines,
  currency,
}: {
  lines: UsageLine[];
  currency: string;
}) {
  return (
    <div className="space-y-6">
      {categories.map((category) => (
        <LineTable
          key={category}
          category={category}
          title={categoryLabels[category]}
          lines={lines.filter((line) => line.category === category)}
          currency={currency}
        />
      ))}
    </div>
  );
}

function compare(sort: Sort) {
  return (a: UsageLine, b: UsageLine) => {
    const order =
      sort.key === 'name'
        ? a.name.localeCompare(b.name)
        : (a[sort.key] ?? 0) - (b[sort.key] ?? 0);
    return sort.descending ? -order : order;
  };
}

interface LineTableProps {
  category: LineCategory;
  title: string;
  lines: UsageLine[];
  currency: string;
}

function LineTable({ category, title, lines, currency }: LineTableProps) {
  const [search, setSearch] = useSearchParams();
  const param = sortParam(category);
  const sort = readSort(search.get(param));
  const sorted = [...lines].sort(compare(sort));
  // In the URL, so that a shared link or a reload shows the same order;
  // replacing the entry, so that Back leaves the page rather than unsort.
  const toggle = (key: SortKey) => {
    const descending = sort.key === key ? !sort.descending : key !== 'name';
    setSearch(
      (current) => {
        const next = new URLSearchParams(current);
        if (key === dearestFirst.key && descending) next.delete(param);
        else next.set(param, `${key}-${descending ? 'desc' : 'asc'}`);
        return next;
      },
      { replace: true },
    );
  };
  const header = (key: SortKey, label: string, pinned = false) => (
    <SortHeader
      label={label}
      column={key}
      sort={sort}
      onSort={toggle}
      pinned={pinned}
    />
  );

  return (
    <section className="space-y-2">
      <h3 className="font-semibold">{title}</h3>
      {lines.length === 0 ? (
        <p className="text-sm text-slate-600">Nothing billed in this period.</p>
      ) : (
        // The cost stays in view on a phone while the rest scrolls.
        <ResponsiveTable label={`${title} usage`} pinnedEnd>
          <table className={tableClasses.table}>
            <thead className={tableClasses.head}>
              <tr>
                {header('name', 'Name')}
                <th scope="col" className={tableClasses.headerCell}>
                  Detail
                </th>
                {header('hours', 'Hours')}
                {header('cost', 'Cost', true)}
              </tr>
            </thead>
            <tbody>
              {sorted.map((line) => (
                <LineRow key={line.id} line={line} currency={currency} />
              ))}
            </tbody>
          </table>
        </ResponsiveTable>
      )}
    </section>
  );
}

interface SortHeaderProps {
  label: string;
  column: SortKey;
  sort: Sort;
  onSort: (key: SortKey) => void;
  /** The column stays in view at the right edge. */
  pinned: boolean;
}

function SortHeader({ label, column, sort, onSort, pinned }: SortHeaderProps) {
  const active = sort.key === column;
  const direction = sort.descending ? 'descending' : 'ascending';
  return (
    <th
      scope="col"
      aria-sort={active ? direction : undefined}
      className={cx(
        tableClasses.headerCell,
        pinned && tableClasses.pinnedHeader,
      )}
    >
      <button
        type="button"
        onClick={() => onSort(column)}
        className="inline-flex items-center gap-1 uppercase hover:text-slate-900"
      >
        {label}
        <span aria-hidden="true">
          {active ? (sort.descending ? '↓' : '↑') : '↕'}
        </span>
      </button>
    </th>
  );
}

function LineRow({ line, currency }: { line: UsageLine; currency: string }) {
  const { cell, row } = tableClasses;
  return (
    <tr className={row}>
      <th scope="row" className={`${cell} font-medium`}>
        {line.href ? (
          <Link to={line.href} className="text-brand-800 hover:underline">
            {line.name}
          </Link>
        ) : (
          <span>{line.name}</span>
        )}
        {line.deleted && (
          <span className="ml-2 rounded bg-slate-100 px-1.5 py-0.5 text-xs font-normal text-slate-700">
            Deleted
          </span>
        )}
      </th>
      <td className={cell}>{line.detail}</td>
      <td className={`${cell} tabular-nums`}>
        {line.hours === null ? '—' : hoursFormat.format(line.hours)}
      </td>
      <td className={cx(cell, tableClasses.pinned, 'tabular-nums')}>
        {formatMoney(line.cost, currency)}
      </td>
    </tr>
  );
}
