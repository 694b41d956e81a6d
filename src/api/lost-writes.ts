import { ApiError, isApiError } from './errors';

/** The code of the error that says a write whose answer was lost did not happen. */
export const notDoneCode = 'not_done';

interface LookUp<Resource> {
  /** The resource, read afresh: null when it is not there (as is a 404). */
  read: () => Promise<Resource | null>;
  /** Whether what was read shows the write took effect. */
  took: (resource: Resource | null) => boolean;
  /** What the user is told when it did not. */
  notDone: string;
}

/**
 * Sends a write. When its connection drops, the outcome is unknown, so the
 * resource it changes is read once: when that shows the write took effect,
 * it resolves with what was read, as if the answer had come; when not, the
 * error says so, and sending again is safe. When the look fails too, the
 * outcome stays unknown and the first error stands.
 */
export async function sendOrLookUp<Result, Resource>(
  send: () => Promise<Result>,
  { read, took, notDone }: LookUp<Resource>,
): Promise<Result | Resource | null> {
  try {
    return await send();
  } catch (error) {
    if (!isApiError(error) || !error.isNetworkError) throw error;
    let resource: Resource | null;
    try {
      resource = await read();
    } catch (lookup) {
      if (!isApiError(lookup) || lookup.status !== 404) throw error;
      resource = null;
    }
    if (took(resource)) return resource;
    const failure = new ApiError(0, notDoneCode, notDone);
    failure.cause = error;
    throw failure;
  }
}

/**
 * A delete, looked up when its answer is lost: gone, or on its way out
 * (`going`: an instance answers "deleting" for a while), it went through.
 */
export function deleteOrLookUp<Result, Resource>(
  remove: () => Promise<Result>,
  read: () => Promise<Resource | null>,
  going: (resource: Resource) => boolean = () => false,
) {
  return sendOrLookUp(remove, {
    read,
    took: (resource) => resource === null || going(resource),
    notDone:
      'The connection dropped before the API answered, and a fresh look ' +
      'finds it still there: it was not deleted. You can try again.',
  });
}
