import { QueryClientProvider } from '@tanstack/react-query';
import { render, screen } from '@testing-library/react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { beforeEach, describe, expect, it } from 'vitest';
import { createQueryClient } from '../../api/query-client';
import { signIn } from '../../api/session';
import { server } from '../../mocks/node';
import { DEMO_TOKEN } from '../../mocks/seed';
import { InstancesListPage } from './list-page';

/** The query of every GET /v1/instances the page sends. */
let asked: string[];

function openList(url: string) {
  const client = createQueryClient();
  client.setDefaultOptions({ queries: { retry: false } });
  const router = createMemoryRouter(
    [{ path: '/instances', Component: InstancesListPage }],
    { initialEntries: [url] },
  );
  render(
    <QueryClientProvider client={client}>
      <RouterProvider router={router} />
    </QueryClientProvider>,
  );
  return router;
}

describe('the instances list, from a hand-edited URL', () => {
  beforeEach(() => {
    signIn(DEMO_TOKEN);
    asked = [];
    server.events.on('request:start', ({ request }) => {
      const url = new URL(request.url);
      if (url.pathname === '/v1/instances') asked.push(url.search);
    });
    return () => server.events.removeAllListeners('request:start');
  });

  it('ignores an unknown status, says so, and lists every instance', async () => {
    openList('/instances?status=bogus');
    expect(
      await screen.findByRole('region', { name: 'Instances' }),
    ).toBeInTheDocument();
    expect(screen.getByText("Unknown status 'bogus' ignored.")).toBeVisible();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(screen.getByLabelText('Status')).toHaveValue('');
    expect(asked.every((search) => !search.includes('status'))).toBe(true);
  });

  it('ignores an unknown region once the regions are known', async () => {
    openList('/instances?region=atlantis-9&status=running');
    expect(
      await screen.findByText("Unknown region 'atlantis-9' ignored."),
    ).toBeVisible();
    expect(
      await screen.findByRole('region', { name: 'Instances' }),
    ).toBeInTheDocument();
    expect(asked.at(-1)).toBe('?page=1&per_page=25&status=running');
  });
});
