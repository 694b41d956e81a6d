/**
 * mulberry32: a small PRNG whose whole state is one integer, so that it can
 * live in the saved state and ids stay deterministic after a reset.
 */
export function nextRandom(state: number): [value: number, state: number] {
  const next = (state + 0x6d2b79f5) | 0;
  let t = next;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return [((t ^ (t >>> 14)) >>> 0) / 4294967296, next];
}

export interface Rng {
  next(): number;
  int(min: number, max: number): number;
  hex(length: number): string;
}

export function createRng(read: () => number, write: (s: number) => void) {
  const rng: Rng = {
    next() {
      const [value, state] = nextRandom(read());
      write(state);
      return value;
    },
    int: (min, max) => min + Math.floor(rng.next() * (max - min + 1)),
    hex: (length) =>
      Array.from({ length }, () => rng.int(0, 15).toString(16)).join(''),
  };
  return rng;
}

export function seededRng(seed: number): Rng {
  let state = seed;
  return createRng(
    () => state,
    (s) => (state = s),
  );
}

const ALNUM = 'abcdefghijklmnopqrstuvwxyz0123456789';

/** Request ids are not part of the state, so they need no determinism. */
export function randomString(length: number, alphabet = ALNUM): string {
  const bytes = crypto.getRandomValues(new Uint8Array(length));
  return Array.from(bytes, (b) => alphabet[b % alphabet.length]).join('');
}

export function newRequestId(): string {
  return `req-${randomString(12)}`;
}
