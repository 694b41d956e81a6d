import {
  QueryClientProvider,
  useQuery,
  type QueryClient,
} from '@tanstack/react-query';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, expect, it, vi } from 'vitest';
import { accountQuery } from '../api/queries/account';
import { clearRateLimit, getRateLimit } from '../api/rate-limit';
import { createQueryClient, queryClient } from '../api/query-client';
import { signIn, signOut } from '../api/session';
import { SignInPage } from '../features/auth/sign-in-page';
import { ECDSA_384 } from '../lib/validation/ssh-key.fixtures';
import { control, state } from '../mocks/control';
import { server } from '../mocks/node';
import { call } from '../mocks/test-utils';
import { DEMO_READONLY_TOKEN, DEMO_TOKEN } from '../mocks/seed';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { routes } from './router';
import { Shell } from './shell';

const notify = vi.hoisted(() => ({ success: vi.fn(), error: vi.fn() }));
vi.mock('../components/toast', () => ({ notify }));

let client: QueryClient;
/** What the page had of the account each time it drew. */
let drawn: string[];
/** The token of every GET /v1/account. */
let accountReads: string[];

function AccountPage() {
  const { data } = useQuery(accountQuery);
  drawn.push(data ? data.name : 'nothing yet');
  return <h1>{data ? data.name : 'Loading'}</h1>;
}

function logAccountReads({ request }: { request: Request }) {
  if (new URL(request.url).pathname !== '/v1/account') return;
  accountReads.push(request.headers.get('Authorization') ?? 'none');
}

function renderConsole() {
  const router = createMemoryRouter(
    [
      { path: '/sign-in', Component: SignInPage },
      {
        path: '/',
        Component: Shell,
        children: [{ index: true, Component: AccountPage }],
      },
    ],
    { initialEntries: ['/'] },
  );
  return render(
    <QueryClientProvider client={client}>
      <RouterProvider router={router} />
    </QueryClientProvider>,
  );
}

beforeEach(() => {
  client = createQueryClient();
  drawn = [];
  accountReads = [];
  server.events.on('request:start', logAccountReads);
});

afterEach(() => {
  server.events.removeListener('request:start', logAccountReads);
  client.clear();
  signOut();
});

it('signing out empties the cache: the next token fetches afresh', async () => {
  const user = userEvent.setup();
  signIn(DEMO_TOKEN);
  renderConsole();
  await screen.findByRole('heading', { name: 'Adaeze Okafor' });
  expect(accountReads).toEqual([`Bearer ${DEMO_TOKEN}`]);

  await user.click(screen.getByRole('button', { name: 'Sign out' }));
  await screen.findByRole('heading', { name: 'Sign in to Fugoku' });
  expect(client.getQueryCache().getAll()).toEqual([]);
  expect(client.getMutationCache().getAll()).toEqual([]);

  drawn = [];
  await user.type(screen.getByLabelText('API token'), DEMO_READONLY_TOKEN);
  await user.click(screen.getByRole('button', { name: 'Sign in' }));
  await screen.findByRole('heading', { name: 'Adaeze Okafor' });

  // The page first drew with nothing: no answer given to the last token
  // was shown to this one, and it asked the API itself.
  expect(drawn[0]).toBe('nothing yet');
  expect(accountReads).toEqual([
    `Bearer ${DEMO_TOKEN}`,
    `Bearer ${DEMO_READONLY_TOKEN}`,
  ]);
});

