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
  return `Shorten user data to at most 64 KiB (this is ${describe(bytes)})`;
}

function describe(bytes: number): string {
  const kib = (bytes / 1024).toFixed(1);
  // Just over the limit, a rounded size would read as equal to it.
  if (kib === '64.0') return `${bytes.toLocaleString('en-US')} bytes`;
  return `${kib} KiB`;
}
