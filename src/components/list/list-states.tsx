import type { ReactNode } from 'react';
import { QueryError } from '../query-error';
import { TableSkeleton } from './table';

/** The parts of a React Query result that decide what a list shows. */
export interface ListQuery<Data> {
  data: Data | undefined;
  error: unknown;
  isPending: boolean;
  isError: boolean;
  isFetching: boolean;
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
 * A list query's states in one fixed order: loading, error, empty,
 * content. A failed refresh keeps the rows it had on screen, with the error
 * and its retry above them.
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

  if (isPending) return loading;
  if (data === undefined) return failure || null;
  return (
    <>
      {failure && <div className="mb-4">{failure}</div>}
      {isEmpty(data) ? empty : children(data)}
    </>
  );
}
