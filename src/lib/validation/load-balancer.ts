import { DIGITS_ONLY, readWholeNumber } from './whole-number';

// The load balancer rules of the spec, shared by the forms and the mock.
// Each takes raw input (a form's text or a value from JSON), so that both
// give the same message for the same mistake.

export const ALGORITHMS = [
  'round_robin',
  'least_connections',
  'source_ip',
] as const;
export const PROTOCOLS = ['http', 'https', 'tcp'] as const;

export type Algorithm = (typeof ALGORITHMS)[number];
export type Protocol = (typeof PROTOCOLS)[number];

export const PORT_MIN = 1;
export const PORT_MAX = 65535;
export const INTERVAL_MIN = 5;
export const INTERVAL_MAX = 300;
export const TIMEOUT_MIN = 1;
export const THRESHOLD_MIN = 1;
export const THRESHOLD_MAX = 10;
export const WEIGHT_MIN = 1;
export const WEIGHT_MAX = 100;
export const PATH_MAX_LENGTH = 255;

/** What a health check is made of, as typed or as sent. */
export interface HealthCheckInput {
  path?: unknown;
  interval?: unknown;
  timeout?: unknown;
  unhealthy_threshold?: unknown;
}

/**
 * A whole number within bounds, or why not. The range names its unit
 * once, at its end ("Use 1 to 299 seconds"), when there is one.
 */
function checkWhole(
  value: unknown,
  min: number,
  max: number,
  what: string,
  unit = '',
): string | undefined {
  const number = readWholeNumber(value);
  if (number === 'missing') return `Enter ${what}`;
  if (number === 'fraction') return 'Use a whole number';
  if (number === 'not-digits') return DIGITS_ONLY;
  if (number < min || number > max) return `Use ${min} to ${max}${unit}`;
  return undefined;
}

const seconds = ' seconds';

export function checkPort(value: unknown): string | undefined {
  return checkWhole(value, PORT_MIN, PORT_MAX, 'a port');
}

export function checkWeight(value: unknown): string | undefined {
  return checkWhole(value, WEIGHT_MIN, WEIGHT_MAX, 'a weight');
}

export function checkAlgorithm(value: unknown): string | undefined {
  if (ALGORITHMS.includes(value as Algorithm)) return undefined;
  return 'Choose round_robin, least_connections or source_ip';
}

export function checkProtocol(value: unknown): string | undefined {
  if (PROTOCOLS.includes(value as Protocol)) return undefined;
  return 'Choose http, https or tcp';
}

/** http and https probe a path; tcp only opens a connection. */
export function checkHealthPath(
  path: unknown,
  protocol: unknown,
): string | undefined {
  if (protocol === 'tcp') {
    return path === undefined || path === null || path === ''
      ? undefined
      : 'A tcp health check has no path; leave it out';
  }
  if (typeof path !== 'string' || path === '') return 'Enter a path';
  // Before the slash: " /health" lacks no slash, it has a space.
  if (/\s/.test(path)) return 'Use a path without spaces';
  if (!path.startsWith('/')) return 'Start the path with /';
  if (path.length > PATH_MAX_LENGTH) {
    return `Use at most ${PATH_MAX_LENGTH} characters`;
  }
  return undefined;
}

export function checkInterval(value: unknown): string | undefined {
  return checkWhole(value, INTERVAL_MIN, INTERVAL_MAX, 'an interval', seconds);
}

/** The timeout must end before the next probe is due. */
export function checkTimeout(
  value: unknown,
  interval: unknown,
): string | undefined {
  const error = checkWhole(
    value,
    TIMEOUT_MIN,
    INTERVAL_MAX - 1,
    'a timeout',
    seconds,
  );
  if (error) return error;
  const every = readWholeNumber(interval);
  if (
    typeof every === 'number' &&
    (readWholeNumber(value) as number) >= every
  ) {
    return `Use less than the interval (${every} s)`;
  }
  return undefined;
}

export function checkThreshold(value: unknown): string | undefined {
  return checkWhole(
    value,
    THRESHOLD_MIN,
    THRESHOLD_MAX,
    'a number of failed checks',
    ' failed checks',
  );
}

/**
 * Every problem with a health check, keyed by the field's own name
 * ("timeout"); callers prefix them with where the check sits.
 */
export function checkHealthCheck(
  check: HealthCheckInput,
  protocol: unknown,
): Record<string, string> {
  const errors: Record<string, string> = {};
  const add = (field: string, error: string | undefined) => {
    if (error) errors[field] = error;
  };
  add('path', checkHealthPath(check.path, protocol));
  add('interval', checkInterval(check.interval));
  add('timeout', checkTimeout(check.timeout, check.interval));
  add('unhealthy_threshold', checkThreshold(check.unhealthy_threshold));
  return errors;
}
