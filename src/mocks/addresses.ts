import { stateRng } from './ids';
import { PUBLIC_PREFIX } from './seed-reference';
import type { MockState, Network } from './types';

export function ipToInt(ip: string): number {
  return ip.split('.').reduce((value, octet) => value * 256 + Number(octet), 0);
}

export function intToIp(value: number): string {
  return [24, 16, 8, 0].map((shift) => (value >>> shift) & 255).join('.');
}

/**
 * The lowest free host address of a network's subnet. The first two are
 * the network address and its gateway.
 */
export function nextPrivateIp(network: Network): string | undefined {
  const [address = '', prefix] = network.subnet.split('/');
  const start = ipToInt(address);
  const size = 2 ** (32 - Number(prefix));
  const taken = new Set(network.members.map((m) => m.private_ip));
  for (let offset = 2; offset < size - 1; offset++) {
    const ip = intToIp(start + offset);
    if (!taken.has(ip)) return ip;
  }
  return undefined;
}

/** A public address in the region not held by any resource yet. */
export function newPublicIp(state: MockState, region: string): string {
  const rng = stateRng();
  const used = new Set<string | null>([
    ...state.instances.map((i) => i.public_ip),
    ...state.floatingIps.map((f) => f.ip),
    ...state.loadBalancers.map((b) => b.public_ip),
  ]);
  const prefix = PUBLIC_PREFIX[region] ?? '203.0';
  let ip: string;
  do {
    ip = `${prefix}.${rng.int(1, 254)}.${rng.int(2, 254)}`;
  } while (used.has(ip));
  return ip;
}
