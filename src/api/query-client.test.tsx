import {
  QueryClientProvider,
  useQuery,
  type QueryClient,
} from '@tanstack/react-query';
import { act, renderHook } from '@testing-library/react';
import type { ReactNode } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { skipContractCheck } from '../../tests/contract-guard';
import { advance, settle } from '../../tests/fake-time';
import { setFault, state } from '../mocks/control';
import { server } from '../mocks/node';
import { DEMO_TOKEN } from '../mocks/seed';
import { instanceQueries, useInstanceAction } from './queries/instances';
import { createQueryClient } from './query-client';
import { signIn, signOut } from './session';

// Which failures the console's own query client asks again about: the
// real client, the real retry rules and the mock cloud behind MSW.
let client: QueryClient;
let id: string;
let sent: string[];

function wrapper({ children }: { children: ReactNode }) {
  return <QueryClientProvider client={client}>{children}</QueryClientProvider>;
}

function logRequest({ request }: { request: Request }) {
  const { pathname } = new URL(request.url);
  if (pathname.startsWith(`/v1/instances/${id}`)) {
    sent.push(`${request.method} ${pathname.slice(3)}`);
  }
}

function readInstance() {
  return renderHook(() => useQuery(instanceQueries.detail(id)), { wrapper });
}

beforeEach(() => {
  vi.useFakeTimers();
  signIn(DEMO_TOKEN);
  client = createQueryClient();
  id = state().instances.find((instance) => instance.name === 'web-1')!.id;
  sent = [];
  server.events.on('request:start', logRequest);
});

afterEach(() => {
  server.events.removeListener('request:start', logRequest);
  client.clear();
  signOut();
  vi.useRealTimers();
});

describe('a query', () => {
  it.each([409, 422] as const)('answered %i is asked once', async (status) => {
    // The contract lists no such answer to a read; the fault makes one up.
    skipContractCheck();
    setFault({ type: 'reject', status, method: 'GET', path: id });
    const { result } = readInstance();
    await settle(client);
    expect(result.current.error).toMatchObject({ status });

    // Longer than every backoff a retry would wait.
    await advance(client, 2 * 60_000);
    expect(sent).toEqual([`GET /instances/${id}`]);
    expect(result.current.isError).toBe(true);
  });

  it('answered 503 is asked again, three times at most', async () => {
    setFault({ type: 'error', status: 503, method: 'GET', path: id });
    const { result } = readInstance();
    await advance(client, 2 * 60_000);
    expect(sent).toHaveLength(4);
    expect(result.current.error).toMatchObject({ status: 503 });
  });
});

describe('a mutation', () => {
  it('answered 503 is sent once', async () => {
    setFault({ type: 'error', status: 503, method: 'POST', path: id });
    const { result } = renderHook(() => useInstanceAction(id), { wrapper });

    act(() => result.current.mutate({ type: 'reboot' }));

    // Longer than every backoff a retry would wait.
    await advance(client, 2 * 60_000);
    expect(result.current.error).toMatchObject({ status: 503 });
    expect(sent).toEqual([`POST /instances/${id}/actions`]);
  });
});
