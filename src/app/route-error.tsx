import { isRouteErrorResponse, useRouteError } from 'react-router';
import { isApiError } from '../api/errors';
import { Button } from '../components/button';
import { RequestId } from '../components/request-id';
import { NotFoundPage } from './not-found-page';

/** What a page shows when rendering it failed. */
export function RouteError() {
  const error = useRouteError();

  if (isRouteErrorResponse(error) && error.status === 404) {
    return <NotFoundPage />;
  }
  if (isApiError(error) && error.status === 404) {
    return <NotFoundPage title="Not found" message={error.message} />;
  }

  const requestId = isApiError(error) ? error.requestId : null;
  return (
    <section role="alert" className="mx-auto max-w-lg py-16 text-center">
      <h1 className="text-2xl font-semibold">Something went wrong</h1>
      <p className="mt-3 text-slate-600">
        {isApiError(error)
          ? error.message
          : 'The console hit an unexpected error. Reloading usually helps.'}
      </p>
      {requestId && <RequestId id={requestId} className="mt-3" />}
      <Button className="mt-6" onClick={() => window.location.reload()}>
        Reload
      </Button>
    </section>
  );
}
