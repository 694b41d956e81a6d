import { useQueryClient } from '@tanstack/react-query';
import { isApiError } from '../../api/errors';
import {
  instanceQueries,
  useInstanceAction,
} from '../../api/queries/instances';
import type { Instance, InstanceAction } from '../../api/types';

/**
 * After a failed write to an instance: a 409 means the page was showing an
 * old state, and a dropped connection leaves the outcome unknown. Either
 * way the instance is fetched again rather than guessed.
 */
export function useRefetchWhenStale(instanceId: string) {
  const client = useQueryClient();
  return (error: unknown) => {
    if (!isApiError(error) || (error.status !== 409 && error.status !== 0)) {
      return;
    }
    const { queryKey } = instanceQueries.detail(instanceId);
    void client.invalidateQueries({ queryKey });
  };
}

/**
 * Sends an instance action. The 202 answer lands in the cache, so the
 * badge changes at once and polling takes over from there.
 */
export function useSendAction(instance: Instance) {
  const mutation = useInstanceAction(instance.id);
  const refetchWhenStale = useRefetchWhenStale(instance.id);

  async function send(action: InstanceAction) {
    try {
      return await mutation.mutateAsync(action);
    } catch (error) {
      refetchWhenStale(error);
      throw error;
    }
  }

  return { send, pending: mutation.isPending };
}
