import type {
  HealthCheck,
  LoadBalancer,
  LoadBalancerUpdate,
} from '../../api/types';
import {
  toHealthCheck,
  type EditLoadBalancerValues,
} from './load-balancer-schema';

/** What "Save changes" has to send: one PATCH per thing that changed. */
export interface PendingChanges {
  config: LoadBalancerUpdate | null;
  weights: { instanceId: string; weight: number }[];
}

function sameCheck(a: HealthCheck, b: HealthCheck) {
  return (
    (a.path ?? '') === (b.path ?? '') &&
    a.interval === b.interval &&
    a.timeout === b.timeout &&
    a.unhealthy_threshold === b.unhealthy_threshold
  );
}

/**
 * The edits on screen, measured against the balancer as the API last
 * described it, so that a part already saved is never sent again.
 */
export function pendingChanges(
  values: EditLoadBalancerValues,
  balancer: LoadBalancer,
): PendingChanges {
  const check = toHealthCheck(values.health_check, balancer.protocol);
  const config: LoadBalancerUpdate = {
    ...(values.algorithm !== balancer.algorithm && {
      algorithm: values.algorithm as LoadBalancer['algorithm'],
    }),
    ...(!sameCheck(check, balancer.health_check) && { health_check: check }),
  };
  const weights = balancer.backends
    .filter((backend) => {
      const typed = values.weights[backend.instance_id];
      return typed !== undefined && Number(typed) !== backend.weight;
    })
    .map((backend) => ({
      instanceId: backend.instance_id,
      weight: Number(values.weights[backend.instance_id]),
    }));
  return {
    config: Object.keys(config).length > 0 ? config : null,
    weights,
  };
}

export function hasChanges(changes: PendingChanges) {
  return changes.config !== null || changes.weights.length > 0;
}
