import { describe, expect, it } from 'vitest';
import { checkTags, parseTags } from './tags';

describe('parseTags', () => {
  it('splits on commas and whitespace', () => {
    expect(parseTags(' web, prod  team:api,,\nenv_dev ')).toEqual([
      'web',
      'prod',
      'team:api',
      'env_dev',
    ]);
  });

  it('gives an empty list for blank input', () => {
    expect(parseTags('  , ')).toEqual([]);
  });
});

describe('checkTags', () => {
  it('accepts up to ten valid tags', () => {
    const tags = Array.from({ length: 10 }, (_, i) => `tag-${i}`);
    expect(checkTags(tags)).toBeUndefined();
    expect(checkTags([])).toBeUndefined();
    expect(
      checkTags(['team:payments', 'env_prod', 'a'.repeat(32)]),
    ).toBeUndefined();
  });

  it('limits the count to ten', () => {
    const tags = Array.from({ length: 11 }, (_, i) => `t${i}`);
    expect(checkTags(tags)).toBe('Use at most 10 tags (there are 11)');
  });

  it('names the tag that is wrong', () => {
    expect(checkTags(['ok', 'Prod'])).toBe(
      "Tag 'Prod' can use only lowercase letters, digits, -, _ and :",
    );
    expect(checkTags(['a'.repeat(33)])).toMatch(/at most 32 characters/);
    expect(checkTags([''])).toBe('Tags cannot be empty');
  });

  it('rejects duplicates', () => {
    expect(checkTags(['web', 'db', 'web'])).toBe(
      "Tag 'web' is listed twice; remove one",
    );
  });

  it('rejects a value that is not a list', () => {
    expect(checkTags('web')).toBe('Give tags as a list');
  });
});
