import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { describe, expect, it } from 'vitest';
import {
  readListParams,
  useListParams,
  type ListParams,
} from './use-list-params';

type Filter = 'name' | 'region' | 'status';

function setup(url: string) {
  const seen: ListParams<Filter>[] = [];
  function List() {
    const params = useListParams({
      filters: ['name', 'region', 'status'],
      defaults: { status: '' },
    });
    const [, rerender] = useState(0);
    seen.push(params);
    return (
      <>
        <button onClick={() => params.setFilter('status', 'running')}>
          Running
        </button>
        <button onClick={() => params.setFilter('region', '')}>
          Any region
        </button>
        <button
          onClick={() =>
            params.setFilters({ name: 'web', region: 'nairobi-1' })
          }
        >
          Both
        </button>
        <button onClick={() => params.setPage(params.page + 1)}>Next</button>
        <button onClick={() => params.setPage(1)}>First</button>
        <button onClick={() => rerender((count) => count + 1)}>Render</button>
      </>
    );
  }
  const router = createMemoryRouter([{ path: '/instances', Component: List }], {
    initialEntries: [url],
  });
  render(<RouterProvider router={router} />);
  const search = () => router.state.location.search;
  return { router, search, latest: () => seen.at(-1)!, seen };
}

describe('useListParams', () => {
  it('reads page, page size and filters from the URL', () => {
    const { latest } = setup('/instances?page=3&per_page=50&region=lagos-1');
    expect(latest()).toMatchObject({
      page: 3,
      perPage: 50,
      filters: { name: '', region: 'lagos-1', status: '' },
      query: { page: 3, per_page: 50, region: 'lagos-1' },
    });
  });

  it('falls back from nonsense in the URL', () => {
    const { latest } = setup('/instances?page=-2&per_page=5000');
    expect(latest().page).toBe(1);
    expect(latest().perPage).toBe(100);
  });

  it('goes back to page 1 in the same navigation as a filter change', async () => {
    const user = userEvent.setup();
    const { router, search } = setup('/instances?page=3&region=lagos-1');

    await user.click(screen.getByRole('button', { name: 'Running' }));
    expect(search()).toBe('?region=lagos-1&status=running');
    expect(router.state.historyAction).toBe('PUSH');

    // One step back is the list as it was: no intermediate entry.
    await act(() => router.navigate(-1));
    expect(search()).toBe('?page=3&region=lagos-1');
  });

  it('sets several filters at once and drops empty ones', async () => {
    const user = userEvent.setup();
    const { search } = setup('/instances?region=lagos-1&page=2');

    await user.click(screen.getByRole('button', { name: 'Any region' }));
    expect(search()).toBe('');
    await user.click(screen.getByRole('button', { name: 'Both' }));
    expect(search()).toBe('?name=web&region=nairobi-1');
  });

  it('keeps page 1 out of the URL', async () => {
    const user = userEvent.setup();
    const { search } = setup('/instances?status=running');

    await user.click(screen.getByRole('button', { name: 'Next' }));
    expect(search()).toBe('?status=running&page=2');
    await user.click(screen.getByRole('button', { name: 'First' }));
    expect(search()).toBe('?status=running');
  });

  it('keeps its results stable between renders', async () => {
    const user = userEvent.setup();
    const { seen } = setup('/instances?status=running');
    const before = seen.at(-1)!;

    await user.click(screen.getByRole('button', { name: 'Render' }));
    const after = seen.at(-1)!;
    expect(after).not.toBe(before);
    expect(after.filters).toBe(before.filters);
    expect(after.query).toBe(before.query);
    expect(after.setFilter).toBe(before.setFilter);
  });
});

describe('readListParams', () => {
  const options = { filters: ['name', 'region'] as const };

  it('asks for what the page will ask for, so a loader can prefetch it', () => {
    const url = '/instances?name=web%20&region=lagos-1&page=3';
    const { seen } = setup(url);
    const search = new URL(url, 'http://console.test').searchParams;
    expect(readListParams(search, options).query).toEqual(seen.at(-1)!.query);
    expect(readListParams(search, options).query).toEqual({
      page: 3,
      per_page: 25,
      name: 'web ',
      region: 'lagos-1',
    });
  });

  it('turns a page or size that is not a whole positive number into the default', () => {
    const read = (query: string) =>
      readListParams(new URLSearchParams(query), options).query;
    expect(read('page=0&per_page=-5')).toEqual({ page: 1, per_page: 25 });
    expect(read('page=2.5&per_page=abc')).toEqual({ page: 1, per_page: 25 });
    expect(read('per_page=1000')).toEqual({ page: 1, per_page: 100 });
  });

  it('leaves blank filters out and fills in defaults', () => {
    const query = readListParams(new URLSearchParams('name='), {
      filters: ['name', 'status'],
      defaults: { status: 'running' },
    }).query;
    expect(query).toEqual({ page: 1, per_page: 25, status: 'running' });
  });

  it('keeps only the known values of a filter with fixed choices', () => {
    const read = (query: string) =>
      readListParams(new URLSearchParams(query), {
        filters: ['status', 'name'],
        choices: { status: ['running', 'stopped', 'rebooting'] },
      });
    expect(read('status=bogus&name=x')).toMatchObject({
      filters: { status: '', name: 'x' },
      ignored: { status: 'bogus' },
      query: { page: 1, per_page: 25, name: 'x' },
    });
    expect(read('status=running,nope,rebooting')).toMatchObject({
      filters: { status: 'running,rebooting' },
      ignored: { status: 'nope' },
      query: { status: 'running,rebooting' },
    });
    expect(read('status=stopped').ignored).toEqual({});
  });
});

describe('useListParams with fixed choices', () => {
  it('takes ignored values out of the URL with the next filter change', async () => {
    const user = userEvent.setup();
    function List() {
      const params = useListParams({
        filters: ['status', 'region'],
        choices: { status: ['running', 'stopped'] },
      });
      return (
        <button onClick={() => params.setFilter('region', 'accra-1')}>
          Accra
        </button>
      );
    }
    const router = createMemoryRouter(
      [{ path: '/instances', Component: List }],
      { initialEntries: ['/instances?status=stopped,bogus'] },
    );
    render(<RouterProvider router={router} />);
    await user.click(screen.getByRole('button', { name: 'Accra' }));
    expect(router.state.location.search).toBe('?status=stopped&region=accra-1');
  });
});
