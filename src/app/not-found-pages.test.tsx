import { QueryClientProvider } from '@tanstack/react-query';
import { render, screen } from '@testing-library/react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { queryClient } from '../api/query-client';
import { signIn, signOut } from '../api/session';
import { DEMO_TOKEN } from '../mocks/seed';
import { routes } from './router';

beforeEach(() => signIn(DEMO_TOKEN));

afterEach(() => {
  queryClient.clear();
  signOut();
});

it.each([
  ['/instances/inst-nothere00', 'Instance', 'Back to instances', '/instances'],
  ['/volumes/vol-nothere00', 'Volume', 'Back to volumes', '/volumes'],
  ['/networks/net-nothere00', 'Network', 'Back to networks', '/networks'],
  [
    '/load-balancers/lb-nothere00',
    'Load balancer',
    'Back to load balancers',
    '/load-balancers',
  ],
])('%s says the %s is not found, alike', async (path, what, back, list) => {
  const router = createMemoryRouter(routes, { initialEntries: [path] });
  render(
    <QueryClientProvider client={queryClient}>
      <RouterProvider router={router} />
    </QueryClientProvider>,
  );
  expect(
    await screen.findByRole('heading', { level: 1, name: `${what} not found` }),
  ).toBeVisible();
  expect(
    screen.getByText('It may have been deleted, or the link may be mistyped.'),
  ).toBeVisible();
  expect(screen.getByRole('link', { name: back })).toHaveAttribute(
    'href',
    list,
  );
});
