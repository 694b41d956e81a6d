export const NAME_MAX_LENGTH = 63;

const ALLOWED = /^[a-z0-9-]+$/;

/**
 * Names of every resource kind share one rule, so that a name works as a
 * hostname label and in a URL without escaping.
 */
export function checkName(value: unknown): string | undefined {
  if (typeof value !== 'string' || value.length === 0) {
    return 'Enter a name';
  }
  if (value.length > NAME_MAX_LENGTH) {
    const length = value.length;
    return `Use at most ${NAME_MAX_LENGTH} characters (this has ${length})`;
  }
  if (!ALLOWED.test(value)) {
    return 'Use lowercase letters, digits and hyphens only';
  }
  if (!/^[a-z]/.test(value)) {
    return 'Start with a letter';
  }
  if (value.endsWith('-')) {
    return 'End with a letter or digit, not a hyphen';
  }
  return undefined;
}
