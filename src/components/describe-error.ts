import { isApiError } from '../api/errors';
import { notDoneCode } from '../api/lost-writes';

export interface ErrorSummary {
  title: string;
  message: string;
  requestId: string | null;
  status: number | null;
}

export const unknownOutcomeMessage =
  'The connection dropped before the API answered. ' +
  "The request may or may not have gone through; we're checking.";

export const forbiddenMessage =
  'This API token is not allowed to make this change; it may be ' +
  'read-only. Sign in with a token that has the write scope, then try again.';

const signedOutMessage =
  'Your session has ended. Sign in again; nothing you entered is lost, ' +
  'and you can then try again.';

/**
 * Turns any failure into words for the user. A write whose connection
 * dropped may still have happened, so it is never reported as failed.
 */
export function describeError(
  error: unknown,
  { write = false }: { write?: boolean } = {},
): ErrorSummary {
  if (!isApiError(error)) {
    return {
      title: 'Something went wrong',
      message: 'The console hit an unexpected error. Try again.',
      requestId: null,
      status: null,
    };
  }

  const summary = { requestId: error.requestId, status: error.status };
  switch (true) {
    case error.code === notDoneCode:
      return { ...summary, title: 'Not done', message: error.message };
    case error.status === 0 && write:
      return {
        ...summary,
        title: 'Outcome unknown',
        message: unknownOutcomeMessage,
      };
    case error.status === 0:
      return {
        ...summary,
        title: 'Cannot reach the API',
        message: error.message,
      };
    case error.status === 401:
      return { ...summary, title: 'Signed out', message: signedOutMessage };
    case error.status === 403:
      return { ...summary, title: 'Not allowed', message: forbiddenMessage };
    case error.status === 404:
      return { ...summary, title: 'Not found', message: error.message };
    case error.status === 409:
      return { ...summary, title: 'Conflict', message: error.message };
    case error.status === 400 || error.status === 422:
      return { ...summary, title: 'Check the values', message: error.message };
    case error.status === 429:
      return {
        ...summary,
        title: 'Rate limit reached',
        message: error.message,
      };
    default:
      return { ...summary, title: 'The API failed', message: error.message };
  }
}
