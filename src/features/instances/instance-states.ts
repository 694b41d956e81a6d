import type { Instance, InstanceStatus } from '../../api/types';
import { isTransitional } from '../../lib/resource-states';

export type PowerAction = 'start' | 'stop' | 'reboot' | 'rebuild' | 'resize';

/** The states each action starts from, as the API allows them. */
const allowedFrom: Record<PowerAction, readonly InstanceStatus[]> = {
  start: ['stopped'],
  stop: ['running'],
  reboot: ['running'],
  rebuild: ['running'],
  resize: ['running'],
};

export function canRun(instance: Instance, action: PowerAction) {
  return allowedFrom[action].includes(instance.status);
}

/** Delete works in any state but the one it leads to. */
export function canDelete(instance: Instance) {
  return instance.status !== 'deleting';
}

/** The power button offers Start to a stopped instance, Stop otherwise. */
export function powerAction(instance: Instance): 'start' | 'stop' {
  return instance.status === 'stopped' || instance.status === 'starting'
    ? 'start'
    : 'stop';
}

/**
 * Why the instance's state holds some actions back, in one sentence for
 * the action bar; null when every action it shows is available.
 */
export function actionsBlockedReason(instance: Instance): string | null {
  const { name, status } = instance;
  if (status === 'deleting') return `${name} is being deleted.`;
  if (isTransitional(status)) {
    return `${name} is ${status}. Other actions wait until it settles.`;
  }
  if (status === 'stopped') {
    return `Start ${name} before rebooting, rebuilding or resizing it.`;
  }
  return null;
}
