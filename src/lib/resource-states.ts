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
