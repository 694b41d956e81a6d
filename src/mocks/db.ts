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
/** The saved text the in-memory state was last read from or written as. */
let savedText: string | null = null;

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

// Every tab of the demo shares the one localStorage, and each holds a copy
// of the account in memory: that copy is only as good as the saved text
// it came from.
const shared = typeof localStorage !== 'undefined';
const store: TextStore = shared ? localStorage : memoryStore();

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
  const text = JSON.stringify(saved);
  try {
    store.setItem(STORAGE_KEY, text);
    savedText = text;
  } catch (error) {
    // A full quota must not break the demo: the state lives on in memory.
    console.warn('Mock cloud: could not save its state', error);
  }
}

/**
 * The state as last saved by any tab. When another tab has saved since
 * this one last read or wrote, its state replaces the copy in memory, the
 * PRNG of new ids and addresses included, so this tab carries on from
 * there. Saved text this version cannot read leaves the copy as it is.
 */
export function syncDb(): MockState {
  if (state && store.getItem(STORAGE_KEY) === savedText) return state;
  state = load() ?? state ?? fresh();
  return state;
}

/**
 * Runs one request's read, change and save on the latest saved state. In
 * the browser it holds a lock every tab of the origin honours, so that no
 * other tab reads the state in between and then saves over this change.
 */
export async function withLatestState<T>(work: () => Promise<T>): Promise<T> {
  const run = () => {
    syncDb();
    return work();
  };
  const locks = shared ? globalThis.navigator?.locks : undefined;
  return locks ? await locks.request(STORAGE_KEY, run) : run();
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
    savedText = text;
    return saved.state;
  } catch {
    return undefined;
  }
}
