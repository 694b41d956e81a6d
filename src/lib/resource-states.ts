import type { InstanceStatus } from '../api/types';

/**
 * States in which a resource is changing on its own. Pages poll while
 * anything they show is in one of them.
 */
const transitional = new Set([
  'provisioning',
  'stopping',
  'starting',
  'rebooting',
  'rebuilding',
  'resizing',
  'deleting',
  'creating',
  'pending',
]);

export function isTransitional(status: string | null | undefined) {
  return status != null && transitional.has(status);
}

/** Every state of an instance, as the API's status filter takes them. */
export const instanceStatuses = [
  'provisioning',
  'running',
  'stopping',
  'stopped',
  'starting',
  'rebooting',
  'rebuilding',
  'resizing',
  'deleting',
] as const satisfies readonly InstanceStatus[];