it('Reset demo asks first, naming what is lost, and says when done', async () => {
  const user = userEvent.setup();
  window.__fugokuMock = { ...control, demoToken: DEMO_TOKEN };
  signIn(DEMO_TOKEN);
  const made = await call('/ssh-keys', {
    method: 'POST',
    body: { name: 'reset-probe', public_key: ECDSA_384.line },
  });
  expect(made.status).toBe(201);
  const probe = () =>
    state().sshKeys.filter((key) => key.name === 'reset-probe');
  renderConsole();
  await screen.findByRole('heading', { name: 'Adaeze Okafor' });

  await user.click(screen.getByRole('button', { name: 'Reset demo' }));
  const dialog = await screen.findByRole('alertdialog', {
    name: 'Reset the demo?',
  });
  expect(dialog).toHaveTextContent(
    'every resource you created or changed in the demo',
  );
  expect(probe()).toHaveLength(1);
  await user.click(within(dialog).getByRole('button', { name: 'Reset demo' }));

  await vi.waitFor(() => expect(notify.success).toHaveBeenCalled());
  expect(notify.success).toHaveBeenCalledWith(
    'The demo is as it started: every change was undone.',
  );
  expect(probe()).toEqual([]);
  await vi.waitFor(() =>
    expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument(),
  );
  delete window.__fugokuMock;
});

it('Reset demo says it is done only once the overview shows the reset account', async () => {
  const user = userEvent.setup();
  window.__fugokuMock = { ...control, demoToken: DEMO_TOKEN };
  signIn(DEMO_TOKEN);
  const seeded = state().networks.length;
  const made = await call('/networks', {
    method: 'POST',
    body: {
      name: 'reset-net',
      region: 'lagos-1',
      subnet: '10.60.0.0/24',
      dhcp_enabled: true,
    },
  });
  expect(made.status).toBe(201);
  // The real pages, on the cache their loaders fill.
  const router = createMemoryRouter(routes, { initialEntries: ['/'] });
  render(
    <QueryClientProvider client={queryClient}>
      <RouterProvider router={router} />
    </QueryClientProvider>,
  );
  // Read even while the dialog hides the page from assistive technology.
  const networks = () =>
    within(screen.getByRole('main', { hidden: true })).queryByRole('link', {
      name: /^Networks/,
      hidden: true,
    })?.textContent ?? 'no overview';
  await vi.waitFor(() => expect(networks()).toBe(`Networks${seeded + 1}`));

  // What the page showed when the toast said the demo was reset.
  let shown: string | null | undefined;
  notify.success.mockImplementation(() => {
    shown = networks();
  });
  await user.click(screen.getByRole('button', { name: 'Reset demo' }));
  const dialog = await screen.findByRole('alertdialog', {
    name: 'Reset the demo?',
  });
  await user.click(within(dialog).getByRole('button', { name: 'Reset demo' }));

  await vi.waitFor(() => expect(shown).toBeDefined());
  expect(state().networks).toHaveLength(seeded);
  expect(shown).toBe(`Networks${seeded}`);
  queryClient.clear();
  delete window.__fugokuMock;
});

it('Reset demo lifts a rate limit the console is waiting out', async () => {
  const user = userEvent.setup();
  window.__fugokuMock = { ...control, demoToken: DEMO_TOKEN };
  signIn(DEMO_TOKEN);
  control.setBudget(0);
  const router = createMemoryRouter(routes, { initialEntries: ['/'] });
  render(
    <QueryClientProvider client={queryClient}>
      <RouterProvider router={router} />
    </QueryClientProvider>,
  );
  // Every read now waits for the hour's budget to come back.
  await vi.waitFor(() => expect(getRateLimit()?.blockedUntil).toBeTruthy(), {
    timeout: 5_000,
  });
  expect(getRateLimit()!.blockedUntil! - Date.now()).toBeGreaterThan(60_000);

  // The shell may still be drawing on a busy machine.
  await user.click(await screen.findByRole('button', { name: 'Reset demo' }));
  const dialog = await screen.findByRole('alertdialog', {
    name: 'Reset the demo?',
  });
  await user.click(within(dialog).getByRole('button', { name: 'Reset demo' }));

  await vi.waitFor(
    () =>
      expect(notify.success).toHaveBeenCalledWith(
        'The demo is as it started: every change was undone.',
      ),
    { timeout: 5_000 },
  );
  expect(getRateLimit()?.remaining).toBeGreaterThan(900);
  queryClient.clear();
  clearRateLimit();
  delete window.__fugokuMock;
});
