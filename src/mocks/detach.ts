import type { MockState, StoredInstance } from './types';

/**
 * Undoes everything that ties other resources to an instance about to be
 * deleted: volumes and floating IPs are kept, memberships and rules go.
 */
export function detachInstance(
  state: MockState,
  instance: StoredInstance,
): void {
  const id = instance.id;
  for (const volume of state.volumes) {
    if (volume.instance_id !== id) continue;
    volume.instance_id = null;
    volume.status = 'available';
  }
  for (const floatingIp of state.floatingIps) {
    if (floatingIp.instance_id === id) floatingIp.instance_id = null;
  }
  for (const network of state.networks) {
    network.members = network.members.filter((m) => m.instance_id !== id);
  }
  for (const balancer of state.loadBalancers) {
    balancer.backends = balancer.backends.filter((b) => b.instance_id !== id);
  }
  state.firewallRules = state.firewallRules.filter(
    (rule) => rule.instance_id !== id,
  );
}
