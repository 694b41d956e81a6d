import { now, SECOND, toIso } from './clock';
import type {
  InstanceStatus,
  MockState,
  StoredInstance,
  Transition,
} from './types';

/** How long each transitional state lasts before it settles. */
export const DURATIONS = {
  provisioning: 40 * SECOND,
  stopping: 10 * SECOND,
  starting: 15 * SECOND,
  rebooting: 15 * SECOND,
  rebuilding: 60 * SECOND,
  resizing: 60 * SECOND,
  deleting: 10 * SECOND,
  volumeCreating: 5 * SECOND,
  snapshotPending: 30 * SECOND,
  loadBalancerProvisioning: 30 * SECOND,
} as const;

interface Transitional<T> {
  transition?: Transition<T>;
}

/**
 * Applies every transition that has ended by `at`. Called before each
 * request is answered, so state is always what the clock says it is, and a
 * reload mid-transition picks up where the saved `until` left it.
 */
export function settle(state: MockState, at = now()): void {
  state.instances = settleList(state.instances, at, (instance, until) => {
    state.deleted.push({
      kind: 'instance',
      id: instance.id,
      name: instance.name,
      plan: instance.plan,
      created_at: instance.created_at,
      deleted_at: toIso(until),
    });
  });
  state.volumes = settleList(state.volumes, at);
  state.snapshots = settleList(state.snapshots, at);
  state.loadBalancers = settleList(state.loadBalancers, at);
}

function settleList<T extends Transitional<T>>(
  records: T[],
  at: number,
  onGone?: (record: T, until: number) => void,
): T[] {
  return records.filter((record) => {
    const transition = record.transition;
    if (!transition || transition.until > at) return true;
    delete record.transition;
    if (transition.to === 'gone') {
      onGone?.(record, transition.until);
      return false;
    }
    Object.assign(record, transition.to);
    return true;
  });
}

export type InstanceAction = 'start' | 'stop' | 'reboot' | 'rebuild' | 'resize';

export const INSTANCE_ACTIONS: InstanceAction[] = [
  'start',
  'stop',
  'reboot',
  'rebuild',
  'resize',
];

const ALLOWED_FROM: Record<InstanceAction, InstanceStatus[]> = {
  start: ['stopped'],
  stop: ['running'],
  reboot: ['running'],
  rebuild: ['running'],
  resize: ['running'],
};

const DURING: Record<InstanceAction, InstanceStatus> = {
  start: 'starting',
  stop: 'stopping',
  reboot: 'rebooting',
  rebuild: 'rebuilding',
  resize: 'resizing',
};

const SETTLES_AS: Partial<Record<InstanceAction, InstanceStatus>> = {
  start: 'running',
  stop: 'stopped',
  reboot: 'running',
};

/** Why the instance's state forbids the action, in words for a person. */
export function actionConflict(
  instance: StoredInstance,
  action: InstanceAction,
): string | undefined {
  const { name, status } = instance;
  if (ALLOWED_FROM[action].includes(status)) return undefined;
  if (status === 'deleting') return `Instance '${name}' is being deleted`;
  const settlesAs = instance.transition?.to;
  if (settlesAs && settlesAs !== 'gone') {
    return (
      `Instance '${name}' is ${status}; wait until it is ` +
      `${settlesAs.status ?? 'ready'}, then try again`
    );
  }
  if (action === 'start') return `Instance '${name}' is already running`;
  if (action === 'stop') return `Instance '${name}' is already stopped`;
  if (action === 'reboot') {
    return `Instance '${name}' is stopped; start it instead of rebooting it`;
  }
  return `Instance '${name}' is stopped; start it first, then ${action} it`;
}

/** Puts the instance in the action's transitional state. */
export function beginAction(
  instance: StoredInstance,
  action: InstanceAction,
  changes: Partial<StoredInstance> = {},
): void {
  // Rebuild and resize end in the state they began in.
  const settled = SETTLES_AS[action] ?? instance.status;
  const during = DURING[action];
  instance.status = during;
  const until = now() + DURATIONS[during as keyof typeof DURATIONS];
  instance.transition = {
    until,
    // Load balancer health reads how long the instance has been up or down.
    to: { status: settled, settled_at: until, ...changes },
  };
}

export function beginDelete(instance: StoredInstance): void {
  instance.status = 'deleting';
  instance.transition = { until: now() + DURATIONS.deleting, to: 'gone' };
}
