import { QueryClientProvider } from '@tanstack/react-query';
import { render, screen } from '@testing-library/react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { queryClient } from '../api/query-client';
import { signIn, signOut } from '../api/session';
import { server } from '../mocks/node';
import { DEMO_TOKEN } from '../mocks/seed';
import { routes } from './router';

/** The search of every list request the page sends, by API path. */
let asked: string[];

beforeEach(() => {
  signIn(DEMO_TOKEN);
  asked = [];
  server.events.on('request:start', ({ request }) => {
    const url = new URL(request.url);
    if (url.searchParams.has('page')) asked.push(url.pathname + url.search);
  });
});

afterEach(() => {
  server.events.removeAllListeners('request:start');
  queryClient.clear();
  signOut();
});

it.each([
  ['/instances', 'Instances'],
  ['/volumes', 'Volumes'],
  ['/networks', 'Networks'],
  ['/floating-ips', 'Floating IPs'],
  ['/load-balancers', 'Load balancers'],
])(
  '%s ignores a region the account lacks, says so, and lists them all',
  async (path, title) => {
    const router = createMemoryRouter(routes, {
      initialEntries: [`${path}?region=atlantis-9`],
    });
    render(
      <QueryClientProvider client={queryClient}>
        <RouterProvider router={router} />
      </QueryClientProvider>,
    );

    expect(
      await screen.findByText("Unknown region 'atlantis-9' ignored."),
    ).toBeVisible();
    expect(
      screen.getByRole('heading', { name: title, level: 1 }),
    ).toBeVisible();
    expect(await screen.findByRole('region', { name: title })).toBeVisible();
    expect(screen.getByLabelText('Region')).toHaveValue('');
    // Only a request before the regions were known carried it.
    expect(asked.at(-1)).toBe(`/v1${path}?page=1&per_page=25`);
  },
);
