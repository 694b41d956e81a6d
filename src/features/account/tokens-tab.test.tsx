import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { beforeEach, describe, expect, it } from 'vitest';
import { getSession, getSignOutReason, signIn } from '../../api/session';
import { setFault } from '../../mocks/control';
import { DEMO_TOKEN } from '../../mocks/seed';
import { TokensTab } from './tokens-tab';

function renderTokens() {
  const client = new QueryClient({
    defaultOptions: { queries: { retry: false } },
  });
  const router = createMemoryRouter(
    [
      { path: '/account/tokens', Component: TokensTab },
      { path: '/sign-in', element: <h1>Sign in</h1> },
    ],
    { initialEntries: ['/account/tokens'] },
  );
  render(
    <QueryClientProvider client={client}>
      <RouterProvider router={router} />
    </QueryClientProvider>,
  );
  return { client, router };
}

/** Everything React Query holds, queries and mutations, as text. */
function cacheText(client: QueryClient) {
  const queries = client.getQueryCache().getAll();
  const mutations = client.getMutationCache().getAll();
  return JSON.stringify([
    queries.map((query) => [query.queryKey, query.state]),
    mutations.map((mutation) => mutation.state),
  ]);
}

describe('API tokens', () => {
  beforeEach(() => signIn(DEMO_TOKEN));

  it('shows a new secret once and keeps it out of the cache', async () => {
    const user = userEvent.setup();
    const { client } = renderTokens();
    await screen.findByRole('region', { name: 'API tokens' });
    await user.click(screen.getByRole('button', { name: 'Create token' }));
    const dialog = await screen.findByRole('dialog');
    await user.type(within(dialog).getByLabelText('Name'), 'ci-deploy');
    await user.selectOptions(
      within(dialog).getByLabelText('Access'),
      'read-write',
    );
    await user.click(
      within(dialog).getByRole('button', { name: 'Create token' }),
    );

    const secret = (await within(dialog).findByLabelText('Token secret'))
      .textContent!;
    expect(secret).toMatch(/^fgk_/);
    expect(cacheText(client)).not.toContain(secret);

    // Neither Escape nor a tap beside it loses the secret; they lead to
    // the one button that closes the dialog.
    const done = within(dialog).getByRole('button', {
      name: 'I have copied it',
    });
    await user.keyboard('{Escape}');
    expect(screen.getByRole('dialog')).toHaveTextContent(secret);
    expect(done).toHaveFocus();
    fireEvent.pointerDown(document.body);
    expect(screen.getByRole('dialog')).toHaveTextContent(secret);
    expect(screen.getByRole('dialog')).toHaveAccessibleName(
      'Copy your new token',
    );

    await user.click(done);
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    const row = (await screen.findByText('ci-deploy')).closest('tr')!;
    expect(row).toHaveTextContent(`${secret.slice(0, 8)}…`);
    expect(document.body.textContent).not.toContain(secret);
    expect(cacheText(client)).not.toContain(secret);
    expect(cacheText(client)).not.toContain(secret.slice(8));
  });

  it('says the secret was copied once it is, instead of asking for it', async () => {
    const user = userEvent.setup();
    renderTokens();
    await screen.findByRole('region', { name: 'API tokens' });
    await user.click(screen.getByRole('button', { name: 'Create token' }));
    const dialog = await screen.findByRole('dialog');
    await user.type(within(dialog).getByLabelText('Name'), 'ci-deploy');
    await user.click(
      within(dialog).getByRole('button', { name: 'Create token' }),
    );
    const secret = (await within(dialog).findByLabelText('Token secret'))
      .textContent!;
    expect(dialog).toHaveTextContent(
      'This stays open until you have copied it.',
    );

    await user.click(
      within(dialog).getByRole('button', { name: 'Copy the token secret' }),
    );
    expect(await navigator.clipboard.readText()).toBe(secret);
    expect(dialog).toHaveTextContent(
      'Copied. Close this when you have stored it safely.',
    );
    expect(dialog).not.toHaveTextContent('until you have copied it');
  });

  it('signs out, saying why, when the console revokes its own token', async () => {
    const user = userEvent.setup();
    const { router } = renderTokens();
    const row = (await screen.findByText('This console')).closest('tr')!;
    await user.click(within(row).getByRole('button', { name: /Revoke/ }));
    const dialog = await screen.findByRole('alertdialog');
    expect(dialog).toHaveTextContent('you will be signed out');
    await user.click(
      within(dialog).getByRole('button', { name: 'Revoke token' }),
    );
    await screen.findByRole('heading', { name: 'Sign in' });
    expect(router.state.location.pathname).toBe('/sign-in');
    expect(getSession().status).toBe('signed-out');
    expect(getSignOutReason()).toMatch(/revoked the API token/);
  });

  it('after a lost answer, says the token was made but its secret is lost', async () => {
    const user = userEvent.setup();
    renderTokens();
    await screen.findByRole('region', { name: 'API tokens' });
    await user.click(screen.getByRole('button', { name: 'Create token' }));
    const dialog = await screen.findByRole('dialog');
    await user.type(within(dialog).getByLabelText('Name'), 'ci-lost');
    setFault({ type: 'drop', method: 'POST', count: 1 });
    await user.click(
      within(dialog).getByRole('button', { name: 'Create token' }),
    );

    expect(
      await within(dialog).findByText(/The token ci-lost was created, but/),
    ).toHaveTextContent('Revoke ci-lost, then create another.');
    expect(within(dialog).queryByRole('alert')).not.toBeInTheDocument();
    expect(within(dialog).queryByLabelText('Token secret')).toBeNull();
  });
});
