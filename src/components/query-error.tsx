import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { isApiError } from '../api/errors';
import { cx } from '../lib/class-names';
import { Button, buttonClass } from './button';
import { describeError } from './describe-error';
import { RequestId } from './request-id';

interface QueryErrorProps {
  error: unknown;
  /** Fetches again; without it there is no "Try again" button. */
  onRetry?: () => unknown;
  /** A retry is on its way: the button waits for it. */
  retrying?: boolean;
  /** Where to go when the resource no longer exists. */
  back?: { to: string; label: string };
  className?: string;
}

const panelClass = 'rounded-lg border border-red-200 bg-red-50 p-4 text-sm';

/** A failed read, with its request id and a way to try again or leave. */
export function QueryError({
  error,
  onRetry,
  retrying = false,
  back,
  className,
}: QueryErrorProps) {
  if (isApiError(error) && error.status === 404) {
    return (
      <section role="alert" className={cx(panelClass, className)}>
        <h2 className="font-semibold text-red-900">This no longer exists</h2>
        <p className="mt-1 text-red-900">
          It may have been deleted. {error.message}
        </p>
        {error.requestId && <RequestId id={error.requestId} className="mt-2" />}
        {back && (
          <Link
            to={back.to}
            className={cx(buttonClass('secondary', 'sm'), 'mt-3')}
          >
            {back.label}
          </Link>
        )}
      </section>
    );
  }

  const { title, message, requestId } = describeError(error);
  return (
    <section role="alert" className={cx(panelClass, className)}>
      <h2 className="font-semibold text-red-900">{title}</h2>
      <p className="mt-1 text-red-900">{message}</p>
      {requestId && <RequestId id={requestId} className="mt-2" />}
      {onRetry && (
        <Button
          variant="secondary"
          size="sm"
          className="mt-3"
          disabled={retrying}
          onClick={() => void onRetry()}
        >
          {retrying ? 'Trying again…' : 'Try again'}
        </Button>
      )}
    </section>
  );
}

/** The parts of a React Query result that tell a retry is under way. */
export interface RetriedQuery {
  isFetching: boolean;
  /** Failures of the fetch under way: above 0 while it is retried. */
  failureCount?: number;
  failureReason?: unknown;
}

/**
 * Whether the first answer failed and the request is being sent again. Not
 * for the first request, however slow: only once it has failed.
 */
export function isRetrying({ isFetching, failureCount = 0 }: RetriedQuery) {
  return isFetching && failureCount > 0;
}

function retryMessage(reason: unknown) {
  if (isApiError(reason) && reason.status === 429) {
    return 'The API rate limit was reached; trying again when it resets…';
  }
  return "The API isn't answering; trying again…";
}

/**
 * Of several queries a page waits on, the first being retried, so that
 * one notice speaks for them all; a query at rest otherwise.
 */
export function retriedOf(queries: readonly RetriedQuery[]): RetriedQuery {
  return queries.find(isRetrying) ?? { isFetching: false };
}

/** Says that a failed request is being sent again; nothing otherwise. */
export function RetryNotice({ query }: { query: RetriedQuery }) {
  if (!isRetrying(query)) return null;
  return (
    <p
      role="status"
      className="mb-4 rounded-md border border-amber-200 bg-amber-50 px-3 py-2 text-sm text-amber-900"
    >
      {retryMessage(query.failureReason)}
    </p>
  );
}

/**
 * A loading state that says so when its request has failed and is being
 * retried with backoff (up to half a minute) instead of only pulsing.
 */
export function QueryLoading({
  query,
  children,
}: {
  query: RetriedQuery;
  /** The skeleton. */
  children: ReactNode;
}) {
  return (
    <>
      <RetryNotice query={query} />
      {children}
    </>
  );
}
