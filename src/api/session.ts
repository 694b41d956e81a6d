import { useSyncExternalStore } from 'react';

/**
 * The API token lives in memory and in this tab's sessionStorage (so a
 * reload keeps the user signed in) — never in localStorage, a URL or a
 * query key.
 */
const storageKey = 'fugoku.session';

export type SessionState =
  | { status: 'signed-out' }
  | { status: 'signed-in'; token: string }
  /** The API answered 401: the token is kept until the user signs in again. */
  | { status: 'expired'; token: string; reason: string | null };

function readStored(): SessionState {
  const token = globalThis.sessionStorage?.getItem(storageKey);
  return token ? { status: 'signed-in', token } : { status: 'signed-out' };
}

let state: SessionState = readStored();
/** Why the console last signed the user out, for the sign-in page. */
let signedOutReason: string | null = null;
const listeners = new Set<() => void>();

function publish(next: SessionState) {
  state = next;
  listeners.forEach((listener) => listener());
}

export function getSession() {
  return state;
}

export function getToken(): string | null {
  return state.status === 'signed-out' ? null : state.token;
}

export function signIn(token: string) {
  signedOutReason = null;
  sessionStorage.setItem(storageKey, token);
  publish({ status: 'signed-in', token });
}

export function signOut(reason: string | null = null) {
  signedOutReason = reason;
  sessionStorage.removeItem(storageKey);
  publish({ status: 'signed-out' });
}

/** The reason given to the last signOut, until the next sign-in. */
export function getSignOutReason(): string | null {
  return signedOutReason;
}

/** Called when the API rejects the token; the shell then asks for a new one. */
export function expireSession(reason: string | null = null) {
  if (state.status === 'signed-in') {
    publish({ status: 'expired', token: state.token, reason });
  }
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function useSession() {
  return useSyncExternalStore(subscribe, getSession, getSession);
}
