import type { QueryClient } from '@tanstack/react-query';
import { act } from '@testing-library/react';
import { vi } from 'vitest';

/*
 * Moving fake time in tests that send requests through React Query. The
 * mock answers over the real event loop, so between steps of fake time the
 * requests under way are given turns of that loop (not time) to finish.
 */

// Taken before any test fakes the timers.
const realSetImmediate = globalThis.setImmediate;

function nextTurn() {
  return new Promise<void>((resolve) => realSetImmediate(resolve));
}

/**
 * Lets every query and write under way in `client` get its answer and
 * reach the components, without moving fake time.
 */
export async function settle(client: QueryClient) {
  for (let turns = 0; ; turns += 1) {
    const idle = client.isFetching() === 0 && client.isMutating() === 0;
    // React Query hands results to components on a zero-delay timer,
    // set when the answer arrives: run it even once all is idle.
    await act(() => vi.advanceTimersByTimeAsync(0));
    if (idle) return;
    if (turns > 1_000) throw new Error('A request never got its answer');
    await nextTurn();
  }
}

/**
 * Moves fake time forward by `ms` in steps, settling after each one, so
 * that each poll sees its answer before the next is due, as in real time.
 */
export async function advance(client: QueryClient, ms: number, step = 1_000) {
  for (let moved = 0; moved < ms; moved += step) {
    await act(() => vi.advanceTimersByTimeAsync(Math.min(step, ms - moved)));
    await settle(client);
  }
}

/**
 * Settles until `done` holds, for work that starts a moment after the
 * event that causes it (a form's submit handler is asynchronous).
 */
export async function settleUntil(
  client: QueryClient,
  done: () => boolean,
  turns = 1_000,
) {
  for (let turn = 0; ; turn += 1) {
    await settle(client);
    if (done()) return;
    if (turn >= turns) throw new Error(`Not done after ${turns} turns`);
    await nextTurn();
  }
}
