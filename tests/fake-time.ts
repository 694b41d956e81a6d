import { notifyManager, type QueryClient } from '@tanstack/react-query';
import { act } from '@testing-library/react';
import { vi } from 'vitest';
import { server } from '../src/mocks/node';

/*
 * Moving fake time in tests that send requests through React Query. The
 * mock answers over the real event loop, so between steps of fake time the
 * requests under way are given turns of that loop (not time) to finish.
 */

// Taken before any test fakes the timers.
const realSetImmediate = globalThis.setImmediate;

// React Query hands results to components on a zero-delay timer. A fake
// timer set while fake time is moving is given 1 ms instead, so an answer
// arriving then would reach the components only once time moved again;
// a microtask hands it over as soon as it arrives.
notifyManager.setScheduler((callback) => queueMicrotask(callback));

function nextTurn() {
  return new Promise<void>((resolve) => realSetImmediate(resolve));
}

/** Requests the mock has been sent and has not yet answered. */
function watchRequests() {
  const pending = new Set<string>();
  const start = ({ requestId }: { requestId: string }) =>
    pending.add(requestId);
  const end = ({ requestId }: { requestId: string }) =>
    pending.delete(requestId);
  server.events.on('request:start', start);
  server.events.on('request:end', end);
  const stop = () => {
    server.events.removeListener('request:start', start);
    server.events.removeListener('request:end', end);
  };
  return { pending, stop };
}

type Flight = ReturnType<typeof watchRequests>;

/**
 * Nothing left to answer. A query waiting out the delay before a retry is
 * fetching too, but only time moves it on: with the requests watched, one
 * that has failed and has none in flight counts as idle.
 */
function isIdle(client: QueryClient, flight?: Flight) {
  if (client.isMutating() > 0) return false;
  if (flight && flight.pending.size > 0) return false;
  return client
    .getQueryCache()
    .getAll()
    .every(
      ({ state }) =>
        state.fetchStatus !== 'fetching' ||
        (flight !== undefined && state.fetchFailureCount > 0),
    );
}

/**
 * Lets every query and write under way in `client` get its answer and
 * reach the components, without moving fake time.
 */
export async function settle(client: QueryClient, flight?: Flight) {
  for (let turns = 0, quiet = 0; ; turns += 1) {
    quiet = isIdle(client, flight) ? quiet + 1 : 0;
    // Whatever is due now runs (React's work included) before the check.
    await act(() => vi.advanceTimersByTimeAsync(0));
    // One idle turn more: a render React scheduled on its own (for a
    // change made outside act) and a failed answer still being handled
    // (its query stays fetching, for a retry) both finish in it.
    if (quiet >= 2) return;
    // Only a request that never ends gets this far; a slow answer (the
    // mock hashes the token off the main thread) takes a few hundred.
    if (turns > 100_000) throw new Error('A request never got its answer');
    await nextTurn();
  }
}

/**
 * Moves fake time forward by `ms` in steps, settling after each one, so
 * that each poll sees its answer before the next is due, as in real time.
 */
export async function advance(client: QueryClient, ms: number, step = 1_000) {
  const flight = watchRequests();
  try {
    for (let moved = 0; moved < ms; moved += step) {
      await act(() => vi.advanceTimersByTimeAsync(Math.min(step, ms - moved)));
      await settle(client, flight);
    }
  } finally {
    flight.stop();
  }
}

/**
 * Settles until `done` holds, for work that starts a moment after the
 * event that causes it (a form's submit handler is asynchronous).
 */
export async function settleUntil(
  client: QueryClient,
  done: () => boolean,
  turns = 100_000,
) {
  for (let turn = 0; ; turn += 1) {
    await settle(client);
    if (done()) return;
    if (turn >= turns) throw new Error(`Not done after ${turns} turns`);
    await nextTurn();
  }
}
