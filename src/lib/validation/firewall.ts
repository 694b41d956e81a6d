import {
  contains,
  hasHostBits,
  hostBitsError,
  parseAddress,
  parseCidr,
} from './cidr';
import {
  coversPort,
  parsePortText,
  parsePortValue,
  portValue,
  type PortRange,
  type PortValue,
} from './ports';

export const FIREWALL_DIRECTIONS = ['inbound', 'outbound'] as const;
export const FIREWALL_PROTOCOLS = ['tcp', 'udp', 'icmp'] as const;
export type FirewallDirection = (typeof FIREWALL_DIRECTIONS)[number];
export type FirewallProtocol = (typeof FIREWALL_PROTOCOLS)[number];

export const SOURCE_MAX_LENGTH = 49;
export const DESCRIPTION_MAX_LENGTH = 255;

/** An address, or a block written as its network address. */
export function checkSource(value: unknown): string | undefined {
  if (typeof value !== 'string' || value === '') {
    return 'Enter an address or a block, such as 203.0.113.0/24';
  }
  if (value.length > SOURCE_MAX_LENGTH) {
    return `Use at most ${SOURCE_MAX_LENGTH} characters`;
  }
  if (!value.includes('/')) {
    return parseAddress(value)
      ? undefined
      : `'${value}' is not an IPv4 or IPv6 address`;
  }
  const parsed = parseCidr(value);
  if (parsed.error !== undefined) return parsed.error;
  return hasHostBits(parsed.cidr) ? hostBitsError(parsed.cidr) : undefined;
}

/** A rule as the API receives it, before it is checked. */
export interface RuleBody {
  direction?: unknown;
  protocol?: unknown;
  port?: unknown;
  source?: unknown;
  description?: unknown;
}

const isOneOf = <T extends string>(list: readonly T[], value: unknown) =>
  list.includes(value as T);

/** Every broken field of a rule, keyed by the field. */
export function checkRule(body: RuleBody): Record<string, string> {
  const errors: Record<string, string> = {};
  if (!isOneOf(FIREWALL_DIRECTIONS, body.direction)) {
    errors.direction = 'Choose inbound or outbound';
  }
  if (!isOneOf(FIREWALL_PROTOCOLS, body.protocol)) {
    errors.protocol = 'Choose TCP, UDP or ICMP';
  }
  const port = portError(body.protocol, body.port);
  if (port) errors.port = port;
  const source = checkSource(body.source);
  if (source) errors.source = source;
  const description = descriptionError(body.description);
  if (description) errors.description = description;
  return errors;
}

function portError(protocol: unknown, port: unknown): string | undefined {
  if (protocol === 'icmp') {
    return port === undefined ? undefined : 'Leave the port empty for ICMP';
  }
  if (port === undefined) return 'Enter a port, such as 443, or a range';
  return parsePortValue(port).error;
}

function descriptionError(value: unknown): string | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== 'string') return 'Write the description as text';
  if (value.length > DESCRIPTION_MAX_LENGTH) {
    return `Use at most ${DESCRIPTION_MAX_LENGTH} characters`;
  }
  return undefined;
}

/** What the rule form holds: every field as typed. */
export interface RuleFormValues {
  direction: string;
  protocol: string;
  port: string;
  source: string;
  description: string;
}

/**
 * The request a rule form sends. A port that does not parse is sent as
 * typed, so that the API refuses it for the same reason the form does.
 */
export function ruleBody(values: RuleFormValues) {
  const port = values.port.trim();
  const parsed = parsePortText(port);
  const body: {
    direction: string;
    protocol: string;
    source: string;
    port?: PortValue;
    description?: string;
  } = {
    direction: values.direction,
    protocol: values.protocol,
    source: values.source.trim(),
  };
  if (port !== '') body.port = parsed.range ? portValue(parsed.range) : port;
  const description = values.description.trim();
  if (description !== '') body.description = description;
  return body;
}

export const RISKY_PORTS: readonly { port: number; service: string }[] = [
  { port: 22, service: 'SSH' },
  { port: 3389, service: 'RDP' },
  { port: 1433, service: 'SQL Server' },
  { port: 3306, service: 'MySQL' },
  { port: 5432, service: 'PostgreSQL' },
  { port: 6379, service: 'Redis' },
  { port: 9200, service: 'Elasticsearch' },
  { port: 27017, service: 'MongoDB' },
];

/** 0.0.0.0/0 or ::/0, however the zeros are written. */
export function isAnywhere(source: string): boolean {
  const parsed = parseCidr(source);
  return parsed.cidr !== undefined && parsed.cidr.prefix === 0;
}

interface RuleShape {
  direction: string;
  protocol: string;
  port?: PortValue;
  source: string;
}

export function ruleRange(rule: { port?: PortValue }): PortRange | undefined {
  return rule.port === undefined ? undefined : parsePortValue(rule.port).range;
}

/**
 * The sensitive services an inbound rule opens to the whole internet: a
 * range counts when it covers one of their ports.
 */
export function riskyServices(rule: RuleShape) {
  if (rule.direction !== 'inbound' || rule.protocol === 'icmp') return [];
  if (!isAnywhere(rule.source)) return [];
  const range = ruleRange(rule);
  if (!range) return [];
  return RISKY_PORTS.filter(({ port }) => coversPort(range, port));
}

export function riskWarning(rule: RuleShape): string | undefined {
  const services = riskyServices(rule);
  if (services.length === 0) return undefined;
  const names = services.map((s) => `${s.service} (${s.port})`).join(', ');
  const verb = services.length === 1 ? 'is' : 'are';
  return (
    `${names} ${verb} open to the world: anyone on the internet can try ` +
    'to connect. Limit the source to the addresses that need it.'
  );
}

export interface Traffic {
  direction: FirewallDirection;
  protocol: FirewallProtocol;
  /** The remote address: where inbound traffic comes from, or goes to. */
  address: string;
  port?: number;
}

export type Verdict<Rule> =
  | { allowed: true; rule: Rule }
  | { allowed: true; rule?: never; reason: 'no-outbound-rules' }
  | { allowed: false; rule?: never; reason: 'no-match' };

function matches(rule: RuleShape, traffic: Traffic): boolean {
  if (rule.direction !== traffic.direction) return false;
  if (rule.protocol !== traffic.protocol) return false;
  const address = parseAddress(traffic.address);
  if (!address) return false;
  const source = rule.source.includes('/')
    ? parseCidr(rule.source).cidr
    : parseCidr(`${rule.source}/${address.kind() === 'ipv4' ? 32 : 128}`).cidr;
  if (!source || !contains(source, address)) return false;
  if (traffic.protocol === 'icmp') return true;
  const range = ruleRange(rule);
  return range !== undefined && traffic.port !== undefined
    ? coversPort(range, traffic.port)
    : false;
}

/**
 * Which rule lets traffic through. Rules only allow: inbound traffic is
 * denied unless a rule allows it; outbound is allowed unless outbound
 * rules exist, and then only what they allow.
 */
export function evaluateTraffic<Rule extends RuleShape>(
  rules: readonly Rule[],
  traffic: Traffic,
): Verdict<Rule> {
  const rule = rules.find((r) => matches(r, traffic));
  if (rule) return { allowed: true, rule };
  const outbound = rules.some((r) => r.direction === 'outbound');
  if (traffic.direction === 'outbound' && !outbound) {
    return { allowed: true, reason: 'no-outbound-rules' };
  }
  return { allowed: false, reason: 'no-match' };
}
