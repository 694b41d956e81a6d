import {
  QueryClientProvider,
  useQuery,
  type QueryClient,
} from '@tanstack/react-query';
import { act, renderHook } from '@testing-library/react';
import type { ReactNode } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { advance, settle } from '../../../tests/fake-time';
import { state } from '../../mocks/control';
import { server } from '../../mocks/node';
import { DEMO_TOKEN } from '../../mocks/seed';
import { queryKeys } from '../keys';
import { createQueryClient } from '../query-client';
import { signIn, signOut } from '../session';
import {
  instanceQueries,
  useDeleteInstance,
  useInstanceAction,
} from './instances';

let client: QueryClient;
let listRequests: string[];

function wrapper({ children }: { children: ReactNode }) {
  return <QueryClientProvider client={client}>{children}</QueryClientProvider>;
}

function idOf(name: string) {
  return state().instances.find((instance) => instance.name === name)!.id;
}

beforeEach(() => {
  vi.useFakeTimers();
  signIn(DEMO_TOKEN);
  client = createQueryClient();
  listRequests = [];
  server.events.on('request:start', ({ request }) => {
    const url = new URL(request.url);
    if (request.method === 'GET' && url.pathname === '/v1/instances') {
      listRequests.push(url.search);
    }
  });
});

afterEach(() => {
  server.events.removeAllListeners('request:start');
  client.clear();
  signOut();
  vi.useRealTimers();
});

describe('deleting an instance', () => {
  it('drops it from the visible list, refetching that list once', async () => {
    const id = idOf('web-2');
    const lagos = { region: 'lagos-1', page: 1, per_page: 25 };
    const elsewhere = { page: 2, per_page: 25 };
    await client.prefetchQuery(instanceQueries.list(elsewhere));
    await client.prefetchQuery(instanceQueries.detail(id));

    const { result } = renderHook(
      () => ({
        list: useQuery(instanceQueries.list(lagos)),
        remove: useDeleteInstance(),
      }),
      { wrapper },
    );
    await settle(client);
    expect(result.current.list.data!.items.map((i) => i.id)).toContain(id);
    listRequests.length = 0;

    await act(() => result.current.remove.mutateAsync(id));

    await settle(client);
    expect(listRequests).toHaveLength(1);
    expect(listRequests[0]).toContain('region=lagos-1');
    expect(result.current.list.data!.items.map((i) => i.id)).not.toContain(id);
    expect(client.getQueryData(queryKeys.instances.detail(id))).toBeUndefined();
    const other = client.getQueryState(queryKeys.instances.list(elsewhere));
    expect(other?.isInvalidated).toBe(true);

    // Nothing else is asked for afterwards: the list is settled.
    await advance(client, 60_000);
    expect(listRequests).toHaveLength(1);
  });
});

describe('an action answered 202', () => {
  it('polls the instance until it settles, then stops', async () => {
    const id = idOf('web-1');
    let detailRequests = 0;
    server.events.on('request:start', ({ request }) => {
      if (new URL(request.url).pathname === `/v1/instances/${id}`) {
        detailRequests += 1;
      }
    });

    const { result } = renderHook(
      () => ({
        instance: useQuery(instanceQueries.detail(id)),
        act: useInstanceAction(id),
      }),
      { wrapper },
    );
    await settle(client);
    expect(result.current.instance.isSuccess).toBe(true);

    await act(() =>
      result.current.act.mutateAsync({ type: 'resize', plan: 'standard-4' }),
    );
    await settle(client);
    expect(result.current.instance.data?.status).toBe('resizing');

    // The mock's resize takes a minute; polling backs off 2, 4, 8, 16 s…
    await advance(client, 90_000);
    expect(result.current.instance.data?.status).toBe('running');
    expect(result.current.instance.data?.plan).toBe('standard-4');

    // Backing off, a minute of resizing costs a handful of requests.
    const settledAt = detailRequests;
    expect(settledAt).toBeLessThanOrEqual(8);
    await advance(client, 120_000);
    expect(detailRequests).toBe(settledAt);
  });
});
