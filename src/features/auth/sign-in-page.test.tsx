import { QueryClientProvider } from '@tanstack/react-query';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createQueryClient } from '../../api/query-client';
import { getSession, signOut } from '../../api/session';
import { control, state } from '../../mocks/control';
import { call, DEMO_TOKEN } from '../../mocks/test-utils';
import { SignInPage } from './sign-in-page';

function renderPage() {
  const router = createMemoryRouter(
    [
      { path: '/sign-in', Component: SignInPage },
      { path: '/', element: <h1>Overview</h1> },
    ],
    { initialEntries: ['/sign-in'] },
  );
  render(
    <QueryClientProvider client={createQueryClient()}>
      <RouterProvider router={router} />
    </QueryClientProvider>,
  );
}

/** What a user who revoked the demo token from the console has done. */
async function revokeDemoToken() {
  const current = await call('/account/tokens/current');
  const gone = await call(`/account/tokens/${current.body.data.id}`, {
    method: 'DELETE',
  });
  expect(gone.status).toBe(204);
}

beforeEach(() => {
  window.__fugokuMock = { ...control, demoToken: DEMO_TOKEN };
});

afterEach(() => {
  delete window.__fugokuMock;
  signOut();
});

describe('the sign-in page of the demo', () => {
  it('says Reset demo restores a revoked demo token', async () => {
    const user = userEvent.setup();
    await revokeDemoToken();
    renderPage();
    await user.click(
      screen.getByRole('button', { name: 'Use the demo token' }),
    );

    const input = screen.getByLabelText('API token');
    expect(
      await screen.findByText(/demo token was not accepted/),
    ).toHaveTextContent(
      'The demo token was not accepted: it has been revoked in this demo. ' +
        'Reset demo, above, restores it',
    );
    expect(input).toHaveAccessibleDescription(/Reset demo, above/);
  });

  it('asks before Reset demo, naming what is lost, then says it is done', async () => {
    const user = userEvent.setup();
    await revokeDemoToken();
    const tokens = state().tokens.length;
    renderPage();

    await user.click(screen.getByRole('button', { name: 'Reset demo' }));
    const dialog = await screen.findByRole('alertdialog', {
      name: 'Reset the demo?',
    });
    expect(dialog).toHaveTextContent(
      'every resource you created or changed in the demo',
    );
    expect(dialog).toHaveTextContent('seeded');
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect(state().tokens).toHaveLength(tokens);

    await user.click(screen.getByRole('button', { name: 'Reset demo' }));
    await user.click(
      within(
        await screen.findByRole('alertdialog', { name: 'Reset the demo?' }),
      ).getByRole('button', { name: 'Reset demo' }),
    );
    expect(await screen.findByRole('status')).toHaveTextContent(
      'The demo is as it started.',
    );
    expect(state().tokens.length).toBeGreaterThan(tokens);

    await user.click(
      screen.getByRole('button', { name: 'Use the demo token' }),
    );
    await screen.findByRole('heading', { name: 'Overview' });
    expect(getSession().status).toBe('signed-in');
  });
});
