export const FIREWALL_PORT_MIN = 1;
export const FIREWALL_PORT_MAX = 65535;

export interface PortRange {
  from: number;
  to: number;
}

/** What the API takes: an integer for one port, "N-M" for a range. */
export type PortValue = number | string;

export type PortResult =
  { range: PortRange; error?: never } | { error: string; range?: never };

const SHAPE = /^(\d+)(?:-(\d+))?$/;
const inRange = (n: number) => n >= FIREWALL_PORT_MIN && n <= FIREWALL_PORT_MAX;

/** A port as typed: `22` or `8000-8080`. */
export function parsePortText(text: string): PortResult {
  if (text === '') return { error: 'Enter a port, such as 443, or a range' };
  const match = SHAPE.exec(text);
  if (!match) {
    return {
      error:
        'Enter one port (443) or a range of two joined by a hyphen (8000-8080)',
    };
  }
  const [, fromText = '', toText] = match;
  if ([fromText, toText].some((part) => part && /^0\d/.test(part))) {
    return { error: 'Write ports without leading zeros' };
  }
  const from = Number(fromText);
  const to = toText === undefined ? from : Number(toText);
  if (!inRange(from) || !inRange(to)) {
    return {
      error: `Use ports from ${FIREWALL_PORT_MIN} to ${FIREWALL_PORT_MAX}`,
    };
  }
  if (from > to) {
    return { error: `Put the lower port first: ${to}-${from}` };
  }
  return { range: { from, to } };
}

/** A port as the API sends it: an integer or an "N-M" string. */
export function parsePortValue(value: unknown): PortResult {
  if (typeof value === 'number') {
    return Number.isInteger(value)
      ? parsePortText(String(value))
      : { error: 'Use a whole port number' };
  }
  if (typeof value === 'string') {
    const parsed = parsePortText(value);
    // The contract's string form is a range; one port travels as a number.
    if (parsed.range && !value.includes('-')) {
      return { error: 'Send one port as an integer, such as 22' };
    }
    return parsed;
  }
  return { error: 'Give the port as an integer or a range "N-M"' };
}

export const portValue = ({ from, to }: PortRange): PortValue =>
  from === to ? from : `${from}-${to}`;

export const formatPortRange = ({ from, to }: PortRange) =>
  from === to ? String(from) : `${from}-${to}`;

export const coversPort = (range: PortRange, port: number) =>
  range.from <= port && port <= range.to;
