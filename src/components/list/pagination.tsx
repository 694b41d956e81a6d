import type { Pagination as PaginationMeta } from '../../api/client';
import { Button } from '../button';

interface PaginationProps {
  pagination: PaginationMeta;
  onPageChange: (page: number) => void;
  /** Names the navigation: "Instances pages". */
  label?: string;
}

const count = (value: number) => value.toLocaleString();

function summary({ page, per_page, total_pages, total_count }: PaginationMeta) {
  if (total_count === 0) return 'No results';
  const first = (page - 1) * per_page + 1;
  if (first > total_count) {
    return `Page ${count(page)} is past the end (${count(total_pages)} pages)`;
  }
  const last = Math.min(page * per_page, total_count);
  return `Showing ${count(first)}–${count(last)} of ${count(total_count)}`;
}

/** Previous and next, with where the user is in the whole list. */
export function Pagination({
  pagination,
  onPageChange,
  label = 'Pagination',
}: PaginationProps) {
  const { page, total_pages } = pagination;
  // From beyond the end, Previous goes to the last page that has rows.
  const previous = Math.min(page - 1, Math.max(total_pages, 1));

  return (
    <nav
      aria-label={label}
      className="flex flex-wrap items-center justify-between gap-3 py-3"
    >
      <p className="text-sm text-slate-600 tabular-nums">
        {summary(pagination)}
      </p>
      {(total_pages > 1 || page > 1) && (
        <div className="flex gap-2">
          <Button
            variant="secondary"
            size="sm"
            disabled={page <= 1}
            onClick={() => onPageChange(previous)}
          >
            Previous
          </Button>
          <Button
            variant="secondary"
            size="sm"
            disabled={page >= total_pages}
            onClick={() => onPageChange(page + 1)}
          >
            Next
          </Button>
        </div>
      )}
    </nav>
  );
}
