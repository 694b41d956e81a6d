// The mock's notion of now. It reads Date.now() on every call, so Vitest's
// fake timers and Playwright's page.clock move it too; advance() moves it
// further for a demo or a test that wants a transition over at once.

export const SECOND = 1000;
export const MINUTE = 60 * SECOND;
export const HOUR = 60 * MINUTE;
export const DAY = 24 * HOUR;

let offset = 0;

export function now(): number {
  return Date.now() + offset;
}

export function nowIso(): string {
  return toIso(now());
}

/** ISO 8601 in UTC without milliseconds, as the API writes timestamps. */
export function toIso(ms: number): string {
  return new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');
}

export function advance(ms: number): void {
  offset += ms;
}

export function clockOffset(): number {
  return offset;
}

export function setClockOffset(ms: number): void {
  offset = ms;
}

export function resetClock(): void {
  offset = 0;
}
