import { QueryClientProvider } from '@tanstack/react-query';
import { act, renderHook, waitFor } from '@testing-library/react';
import type { ReactNode } from 'react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { state } from '../../mocks/control';
import { DEMO_TOKEN } from '../../mocks/seed';
import type { Page } from '../client';
import { queryKeys } from '../keys';
import { createQueryClient } from '../query-client';
import { signIn, signOut } from '../session';
import type { Volume } from '../types';
import { instanceVolumesQuery } from './attachments';
import { useAttachVolume, useDetachVolume, volumeQueries } from './volumes';

const idOf = (kind: 'volumes' | 'instances', name: string) =>
  state()[kind].find((item) => item.name === name)?.id ?? '';

function setup() {
  const client = createQueryClient();
  client.setDefaultOptions({ queries: { retry: false } });
  const wrapper = ({ children }: { children: ReactNode }) => (
    <QueryClientProvider client={client}>{children}</QueryClientProvider>
  );
  return { client, wrapper };
}

const names = (page: Page<Volume> | undefined) =>
  page?.items.map((volume) => volume.name) ?? [];

beforeEach(() => signIn(DEMO_TOKEN));
afterEach(() => signOut());

describe('attach and detach in the cache', () => {
  it('keeps the volume, the lists and the instance tab in agreement', async () => {
    const { client, wrapper } = setup();
    const volumeId = idOf('volumes', 'backups-archive');
    const web2 = idOf('instances', 'web-2');
    const allList = volumeQueries.list({ page: 1, per_page: 25 });
    await client.fetchQuery(volumeQueries.detail(volumeId));
    await client.fetchQuery(allList);
    await client.fetchQuery(instanceVolumesQuery(web2));
    // Something must be watching the tab's list for it to be refetched.
    const observer = client.getQueryCache().find({
      queryKey: queryKeys.volumes.list({ instance_id: web2 }),
    });
    expect(observer).toBeDefined();

    const attach = renderHook(() => useAttachVolume(), { wrapper });
    await act(() =>
      attach.result.current.mutateAsync({ id: volumeId, instanceId: web2 }),
    );
    const detail = client.getQueryData<Volume>(
      queryKeys.volumes.detail(volumeId),
    );
    expect(detail?.instance_id).toBe(web2);
    const row = client
      .getQueryData<Page<Volume>>(allList.queryKey)
      ?.items.find((volume) => volume.id === volumeId);
    expect(row?.status).toBe('attached');
    expect(
      client.getQueryState(instanceVolumesQuery(web2).queryKey)?.isInvalidated,
    ).toBe(true);
    await client.refetchQueries({
      queryKey: instanceVolumesQuery(web2).queryKey,
    });
    expect(
      names(client.getQueryData(instanceVolumesQuery(web2).queryKey)),
    ).toContain('backups-archive');

    const detach = renderHook(() => useDetachVolume(), { wrapper });
    await act(() =>
      detach.result.current.mutateAsync({ id: volumeId, instanceId: web2 }),
    );
    expect(
      client.getQueryData<Volume>(queryKeys.volumes.detail(volumeId))?.status,
    ).toBe('available');
    await waitFor(() =>
      expect(
        client.getQueryState(instanceVolumesQuery(web2).queryKey)
          ?.isInvalidated,
      ).toBe(true),
    );
    await client.refetchQueries({
      queryKey: instanceVolumesQuery(web2).queryKey,
    });
    expect(
      names(client.getQueryData(instanceVolumesQuery(web2).queryKey)),
    ).not.toContain('backups-archive');
  });

  it('leaves other instances’ volume lists alone', async () => {
    const { client, wrapper } = setup();
    const web1 = idOf('instances', 'web-1');
    await client.fetchQuery(instanceVolumesQuery(web1));
    const attach = renderHook(() => useAttachVolume(), { wrapper });
    await act(() =>
      attach.result.current.mutateAsync({
        id: idOf('volumes', 'backups-archive'),
        instanceId: idOf('instances', 'web-2'),
      }),
    );
    expect(
      client.getQueryState(instanceVolumesQuery(web1).queryKey)?.isInvalidated,
    ).toBe(false);
  });
});
