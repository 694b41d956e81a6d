import {
  QueryClientProvider,
  useQuery,
  type QueryClient,
} from '@tanstack/react-query';
import { act, renderHook, waitFor } from '@testing-library/react';
import type { ReactNode } from 'react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { state } from '../../mocks/control';
import { DEMO_TOKEN } from '../../mocks/seed';
import { createQueryClient } from '../query-client';
import { signIn, signOut } from '../session';
import { instanceFloatingIpsQuery } from './attachments';
import { useAssignFloatingIp } from './floating-ips';

let client: QueryClient;

function wrapper({ children }: { children: ReactNode }) {
  return <QueryClientProvider client={client}>{children}</QueryClientProvider>;
}

const idOf = (name: string) =>
  state().instances.find((instance) => instance.name === name)!.id;

beforeEach(() => {
  signIn(DEMO_TOKEN);
  client = createQueryClient();
});

afterEach(() => {
  client.clear();
  signOut();
});

describe('moving a floating IP', () => {
  it('updates the pages of the instance it left and the one it joined', async () => {
    const web = idOf('web-1');
    const api = idOf('api-1');
    const ip = state().floatingIps.find((f) => f.instance_id === web)!.ip;

    const { result } = renderHook(
      () => ({
        web: useQuery(instanceFloatingIpsQuery(web)),
        api: useQuery(instanceFloatingIpsQuery(api)),
        assign: useAssignFloatingIp(),
      }),
      { wrapper },
    );
    await waitFor(() => expect(result.current.api.data).toBeDefined());
    expect(result.current.web.data?.items.map((f) => f.ip)).toEqual([ip]);
    expect(result.current.api.data?.items).toEqual([]);

    await act(() => result.current.assign.mutateAsync({ ip, instanceId: api }));

    await waitFor(() =>
      expect(result.current.api.data?.items.map((f) => f.ip)).toEqual([ip]),
    );
    expect(result.current.web.data?.items).toEqual([]);
  });
});
