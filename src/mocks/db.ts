import { clockOffset, now, resetClock, setClockOffset } from './clock';
import { seedState, SEED_VERSION } from './seed';
import type { MockState } from './types';

const STORAGE_KEY = 'fugoku-mock-db';

interface Saved {
  version: number;
  clockOffset: number;
  state: MockState;
}

interface TextStore {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

let state: MockState | undefined;

// In Node there is no localStorage: a string kept in memory stands in for
// it, so that reloadDb() can still show what a page reload would restore.
function memoryStore(): TextStore {
  const items = new Map<string, string>();
  return {
    getItem: (key) => items.get(key) ?? null,
    setItem: (key, value) => void items.set(key, value),
    removeItem: (key) => void items.delete(key),
  };
}

const store: TextStore =
  typeof localStorage === 'undefined' ? memoryStore() : localStorage;

export function getState(): MockState {
  state ??= load() ?? fresh();
  return state;
}

export function saveDb(): void {
  if (!state) return;
  const saved: Saved = {
    version: SEED_VERSION,
    clockOffset: clockOffset(),
    state,
  };
  try {
    store.setItem(STORAGE_KEY, JSON.stringify(saved));
  } catch (error) {
    // A full quota must not break the demo: the state lives on in memory.
    console.warn('Mock cloud: could not save its state', error);
  }
}

/** Back to the seeded account, with the clock back at real time. */
export function resetDb(): MockState {
  resetClock();
  state = fresh();
  return state;
}

/** Forgets the in-memory state and reads the saved one, as a reload does. */
export function reloadDb(): MockState {
  state = undefined;
  return getState();
}

function fresh(): MockState {
  const seeded = seedState(now());
  state = seeded;
  saveDb();
  return seeded;
}

function load(): MockState | undefined {
  const text = store.getItem(STORAGE_KEY);
  if (!text) return undefined;
  try {
    const saved = JSON.parse(text) as Saved;
    // A changed seed means a changed shape: old state would be misread.
    if (saved.version !== SEED_VERSION) return undefined;
    setClockOffset(saved.clockOffset);
    return saved.state;
  } catch {
    return undefined;
  }
}
