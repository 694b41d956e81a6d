import { useInstanceAction } from '../../api/queries/instances';
import type { Instance } from '../../api/types';

/**
 * Sends an instance action. The 202 answer lands in the cache, so the
 * badge changes at once and polling takes over from there; a refusal
 * because the state moved on refetches the instance.
 */
export function useSendAction(instance: Instance) {
  const mutation = useInstanceAction(instance.id);
  return { send: mutation.mutateAsync, pending: mutation.isPending };
}
