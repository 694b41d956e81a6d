import { QueryClientProvider } from '@tanstack/react-query';
import { fireEvent, render, screen } from '@testing-library/react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { afterEach, beforeEach, expect, it, vi } from 'vitest';
import { advance } from '../../tests/fake-time';
import { queryClient } from '../api/query-client';
import { signIn, signOut } from '../api/session';
import { clearFaults, setFault } from '../mocks/control';
import { DEMO_TOKEN } from '../mocks/seed';
import { routes } from './router';

const retrying = "The API isn't answering; trying again…";

beforeEach(() => {
  vi.useFakeTimers();
  signIn(DEMO_TOKEN);
});

afterEach(() => {
  clearFaults();
  queryClient.clear();
  signOut();
  vi.useRealTimers();
});

/** The console at `path`, once the page's code has loaded. */
async function openAt(path: string) {
  const router = createMemoryRouter(routes, { initialEntries: [path] });
  // The page's code loads on promises alone, without timers.
  await new Promise<void>((resolve) => {
    const stop = router.subscribe(({ initialized }) => {
      if (initialized) resolve(stop());
    });
  });
  render(
    <QueryClientProvider client={queryClient}>
      <RouterProvider router={router} />
    </QueryClientProvider>,
  );
}

it.each([
  ['/', 'Overview'],
  ['/instances/new', 'Create instance'],
  ['/volumes/new', 'Create volume'],
  ['/networks/new', 'Create network'],
  ['/load-balancers/new', 'Create load balancer'],
])(
  '%s says once that the API is not answering while it retries',
  async (path, title) => {
    setFault({ type: 'outage' });
    await openAt(path);
    // The first answers, 503s, are in; the retries wait a second or more
    // each, for up to half a minute.
    await advance(queryClient, 500, 250);
    expect(
      screen.getByRole('heading', { name: title, level: 1 }),
    ).toBeVisible();
    expect(screen.getAllByText(retrying)).toHaveLength(1);

    // The API is back: the next retry gets its answers and the notice goes.
    clearFaults();
    await advance(queryClient, 30_000);
    expect(screen.queryByText(retrying)).not.toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  },
);

it('says so by the page buttons when the next page is retried', async () => {
  await openAt('/instances');
  await advance(queryClient, 500, 250);
  expect(screen.getByText('Showing 1–25 of 40')).toBeVisible();

  setFault({ type: 'outage' });
  fireEvent.click(screen.getByRole('button', { name: 'Next' }));
  await advance(queryClient, 500, 250);
  // The first page's rows stay, and the notice sits after the pages' buttons.
  const notice = screen.getByText(retrying);
  const next = screen.getByRole('button', { name: 'Next' });
  expect(
    next.compareDocumentPosition(notice) & Node.DOCUMENT_POSITION_FOLLOWING,
  ).toBeTruthy();

  clearFaults();
  await advance(queryClient, 30_000);
  expect(screen.queryByText(retrying)).not.toBeInTheDocument();
  expect(screen.getByText('Showing 26–40 of 40')).toBeVisible();
});
