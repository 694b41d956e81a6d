import { advance } from './clock';
import { getState, resetDb, saveDb } from './db';
import { clearFaults, listFaults, setFault, type Fault } from './faults';
import { setBudget as setRateBudget } from './rate-limit';
import { settle } from './transitions';
import type { MockState } from './types';

// The control surface, the same in the browser (window.__fugokuMock), in
// Node tests and behind the HTTP server's /__mock endpoint.

/** Back to the seeded account: state, clock, faults and budgets. */
export function reset(): void {
  clearFaults();
  resetDb();
}

/** Moves the mock's clock forward; transitions due by then settle. */
export function advanceClock(ms: number): void {
  advance(ms);
  settle(getState());
  saveDb();
}

/** Leaves every token this many requests for the current hour. */
export function setBudget(remaining: number): void {
  setRateBudget(remaining);
  saveDb();
}

/** The account as it stands now, for assertions. Treat as read-only. */
export function state(): MockState {
  const current = getState();
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
