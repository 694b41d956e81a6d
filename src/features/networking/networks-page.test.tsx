import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { render, screen } from '@testing-library/react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { afterEach, beforeEach, expect, it, vi } from 'vitest';
import { advance } from '../../../tests/fake-time';
import { createQueryClient } from '../../api/query-client';
import { signIn, signOut } from '../../api/session';
import { setFault } from '../../mocks/control';
import { DEMO_TOKEN } from '../../mocks/seed';
import { NetworksPage } from './networks-page';

let client: QueryClient;

beforeEach(() => {
  vi.useFakeTimers();
  signIn(DEMO_TOKEN);
  // The console's own client: its retry rules and backoff.
  client = createQueryClient();
});

afterEach(() => {
  client.clear();
  signOut();
  vi.useRealTimers();
});

function openNetworks() {
  const router = createMemoryRouter([{ path: '/', Component: NetworksPage }]);
  render(
    <QueryClientProvider client={client}>
      <RouterProvider router={router} />
    </QueryClientProvider>,
  );
}

const retrying = "The API isn't answering; trying again…";

it('says the API is not answering while an outage is retried, then fails', async () => {
  setFault({ type: 'outage' });
  openNetworks();
  // Half a second: the first answer, a 503, is in; the first retry waits
  // at least a second.
  await advance(client, 500, 250);

  // The first 503 is in: the skeleton says a retry is on its way, long
  // before the retries (up to half a minute of backoff) are spent.
  expect(screen.getByText(retrying)).toBeVisible();
  expect(screen.getByText('Loading…')).toBeInTheDocument();
  expect(screen.queryByRole('alert')).not.toBeInTheDocument();

  await advance(client, 60_000);
  expect(screen.getByRole('alert')).toHaveTextContent('The API failed');
  expect(screen.queryByText(retrying)).not.toBeInTheDocument();
});
