import { useQueryClient } from '@tanstack/react-query';
import { isApiError } from '../../api/errors';
import {
  instanceQueries,
  useInstanceAction,
} from '../../api/queries/instances';
import type { Instance, InstanceAction } from '../../api/types';

/**
 * Sends an instance action. The 202 answer lands in the cache (the badge
 * changes and polling takes over). A 409 means the page was showing an
 * old state, and a dropped connection leaves the outcome unknown: either
 * way the instance is fetched again rather than guessed.
 */
export function useSendAction(instance: Instance) {
  const client = useQueryClient();
  const mutation = useInstanceAction(instance.id);

  async function send(action: InstanceAction) {
    try {
      return await mutation.mutateAsync(action);
    } catch (error) {
      if (isApiError(error) && (error.status === 409 || error.status === 0)) {
        const { queryKey } = instanceQueries.detail(instance.id);
        void client.invalidateQueries({ queryKey });
      }
      throw error;
    }
  }

  return { send, pending: mutation.isPending };
}
