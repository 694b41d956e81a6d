import type { ReactNode } from 'react';
import { Link, useSearchParams } from 'react-router';
import type { Page } from '../../api/client';
import { buttonClass } from '../button';
import {
  isRetrying,
  QueryError,
  QueryLoading,
  RetryNotice,
} from '../query-error';
import { EmptyState } from './empty-state';
import { TableSkeleton } from './table';

/** The parts of a React Query result that decide what a list shows. */
export interface ListQuery<Data> {
  data: Data | undefined;
  error: unknown;
  isPending: boolean;
  isError: boolean;
  isFetching: boolean;
  /** Failures of the fetch under way, while React Query retries it. */
  failureCount?: number;
  /** The rows shown are the last page's, while another is asked for. */
  isPlaceholderData?: boolean;
  failureReason?: unknown;
  refetch: () => unknown;
}

interface ListStatesProps<Data> {
  query: ListQuery<Data>;
  isEmpty: (data: Data) => boolean;
  /** The empty state, usually an EmptyState that says what to do. */
  empty: ReactNode;
  /** Shown while the first page loads; by default a table skeleton. */
  loading?: ReactNode;
  children: (data: Data) => ReactNode;
}

/**
 * A list query's states in one fixed order: loading (saying so when its
 * request failed and is being retried), error, empty, content. A failed
 * refresh keeps the rows it had on screen, with the error and its retry
 * above them.
 */
export function ListStates<Data>({
  query,
  isEmpty,
  empty,
  loading = <TableSkeleton columns={4} />,
  children,
}: ListStatesProps<Data>) {
  const { data, error, isPending, isError, isFetching, refetch } = query;
  const failure = isError && (
    <QueryError error={error} onRetry={refetch} retrying={isFetching} />
  );

  if (isPending) return <QueryLoading query={query}>{loading}</QueryLoading>;
  if (data === undefined) return failure || null;
  // Another page asked for, and its request failing: said by the pages'
  // buttons, where the user is looking, over the rows still shown.
  const pageRetried = query.isPlaceholderData && isRetrying(query);
  return (
    <>
      {failure && <div className="mb-4">{failure}</div>}
      {!isEmpty(data) ? (
        children(data)
      ) : isPastTheEnd(data) ? (
        <PastTheEnd pagination={data.pagination} />
      ) : (
        empty
      )}
      {pageRetried && (
        <div className="mt-4">
          <RetryNotice query={query} />
        </div>
      )}
    </>
  );
}

/**
 * An empty page of a list that is not empty: an old link, or the last
 * page's only row deleted elsewhere. Saying "nothing here yet" would be
 * wrong.
 */
function isPastTheEnd(data: unknown): data is Page<unknown> {
  const page = data as Partial<Page<unknown>> | null;
  return (page?.pagination?.total_count ?? 0) > 0;
}

function PastTheEnd({ pagination }: Pick<Page<unknown>, 'pagination'>) {
  const [search] = useSearchParams();
  const first = new URLSearchParams(search);
  first.delete('page');
  const { page, total_count, total_pages } = pagination;
  return (
    <EmptyState
      title={`There is no page ${page}`}
      description={`The list has ${total_count} ${total_count === 1 ? 'item' : 'items'} on ${total_pages} ${total_pages === 1 ? 'page' : 'pages'}.`}
      action={
        <Link to={{ search: first.toString() }} className={buttonClass()}>
          Go to the first page
        </Link>
      }
    />
  );
}
