export const MAX_TAGS = 10;
export const TAG_MAX_LENGTH = 32;

const TAG_CHARS = /^[a-z0-9_:-]+$/;

/** Splits what a user typed into tags, on commas and whitespace. */
export function parseTags(text: string): string[] {
  return text.split(/[\s,]+/).filter((tag) => tag.length > 0);
}

export function checkTag(tag: unknown): string | undefined {
  if (typeof tag !== 'string' || tag.length === 0) {
    return 'Tags cannot be empty';
  }
  if (tag.length > TAG_MAX_LENGTH) {
    return `Shorten tag '${tag}' to at most ${TAG_MAX_LENGTH} characters`;
  }
  if (!TAG_CHARS.test(tag)) {
    return `Tag '${tag}' can use only lowercase letters, digits, -, _ and :`;
  }
  return undefined;
}

export function checkTags(tags: unknown): string | undefined {
  if (!Array.isArray(tags)) {
    return 'Give tags as a list';
  }
  if (tags.length > MAX_TAGS) {
    return `Use at most ${MAX_TAGS} tags (there are ${tags.length})`;
  }
  for (const tag of tags) {
    const error = checkTag(tag);
    if (error) return error;
  }
  return findDuplicate(tags as string[]);
}

function findDuplicate(tags: string[]): string | undefined {
  const seen = new Set<string>();
  for (const tag of tags) {
    if (seen.has(tag)) return `Tag '${tag}' is listed twice; remove one`;
    seen.add(tag);
  }
  return undefined;
}
