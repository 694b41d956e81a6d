import ipaddr from 'ipaddr.js';

// Address and CIDR rules shared by the forms and the mock cloud. Parsing is
// ipaddr.js's; what this adds is the console's stricter reading (dotted
// decimal without leading zeros, no zone ids) and messages that say why.

export type IpKind = 'ipv4' | 'ipv6';

export interface Cidr {
  kind: IpKind;
  address: ipaddr.IPv4 | ipaddr.IPv6;
  prefix: number;
}

const PREFIX = /^(0|[1-9]\d{0,2})$/;

/** An address in strict notation, or undefined. */
export function parseAddress(text: string): Cidr['address'] | undefined {
  if (ipaddr.IPv4.isValidFourPartDecimal(text)) return ipaddr.IPv4.parse(text);
  // A zone id (fe80::1%eth0) names a local interface, not an address.
  if (!text.includes('%') && ipaddr.IPv6.isValid(text)) {
    return ipaddr.IPv6.parse(text);
  }
  return undefined;
}

export const kindOf = (address: Cidr['address']): IpKind => address.kind();

const maxPrefix = (kind: IpKind) => (kind === 'ipv4' ? 32 : 128);

export type CidrResult =
  { cidr: Cidr; error?: never } | { error: string; cidr?: never };

/** `address/prefix`, or the reason it is not one. */
export function parseCidr(text: string): CidrResult {
  const parts = text.split('/');
  if (parts.length !== 2) {
    return { error: 'Add a prefix length after a slash, as in 10.0.0.0/24' };
  }
  const [addressText = '', prefixText = ''] = parts;
  const address = parseAddress(addressText);
  if (!address) return { error: addressError(addressText) };
  const kind = kindOf(address);
  const max = maxPrefix(kind);
  if (!PREFIX.test(prefixText) || Number(prefixText) > max) {
    return { error: `Use a whole prefix length from 0 to ${max}` };
  }
  return { cidr: { kind, address, prefix: Number(prefixText) } };
}

function addressError(text: string): string {
  if (/^[\d.]+$/.test(text)) {
    return (
      'Write the address as four numbers from 0 to 255 without leading ' +
      'zeros, as in 10.0.0.0'
    );
  }
  return `${text === '' ? 'The address' : `'${text}'`} is not an IPv4 or IPv6 address`;
}

/** The network address of a block: its address with the host bits cleared. */
export function networkAddress({ kind, address, prefix }: Cidr): string {
  const text = `${address.toString()}/${prefix}`;
  const network =
    kind === 'ipv4'
      ? ipaddr.IPv4.networkAddressFromCIDR(text)
      : ipaddr.IPv6.networkAddressFromCIDR(text);
  return network.toString();
}

export function hasHostBits(cidr: Cidr): boolean {
  const bytes = cidr.address.toByteArray();
  const network = parseAddress(networkAddress(cidr))?.toByteArray() ?? [];
  return bytes.some((byte, i) => byte !== network[i]);
}

export const formatCidr = (cidr: Cidr) =>
  `${networkAddress(cidr)}/${cidr.prefix}`;

/** The message for a block with host bits set, offering the right one. */
export function hostBitsError(cidr: Cidr): string {
  const fixed = formatCidr(cidr);
  return `Host bits are set: did you mean ${fixed}?`;
}

/** Whether an address falls inside a block of the same family. */
export function contains(cidr: Cidr, address: Cidr['address']): boolean {
  if (address.kind() !== cidr.kind) return false;
  return address.match([cidr.address, cidr.prefix] as never);
}

/** Two blocks of the same family overlap when one holds the other's start. */
export function overlaps(a: Cidr, b: Cidr): boolean {
  return contains(a, b.address) || contains(b, a.address);
}
