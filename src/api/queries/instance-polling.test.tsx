import {
  QueryClientProvider,
  useQuery,
  type QueryClient,
} from '@tanstack/react-query';
import { act, renderHook } from '@testing-library/react';
import type { ReactNode } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { advance, settle } from '../../../tests/fake-time';
import { setBudget, state } from '../../mocks/control';
import { server } from '../../mocks/node';
import { DEMO_TOKEN } from '../../mocks/seed';
import { createQueryClient } from '../query-client';
import { clearRateLimit } from '../rate-limit';
import { signIn, signOut } from '../session';
import { instanceQueries, useInstanceAction } from './instances';

// How an instance's page polls it while it reboots (15 s in the mock).
let client: QueryClient;
let id: string;
let detailReads: number;

function wrapper({ children }: { children: ReactNode }) {
  return <QueryClientProvider client={client}>{children}</QueryClientProvider>;
}

function countReads({ request }: { request: Request }) {
  const { pathname } = new URL(request.url);
  if (request.method === 'GET' && pathname === `/v1/instances/${id}`) {
    detailReads += 1;
  }
}

/** Renders a reader of web-1, reboots it, and starts counting reads. */
async function rebootWhileWatched() {
  const view = renderHook(
    () => ({
      instance: useQuery(instanceQueries.detail(id)),
      action: useInstanceAction(id),
    }),
    { wrapper },
  );
  await settle(client);
  expect(view.result.current.instance.data?.status).toBe('running');
  await act(() => view.result.current.action.mutateAsync({ type: 'reboot' }));
  await settle(client);
  expect(view.result.current.instance.data?.status).toBe('rebooting');
  detailReads = 0;
  return view;
}

function setVisibility(visibility: DocumentVisibilityState) {
  vi.spyOn(document, 'visibilityState', 'get').mockReturnValue(visibility);
  window.dispatchEvent(new Event('visibilitychange'));
}

beforeEach(() => {
  vi.useFakeTimers();
  signIn(DEMO_TOKEN);
  client = createQueryClient();
  id = state().instances.find((instance) => instance.name === 'web-1')!.id;
  detailReads = 0;
  server.events.on('request:start', countReads);
});

afterEach(() => {
  server.events.removeListener('request:start', countReads);
  client.clear();
  signOut();
  clearRateLimit();
  vi.useRealTimers();
});

describe('polling an instance in transition', () => {
  it('stops when the component reading it unmounts', async () => {
    const view = await rebootWhileWatched();
    await advance(client, 3_000);
    expect(detailReads).toBe(1);

    view.unmount();
    // Still rebooting in the cache, but nothing on screen reads it.
    await advance(client, 60_000);
    expect(detailReads).toBe(1);
    expect(client.getQueryData(instanceQueries.detail(id).queryKey)).toEqual(
      expect.objectContaining({ status: 'rebooting' }),
    );
  });

  it('pauses while the tab is hidden and resumes when it is shown', async () => {
    const view = await rebootWhileWatched();
    setVisibility('hidden');
    await advance(client, 10_000);
    expect(detailReads).toBe(0);

    setVisibility('visible');
    await advance(client, 2_000);
    expect(detailReads).toBe(1);
    await advance(client, 30_000);
    expect(view.result.current.instance.data?.status).toBe('running');
  });

  it('waits twice as long between reads when the budget runs low', async () => {
    // Under a tenth of the hourly 1000 left once the next answer says so.
    setBudget(50);
    await rebootWhileWatched();

    // With budget to spare the first read comes after 2 s, then 4 s more.
    await advance(client, 3_000);
    expect(detailReads).toBe(0);
    await advance(client, 1_000);
    expect(detailReads).toBe(1);
    await advance(client, 7_000);
    expect(detailReads).toBe(1);
    await advance(client, 1_000);
    expect(detailReads).toBe(2);
  });
});
