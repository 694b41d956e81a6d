import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter, Link, Outlet, RouterProvider } from 'react-router';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { ApiError } from '../api/errors';
import { RouteError } from './route-error';

const outage = new ApiError(
  503,
  'service_unavailable',
  'The API is briefly unavailable. Try again in a minute.',
  {},
  'req-7f3k2m9q4x1c',
);

function Layout() {
  return (
    <>
      <nav aria-label="Main">
        <Link to="/instances">Instances</Link>
      </nav>
      <Outlet />
    </>
  );
}

function Throws({ error }: { error: unknown }): never {
  throw error;
}

/** The app's arrangement: an error below the layout keeps the layout. */
function renderFailing(page: { loader?: () => never; error?: unknown }) {
  const router = createMemoryRouter(
    [
      {
        path: '/',
        Component: Layout,
        ErrorBoundary: RouteError,
        children: [
          {
            ErrorBoundary: RouteError,
            children: [
              { path: 'instances', element: <h1>Instances list</h1> },
              {
                path: 'broken',
                loader: page.loader,
                element: <Throws error={page.error} />,
                HydrateFallback: () => null,
              },
            ],
          },
        ],
      },
    ],
    { initialEntries: ['/broken'] },
  );
  render(<RouterProvider router={router} />);
  return router;
}

beforeEach(() => {
  // React and the router report every error a page throws; here each one
  // is thrown on purpose.
  vi.spyOn(console, 'error').mockImplementation(() => {});
});

describe('the route error boundary', () => {
  it('shows a failed loader with its request id and a way out', async () => {
    const user = userEvent.setup();
    const reload = vi.fn();
    vi.spyOn(window, 'location', 'get').mockReturnValue({
      ...window.location,
      reload,
    });
    renderFailing({
      loader: () => {
        throw outage;
      },
    });

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Something went wrong');
    expect(alert).toHaveTextContent(outage.message);
    expect(alert).toHaveTextContent('Request ID req-7f3k2m9q4x1c');
    expect(
      screen.getByRole('button', { name: 'Copy request ID' }),
    ).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Reload' }));
    expect(reload).toHaveBeenCalledTimes(1);
    // The navigation around the page is still there to leave by.
    await user.click(screen.getByRole('link', { name: 'Instances' }));
    expect(
      await screen.findByRole('heading', { name: 'Instances list' }),
    ).toBeInTheDocument();
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('shows a page that throws the same way', async () => {
    renderFailing({ error: outage });
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Request ID req-7f3k2m9q4x1c');
  });

  it('turns a 404 from the API into a not-found page with a way back', async () => {
    const user = userEvent.setup();
    const missing = new ApiError(
      404,
      'resource_not_found',
      "Instance 'web-9' not found",
      {},
      'req-404404404404',
    );
    renderFailing({ error: missing });

    expect(
      await screen.findByRole('heading', { name: 'Not found' }),
    ).toBeInTheDocument();
    expect(screen.getByText("Instance 'web-9' not found")).toBeInTheDocument();
    await user.click(screen.getByRole('link', { name: 'Back to instances' }));
    expect(
      await screen.findByRole('heading', { name: 'Instances list' }),
    ).toBeInTheDocument();
  });

  it('explains an error that is not the API’s without a request id', async () => {
    renderFailing({ error: new TypeError('x is undefined') });
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('unexpected error');
    expect(alert).not.toHaveTextContent('Request ID');
    expect(alert).not.toHaveTextContent('x is undefined');
  });
});
