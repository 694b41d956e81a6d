import { now, SECOND } from './clock';
import { DURATIONS } from './transitions';
import type {
  Backend,
  StoredBackend,
  StoredInstance,
  StoredLoadBalancer,
} from './types';

// A backend's health is derived on read from the clock, the health check
// and how long its instance has been up or down, the way a balancer that
// probes every `interval` seconds would see it.

/** Probes a backend that came back must pass before it takes traffic. */
export const HEALTHY_AFTER_CHECKS = 2;

// Stopping still serves until the instance is down; starting is not up yet.
const UP = new Set(['running', 'stopping']);
const DOWN = new Set(['stopped', 'starting']);

/** When the balancer began probing this backend. */
function checksSince(balancer: StoredLoadBalancer, backend: StoredBackend) {
  const active =
    Date.parse(balancer.created_at) + DURATIONS.loadBalancerProvisioning;
  return Math.max(active, backend.added_at ?? 0);
}

export function backendHealth(
  balancer: StoredLoadBalancer,
  backend: StoredBackend,
  instance: StoredInstance | undefined,
  at = now(),
): Backend['health'] {
  if (balancer.status !== 'active') return 'unknown';
  if (!instance) return 'unhealthy';
  const interval = balancer.health_check.interval * SECOND;
  const probed = checksSince(balancer, backend);
  // Not probed yet: nothing is known about it.
  if (at < probed + interval) return 'unknown';
  const since = instance.settled_at ?? 0;

  if (UP.has(instance.status)) {
    // Up all along while probed, or up for long enough since it came back.
    if (since <= probed) return 'healthy';
    return at >= since + HEALTHY_AFTER_CHECKS * interval
      ? 'healthy'
      : 'unhealthy';
  }
  if (DOWN.has(instance.status)) {
    const failing = Math.max(since, probed);
    const threshold = balancer.health_check.unhealthy_threshold;
    if (at >= failing + threshold * interval) return 'unhealthy';
    // It answered probes before it went down; they have not failed enough.
    return since > probed ? 'healthy' : 'unknown';
  }
  // Booting, rebooting, rebuilding, resizing or being deleted.
  return 'unknown';
}
