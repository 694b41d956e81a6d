import { Link } from 'react-router';
import { isApiError, type ApiError } from '../api/errors';
import { buttonClass } from './button';
import { RequestId } from './request-id';

/** Whether a read failed because what it asked for is not there. */
export function isNotFound(error: unknown): error is ApiError {
  return isApiError(error) && error.status === 404;
}

interface ResourceNotFoundProps {
  /** What was asked for, as a heading says it: "Volume". */
  what: string;
  error: ApiError;
  /** The list to go back to. */
  back: { to: string; label: string };
}

/** A resource's page when the API has no such resource. */
export function ResourceNotFound({ what, error, back }: ResourceNotFoundProps) {
  return (
    <section className="mx-auto max-w-lg py-16 text-center">
      <h1 className="text-2xl font-semibold">{what} not found</h1>
      <p className="mt-3 text-slate-600">{error.message}</p>
      <p className="mt-1 text-slate-600">
        It may have been deleted, or the link may be mistyped.
      </p>
      {error.requestId && <RequestId id={error.requestId} className="mt-3" />}
      <Link to={back.to} className={`${buttonClass()} mt-6`}>
        Back to {back.label.toLowerCase()}
      </Link>
    </section>
  );
}
