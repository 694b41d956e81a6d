import { describe, expect, it } from 'vitest';
import { checkUserData, userDataBytes } from './user-data';

describe('checkUserData', () => {
  it('accepts exactly 64 KiB', () => {
    expect(checkUserData('a'.repeat(65536))).toBeUndefined();
    expect(checkUserData('')).toBeUndefined();
  });

  it('rejects one byte more, saying by how much', () => {
    expect(checkUserData('a'.repeat(65537))).toBe(
      'Shorten user data to at most 65,536 bytes (64 KiB); it is 65,537 bytes',
    );
  });

  it('counts UTF-8 bytes, not characters', () => {
    expect(userDataBytes('é')).toBe(2);
    expect(userDataBytes('🚀')).toBe(4);
    // 22,000 characters of three bytes each: 66,000 bytes
    expect(checkUserData('€'.repeat(22000))).toMatch(/it is 66,000 bytes/);
  });

  it('rejects a value that is not text', () => {
    expect(checkUserData(42)).toBe('Give user data as text');
  });
});
