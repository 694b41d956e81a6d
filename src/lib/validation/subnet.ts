import ipaddr from 'ipaddr.js';
import { hasHostBits, hostBitsError, parseAddress, parseCidr } from './cidr';

export const SUBNET_MIN_PREFIX = 16;
export const SUBNET_MAX_PREFIX = 28;

const PRIVATE_RANGES = ['10.0.0.0/8', '172.16.0.0/12', '192.168.0.0/16'];

const isPrivate = (address: ipaddr.IPv4) =>
  PRIVATE_RANGES.some((range) => address.match(ipaddr.IPv4.parseCIDR(range)));

/**
 * A private network's subnet: an IPv4 block in a private range, /16 to
 * /28, written as its network address. Overlap needs the other networks of
 * the region: see subnetOverlap.
 */
export function checkSubnet(value: unknown): string | undefined {
  if (typeof value !== 'string' || value === '') {
    return 'Enter a subnet, such as 10.10.0.0/24';
  }
  // The form sends what it checked, trimmed (see networkBody); a request
  // sent some other way is told what is wrong rather than about zeros.
  if (value.trim() !== value) {
    return 'Remove the spaces before and after the subnet';
  }
  const [addressText = '', prefixText, ...rest] = value.split('/');
  if (prefixText === undefined || rest.length > 0) {
    return 'Add a prefix length after a slash, as in 10.10.0.0/24';
  }
  const address = parseAddress(addressText);
  if (!address || address.kind() !== 'ipv4') {
    return (
      'Write the address as four numbers from 0 to 255 without leading ' +
      'zeros, as in 10.10.0.0'
    );
  }
  const prefix = /^[1-9]\d{0,2}$/.test(prefixText) ? Number(prefixText) : NaN;
  if (!(prefix >= SUBNET_MIN_PREFIX && prefix <= SUBNET_MAX_PREFIX)) {
    return (
      `Use a whole prefix length from /${SUBNET_MIN_PREFIX} ` +
      `to /${SUBNET_MAX_PREFIX}`
    );
  }
  if (!isPrivate(address as ipaddr.IPv4)) {
    return (
      'Use a private range: inside 10.0.0.0/8, 172.16.0.0/12 or ' +
      '192.168.0.0/16'
    );
  }
  const parsed = parseCidr(value);
  if (parsed.cidr && hasHostBits(parsed.cidr)) {
    return hostBitsError(parsed.cidr);
  }
  return undefined;
}

/**
 * The create-network request as the form sends it, and checks it: the
 * subnet without the spaces a paste brings along, as a firewall rule's
 * source and port are sent.
 */
export function networkBody<Values extends { subnet?: string }>(
  values: Values,
): Values {
  const { subnet } = values;
  return subnet === undefined ? values : { ...values, subnet: subnet.trim() };
}

interface NetworkLike {
  name: string;
  subnet: string;
}

/** The first network whose subnet overlaps this one, as a message. */
export function subnetOverlap(
  subnet: string,
  others: readonly NetworkLike[],
): string | undefined {
  const mine = parseCidr(subnet).cidr;
  if (!mine) return undefined;
  const clash = others.find((other) => {
    const theirs = parseCidr(other.subnet).cidr;
    return theirs !== undefined && overlapsV4(mine, theirs);
  });
  if (!clash) return undefined;
  return (
    `Overlaps ${clash.name} (${clash.subnet}) in this region; ` +
    'choose another range'
  );
}

function overlapsV4(
  a: { address: ipaddr.IPv4 | ipaddr.IPv6; prefix: number },
  b: { address: ipaddr.IPv4 | ipaddr.IPv6; prefix: number },
) {
  if (a.address.kind() !== 'ipv4' || b.address.kind() !== 'ipv4') {
    return false;
  }
  const x = a.address as ipaddr.IPv4;
  const y = b.address as ipaddr.IPv4;
  return x.match(y, b.prefix) || y.match(x, a.prefix);
}
