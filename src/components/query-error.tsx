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
