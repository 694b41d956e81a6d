import { ApiError, isApiError } from './errors';

/** The code of the error that says a delete whose answer was lost did not happen. */
export const notDeletedCode = 'not_deleted';

/**
 * Sends a delete. When its connection drops, the outcome is unknown, so
 * the resource is asked for once: gone (a 404, or `read` finding nothing)
 * or on its way out (`going`: an instance answers "deleting" for a while),
 * the delete went through and resolves as if its answer had come. Still
 * there, it did not, and the error says so. When that look fails too, the
 * outcome stays unknown and the first error stands.
 */
export async function deleteOrLookUp<Result, Resource>(
  remove: () => Promise<Result>,
  read: () => Promise<Resource | null>,
  going: (resource: Resource) => boolean = () => false,
): Promise<Result | undefined> {
  try {
    return await remove();
  } catch (error) {
    if (!isApiError(error) || !error.isNetworkError) throw error;
    let resource: Resource | null;
    try {
      resource = await read();
    } catch (lookup) {
      if (isApiError(lookup) && lookup.status === 404) return undefined;
      throw error;
    }
    if (resource === null || going(resource)) return undefined;
    const notDeleted = new ApiError(
      0,
      notDeletedCode,
      'The connection dropped before the API answered, and a fresh look ' +
        'finds it still there: it was not deleted. You can try again.',
    );
    notDeleted.cause = error;
    throw notDeleted;
  }
}
