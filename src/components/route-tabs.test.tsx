import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter, Outlet, RouterProvider } from 'react-router';
import { describe, expect, it } from 'vitest';
import { RouteTabs } from './route-tabs';

function setup(url: string) {
  function Detail() {
    return (
      <>
        <RouteTabs
          label="Instance sections"
          tabs={[
            { to: '', label: 'Overview' },
            { to: 'networking', label: 'Networking' },
            { to: 'settings', label: 'Settings' },
          ]}
        />
        <Outlet />
      </>
    );
  }
  const router = createMemoryRouter(
    [
      {
        path: '/instances/:id',
        Component: Detail,
        children: [
          { index: true, element: <p>Overview tab</p> },
          { path: 'networking', element: <p>Networking tab</p> },
          { path: 'settings', element: <p>Settings tab</p> },
        ],
      },
    ],
    { initialEntries: [url] },
  );
  render(<RouterProvider router={router} />);
  return router;
}

const current = () =>
  screen
    .getAllByRole('link')
    .filter((link) => link.getAttribute('aria-current') === 'page')
    .map((link) => link.textContent);

describe('RouteTabs', () => {
  it('marks only the tab of the current URL', () => {
    setup('/instances/i-1/networking');
    expect(
      screen.getByRole('navigation', { name: 'Instance sections' }),
    ).toBeInTheDocument();
    // The index tab is not active on a sub-page.
    expect(current()).toEqual(['Networking']);
  });

  it('gives each tab its own URL, and back returns to the last tab', async () => {
    const user = userEvent.setup();
    const router = setup('/instances/i-1');
    expect(current()).toEqual(['Overview']);

    await user.click(screen.getByRole('link', { name: 'Settings' }));
    expect(router.state.location.pathname).toBe('/instances/i-1/settings');
    expect(screen.getByText('Settings tab')).toBeInTheDocument();
    expect(current()).toEqual(['Settings']);

    await act(() => router.navigate(-1));
    expect(current()).toEqual(['Overview']);
  });

  it('scrolls sideways on a phone instead of wrapping', () => {
    setup('/instances/i-1');
    expect(screen.getByRole('list')).toHaveClass('overflow-x-auto');
  });
});
