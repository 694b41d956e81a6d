export const USER_DATA_MAX_BYTES = 64 * 1024;

/** The limit is in bytes as sent, so multi-byte characters count in full. */
export function userDataBytes(text: string): number {
  return new TextEncoder().encode(text).length;
}

export function checkUserData(value: unknown): string | undefined {
  if (typeof value !== 'string') {
    return 'Give user data as text';
  }
  const bytes = userDataBytes(value);
  if (bytes <= USER_DATA_MAX_BYTES) return undefined;
  // In bytes, as the field's count says, never rounded to look like it fits.
  const count = (n: number) => n.toLocaleString('en-US');
  return `Shorten user data to at most ${count(USER_DATA_MAX_BYTES)} bytes (64 KiB); it is ${count(bytes)} bytes`;
}
