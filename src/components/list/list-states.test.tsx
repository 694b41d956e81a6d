import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { describe, expect, it, vi } from 'vitest';
import type { Page } from '../../api/client';
import { ApiError } from '../../api/errors';
import { EmptyState } from './empty-state';
import { ListStates, type ListQuery } from './list-states';
import { ResponsiveTable, TableSkeleton, tableClasses } from './table';

type Rows = string[];

const base: ListQuery<Rows> = {
  data: undefined,
  error: null,
  isPending: false,
  isError: false,
  isFetching: false,
  refetch: vi.fn(),
};

function renderList(query: Partial<ListQuery<Rows>>) {
  return render(
    <ListStates
      query={{ ...base, ...query }}
      isEmpty={(rows) => rows.length === 0}
      loading={<TableSkeleton columns={['Name', 'Status']} rows={3} />}
      empty={
        <EmptyState
          title="No instances yet"
          description="Create one to get started."
          action={<button>Create instance</button>}
        />
      }
    >
      {(rows) => (
        <ul>
          {rows.map((row) => (
            <li key={row}>{row}</li>
          ))}
        </ul>
      )}
    </ListStates>,
  );
}

const failed = new ApiError(503, 'service_unavailable', 'Down.', {}, 'req_9');

describe('ListStates', () => {
  it('shows a skeleton with rows the height of real ones while loading', () => {
    renderList({ isPending: true });
    expect(screen.getByRole('status')).toHaveTextContent('Loading…');
    const rows = document.querySelectorAll('tbody tr');
    expect(rows).toHaveLength(3);
    rows.forEach((row) =>
      expect(row).toHaveClass(...tableClasses.row.split(' ')),
    );
    expect(screen.queryByRole('listitem')).not.toBeInTheDocument();
  });

  it('shows the error with its request id and a retry', async () => {
    const user = userEvent.setup();
    const refetch = vi.fn();
    renderList({ isError: true, error: failed, refetch });

    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent('Down.');
    expect(alert).toHaveTextContent('req_9');
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    expect(refetch).toHaveBeenCalledOnce();
  });

  it('waits for a retry already on its way', () => {
    renderList({ isError: true, error: failed, isFetching: true });
    expect(
      screen.getByRole('button', { name: 'Trying again…' }),
    ).toBeDisabled();
  });

  it('says so while a failed first request is being retried', () => {
    renderList({
      isPending: true,
      isFetching: true,
      failureCount: 1,
      failureReason: failed,
    });
    expect(
      screen.getByText("The API isn't answering; trying again…"),
    ).toHaveAttribute('role', 'status');
    expect(screen.getByText('Loading…')).toBeInTheDocument();
  });

  it('says nothing of retrying while the first request is under way', () => {
    renderList({ isPending: true, isFetching: true, failureCount: 0 });
    expect(screen.queryByText(/trying again/)).not.toBeInTheDocument();
  });

  it('shows the designed empty state', () => {
    renderList({ data: [] });
    expect(
      screen.getByRole('heading', { name: 'No instances yet' }),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('button', { name: 'Create instance' }),
    ).toBeVisible();
  });

  it('shows the content', () => {
    renderList({ data: ['web-1', 'web-2'] });
    expect(screen.getAllByRole('listitem')).toHaveLength(2);
  });

  it('keeps the rows when a refresh fails, with the error above', () => {
    renderList({ data: ['web-1'], isError: true, error: failed });
    expect(screen.getByRole('alert')).toHaveTextContent('Down.');
    expect(screen.getByRole('listitem')).toHaveTextContent('web-1');
  });
});

describe('ResponsiveTable', () => {
  it('is a named region the keyboard can scroll', () => {
    render(
      <ResponsiveTable label="Instances">
        <table />
      </ResponsiveTable>,
    );
    const region = screen.getByRole('region', { name: 'Instances' });
    expect(region).toHaveAttribute('tabindex', '0');
    expect(region).toHaveClass('overflow-x-auto');
  });

  it('says a page past the end is not an empty list, and links to page 1', async () => {
    const user = userEvent.setup();
    const emptyPage = (page: number): Page<string> => ({
      items: [],
      pagination: { page, per_page: 25, total_pages: 2, total_count: 40 },
    });
    function Volumes() {
      return (
        <ListStates
          query={{ ...base, data: emptyPage(99) } as ListQuery<Page<string>>}
          isEmpty={(page) => page.items.length === 0}
          empty={<EmptyState title="No volumes yet" />}
        >
          {() => null}
        </ListStates>
      );
    }
    const router = createMemoryRouter(
      [{ path: '/volumes', Component: Volumes }],
      { initialEntries: ['/volumes?region=lagos-1&page=99'] },
    );
    render(<RouterProvider router={router} />);

    expect(screen.queryByText('No volumes yet')).not.toBeInTheDocument();
    expect(screen.getByText('There is no page 99')).toBeInTheDocument();
    expect(
      screen.getByText('The list has 40 items on 2 pages.'),
    ).toBeInTheDocument();
    await user.click(
      screen.getByRole('link', { name: 'Go to the first page' }),
    );
    expect(router.state.location.search).toBe('?region=lagos-1');
  });
});
