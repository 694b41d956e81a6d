import type { Network } from './types';

export function ipToInt(ip: string): number {
  return ip
    .split('.')
    .reduce((value, octet) => value * 256 + Number(octet), 0);
}

export function intToIp(value: number): string {
  return [24, 16, 8, 0].map((shift) => (value >>> shift) & 255).join('.');
}

/**
 * The lowest free host address of a network's subnet. The first two are
 * the network address and its gateway.
 */
export function nextPrivateIp(network: Network): string | undefined {
  const [address, prefix] = network.subnet.split('/');
  const start = ipToInt(address);
  const size = 2 ** (32 - Number(prefix));
  const taken = new Set(network.members.map((m) => m.private_ip));
  for (let offset = 2; offset < size - 1; offset++) {
    const ip = intToIp(start + offset);
    if (!taken.has(ip)) return ip;
  }
  return undefined;
}
