import type { Backend, LoadBalancer } from '../../api/types';

export const algorithmLabels: Record<LoadBalancer['algorithm'], string> = {
  round_robin: 'Round robin',
  least_connections: 'Least connections',
  source_ip: 'Source IP',
};

export const algorithmHints: Record<LoadBalancer['algorithm'], string> = {
  round_robin: 'Each backend in turn, in proportion to its weight.',
  least_connections: 'The backend with the fewest open connections.',
  source_ip: 'The same client always reaches the same backend.',
};

export const protocolLabels: Record<LoadBalancer['protocol'], string> = {
  http: 'HTTP',
  https: 'HTTPS',
  tcp: 'TCP',
};

/** "HTTP 80 → 8080": what it listens on and where it sends traffic. */
export function listenerText(balancer: LoadBalancer): string {
  const protocol = protocolLabels[balancer.protocol];
  return `${protocol} ${balancer.port} → ${balancer.backend_port}`;
}

export function healthCounts(backends: readonly Backend[]) {
  const counts = { healthy: 0, unhealthy: 0, unknown: 0 };
  for (const backend of backends) counts[backend.health] += 1;
  return counts;
}

/** "3 backends: 2 healthy, 1 unhealthy", or "No backends". */
export function healthSummary(backends: readonly Backend[]): string {
  if (backends.length === 0) return 'No backends';
  const counts = healthCounts(backends);
  const parts = (['healthy', 'unhealthy', 'unknown'] as const)
    .filter((health) => counts[health] > 0)
    .map((health) => `${counts[health]} ${health}`);
  const noun = backends.length === 1 ? 'backend' : 'backends';
  return `${backends.length} ${noun}: ${parts.join(', ')}`;
}
