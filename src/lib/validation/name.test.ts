import { describe, expect, it } from 'vitest';
import { checkName } from './name';

describe('checkName', () => {
  it.each(['a', 'web-1', 'db-primary-2', 'a'.repeat(63), 'x9'])(
    'accepts %s',
    (name) => {
      expect(checkName(name)).toBeUndefined();
    },
  );

  it('asks for a name when empty', () => {
    expect(checkName('')).toBe('Enter a name');
    expect(checkName(undefined)).toBe('Enter a name');
  });

  it('limits the length to 63', () => {
    expect(checkName('a'.repeat(64))).toBe(
      'Use at most 63 characters (this has 64)',
    );
  });

  it.each(['Web-1', 'web_1', 'web 1', 'wéb', 'web.1', ' web'])(
    'rejects the characters of %j',
    (name) => {
      expect(checkName(name)).toBe(
        'Use lowercase letters, digits and hyphens only',
      );
    },
  );

  it('must start with a letter', () => {
    expect(checkName('1web')).toBe('Start with a letter');
    expect(checkName('-web')).toBe('Start with a letter');
  });

  it('must not end with a hyphen', () => {
    expect(checkName('web-')).toBe('End with a letter or digit, not a hyphen');
  });
});
