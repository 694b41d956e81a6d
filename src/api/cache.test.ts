import { QueryClient, QueryObserver } from '@tanstack/react-query';
import { describe, expect, it, vi } from 'vitest';
import {
  forgetDeleted,
  seedFromLists,
  storeCreated,
  storeResource,
} from './cache';
import type { Page } from './client';
import { queryKeys } from './keys';

const keys = queryKeys.volumes;

interface Row {
  id: string;
  name: string;
  status: string;
}

const page = (...items: Row[]): Page<Row> => ({
  items,
  pagination: {
    page: 1,
    per_page: 25,
    total_pages: 1,
    total_count: items.length,
  },
});

const data1 = { id: 'vol-1', name: 'data-1', status: 'available' };
const data2 = { id: 'vol-2', name: 'data-2', status: 'creating' };

function client() {
  return new QueryClient({ defaultOptions: { queries: { retry: false } } });
}

describe('the cache of written resources', () => {
  it('leaves a list that awaits its refetch alone, so a new row is not lost', () => {
    const cache = client();
    const listKey = keys.list({ page: 1 });
    cache.setQueryData(listKey, page(data1));

    // A volume is created while the list is not on screen...
    storeCreated(cache, keys, data2);
    expect(cache.getQueryState(listKey)?.isInvalidated).toBe(true);
    // ...then attached: its answer must not pass for a fresh list.
    storeResource(cache, keys, { ...data2, status: 'attached' });
    expect(cache.getQueryState(listKey)?.isInvalidated).toBe(true);
    expect(cache.getQueryData(keys.detail('vol-2'))).toMatchObject({
      status: 'attached',
    });
  });

  it('changes a row in place without making the list any younger', () => {
    vi.useFakeTimers({ now: new Date('2026-11-20T09:00:00Z') });
    const cache = client();
    const listKey = keys.list({ page: 1 });
    cache.setQueryData(listKey, page(data1, data2));
    const before = cache.getQueryState(listKey)!.dataUpdatedAt;

    vi.advanceTimersByTime(20_000);
    storeResource(cache, keys, { ...data1, status: 'attached' });

    expect(cache.getQueryData<Page<Row>>(listKey)?.items[0]).toMatchObject({
      status: 'attached',
    });
    expect(cache.getQueryState(listKey)!.dataUpdatedAt).toBe(before);
    vi.useRealTimers();
  });

  it('drops a deleted page only once nothing shows it, without asking for it again', async () => {
    const cache = client();
    const fetchVolume = vi.fn(async () => data1);
    const detailKey = keys.detail('vol-1');
    cache.setQueryData(detailKey, data1);
    cache.setQueryData(keys.list({ page: 1 }), page(data1, data2));
    const observer = new QueryObserver(cache, {
      queryKey: detailKey,
      queryFn: fetchVolume,
      staleTime: 30_000,
    });
    const unsubscribe = observer.subscribe(() => {});

    forgetDeleted(cache, keys, 'vol-1');
    expect(
      cache.getQueryData<Page<Row>>(keys.list({ page: 1 }))?.items,
    ).toEqual([data2]);
    // The page on screen keeps what it showed while it leaves.
    expect(cache.getQueryData(detailKey)).toEqual(data1);

    unsubscribe();
    expect(cache.getQueryData(detailKey)).toBeUndefined();
    await Promise.resolve();
    expect(fetchVolume).not.toHaveBeenCalled();
  });

  it("starts a page from the newest list's row, with that list's age", async () => {
    vi.useFakeTimers({ now: new Date('2026-11-20T09:00:00Z') });
    const cache = client();
    cache.setQueryData(keys.list({ page: 1 }), page(data1, data2));
    vi.advanceTimersByTime(10_000);
    const newer = { ...data2, status: 'available' };
    cache.setQueryData(keys.list({ region: 'lagos-1' }), page(newer));
    const listedAt = Date.now();
    vi.advanceTimersByTime(5_000);

    seedFromLists(cache, keys, 'vol-2');
    expect(cache.getQueryData(keys.detail('vol-2'))).toEqual(newer);
    expect(cache.getQueryState(keys.detail('vol-2'))?.dataUpdatedAt).toBe(
      listedAt,
    );

    // Fresh as its list: opening it asks for nothing.
    const fetchVolume = vi.fn(async () => newer);
    await cache.prefetchQuery({
      queryKey: keys.detail('vol-2'),
      queryFn: fetchVolume,
      staleTime: 30_000,
    });
    expect(fetchVolume).not.toHaveBeenCalled();
    vi.useRealTimers();
  });

  it('seeds nothing from a list awaiting its refetch, nor over a cached page', () => {
    const cache = client();
    cache.setQueryData(keys.list({ page: 1 }), page(data1, data2));
    void cache.invalidateQueries({ queryKey: keys.lists() });
    seedFromLists(cache, keys, 'vol-1');
    expect(cache.getQueryData(keys.detail('vol-1'))).toBeUndefined();

    const own = { ...data2, name: 'renamed' };
    cache.setQueryData(keys.detail('vol-2'), own);
    cache.setQueryData(keys.list({ page: 2 }), page(data2));
    seedFromLists(cache, keys, 'vol-2');
    expect(cache.getQueryData(keys.detail('vol-2'))).toEqual(own);
    seedFromLists(cache, keys, 'vol-9');
    expect(cache.getQueryData(keys.detail('vol-9'))).toBeUndefined();
  });
});
