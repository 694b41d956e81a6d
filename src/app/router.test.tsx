import { QueryClientProvider } from '@tanstack/react-query';
import { render, screen } from '@testing-library/react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { afterEach, expect, it, vi } from 'vitest';
import { createQueryClient } from '../api/query-client';
import { routes } from './router';

afterEach(() => {
  vi.restoreAllMocks();
});

function open(path: string) {
  const router = createMemoryRouter(routes, { initialEntries: [path] });
  render(
    <QueryClientProvider client={createQueryClient()}>
      <RouterProvider router={router} />
    </QueryClientProvider>,
  );
}

it.each(['/sign-in', '/'])(
  'shows a skeleton, not a warning, while %s first loads',
  async (path) => {
    const warn = vi.spyOn(console, 'warn');
    open(path);
    expect(screen.getByRole('status')).toHaveTextContent(
      'Loading the console…',
    );
    // Signed out, both end on the sign-in page.
    expect(
      await screen.findByRole('button', { name: 'Sign in' }),
    ).toBeInTheDocument();
    const warnings = warn.mock.calls.map((call) => String(call[0]));
    expect(warnings.filter((w) => w.includes('HydrateFallback'))).toEqual([]);
  },
);
