import { advance } from './clock';
import { resetDb, saveDb, syncDb } from './db';
import { clearFaults, listFaults, setFault, type Fault } from './faults';
import { setBudget as setRateBudget } from './rate-limit';
import { settle } from './transitions';
import type { MockState } from './types';

// The control surface, the same in the browser (window.__fugokuMock), in
// Node tests and behind the HTTP server's /__mock endpoint. Each works on
// the latest saved state, as a request does.

/** Back to the seeded account: state, clock, faults and budgets. */
export function reset(): void {
  clearFaults();
  resetDb();
}

/** Moves the mock's clock forward; transitions due by then settle. */
export function advanceClock(ms: number): void {
  const current = syncDb();
  advance(ms);
  settle(current);
  saveDb();
}

/**
 * Leaves every token this many requests for the current hour. Takes a bare
 * number: the HTTP endpoint's body, {remaining: 5}, is refused rather than
 * read as NaN, which would reach the X-RateLimit-Remaining header.
 */
export function setBudget(remaining: number): void {
  if (typeof remaining !== 'number' || !Number.isFinite(remaining)) {
    throw new TypeError(
      `setBudget takes a number of requests, such as setBudget(5); got ${describe(remaining)}`,
    );
  }
  syncDb();
  setRateBudget(remaining);
  saveDb();
}

function describe(value: unknown): string {
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return String(value);
  }
}

/** The account as it stands now, for assertions. Treat as read-only. */
export function state(): MockState {
  const current = syncDb();
  settle(current);
  return current;
}

export { clearFaults, listFaults, setFault };
export type { Fault };

export const control = {
  reset,
  advanceClock,
  setBudget,
  setFault,
  clearFaults,
  listFaults,
  state,
};

export type MockControl = typeof control;
