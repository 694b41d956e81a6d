import { QueryClientProvider } from '@tanstack/react-query';
import {
  act,
  fireEvent,
  render,
  screen,
  waitFor,
} from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { createMemoryRouter, RouterProvider, useParams } from 'react-router';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createQueryClient } from '../../api/query-client';
import { getSession, signIn, signOut } from '../../api/session';
import { notify } from '../../components/toast';
import { setFault, state } from '../../mocks/control';
import { server } from '../../mocks/node';
import { DEMO_READONLY_TOKEN } from '../../mocks/seed';
import { CreateInstancePage } from './create-page';

vi.mock('../../components/toast', () => ({
  notify: { success: vi.fn(), error: vi.fn() },
}));

const demoToken = 'fgk_demo_7Kq2xV9mRt4LpW8nZc3Hb6Yd';

function InstanceStub() {
  const { instanceId } = useParams();
  return <h1>Instance {instanceId}</h1>;
}

function renderPage({ retry = true } = {}) {
  const router = createMemoryRouter(
    [
      { path: '/instances/new', Component: CreateInstancePage },
      { path: '/instances/:instanceId', Component: InstanceStub },
    ],
    { initialEntries: ['/instances/new'] },
  );
  const queryClient = createQueryClient();
  if (!retry) queryClient.setDefaultOptions({ queries: { retry: false } });
  render(
    <QueryClientProvider client={queryClient}>
      <RouterProvider router={router} />
    </QueryClientProvider>,
  );
  return { router, queryClient };
}

// Every create request the page sends, counted as it starts; its body
// follows once read.
let posts: unknown[] = [];

function recordPost({ request }: { request: Request }) {
  const { pathname } = new URL(request.url);
  if (request.method !== 'POST' || pathname !== '/v1/instances') return;
  const index = posts.push(undefined) - 1;
  void request
    .clone()
    .json()
    .then((body: unknown) => {
      posts[index] = body;
    });
}

beforeEach(() => {
  posts = [];
  server.events.on('request:start', recordPost);
  signIn(demoToken);
});

afterEach(() => {
  server.events.removeListener('request:start', recordPost);
  signOut();
});

const field = (label: string | RegExp) => screen.getByLabelText(label);
const createButton = () =>
  screen.getByRole('button', { name: /^(Create instance|Creating…)$/ });

type User = ReturnType<typeof userEvent.setup>;

/** The smallest valid form: a name and a plan; the rest has defaults. */
async function fillRequired(user: User, name = 'web-new-1') {
  await user.type(await screen.findByLabelText('Name'), name);
  await user.click(screen.getByRole('radio', { name: 'Standard 2' }));
}

/** Every field, so that a test can check that none is lost. */
async function fillEverything(user: User) {
  await fillRequired(user);
  await user.selectOptions(field('Image'), 'debian-12');
  await user.click(screen.getByRole('checkbox', { name: 'laptop' }));
  await user.type(field('Tags (optional)'), 'web, env:prod');
  await user.type(field('User data (optional)'), '#cloud-config');
  await user.click(
    await screen.findByRole('checkbox', { name: 'backend-net' }),
  );
  await user.click(screen.getByRole('checkbox', { name: 'Automatic backups' }));
}

function expectEverythingKept() {
  expect(field('Name')).toHaveValue('web-new-1');
  expect(field('Region')).toHaveValue('lagos-1');
  expect(screen.getByRole('radio', { name: 'Standard 2' })).toBeChecked();
  expect(field('Image')).toHaveValue('debian-12');
  expect(screen.getByRole('checkbox', { name: 'laptop' })).toBeChecked();
  expect(field('Tags (optional)')).toHaveValue('web, env:prod');
  expect(field('User data (optional)')).toHaveValue('#cloud-config');
  expect(screen.getByRole('checkbox', { name: 'backend-net' })).toBeChecked();
  expect(
    screen.getByRole('checkbox', { name: 'Automatic backups' }),
  ).toBeChecked();
}

const limitHeaders = {
  'X-RateLimit-Limit': '1000',
  'X-RateLimit-Remaining': '990',
  'X-RateLimit-Reset': '1900000000',
  Date: new Date().toUTCString(),
};

function created(name: string) {
  return state().instances.find((instance) => instance.name === name);
}

describe('the create-instance page', () => {
  it('refuses bad input inline, before any request', async () => {
    const user = userEvent.setup();
    renderPage();
    await fillRequired(user, 'Web_1');
    const tags = Array.from({ length: 11 }, (_, i) => `t${i}`).join(' ');
    await user.type(field('Tags (optional)'), tags);
    const userData = field('User data (optional)');
    await user.click(userData);
    await user.paste('a'.repeat(65537));

    expect(field('Name')).toHaveAttribute('aria-invalid', 'true');
    expect(field('Name')).toHaveAccessibleDescription(
      /Use lowercase letters, digits and hyphens only/,
    );
    expect(field('Tags (optional)')).toHaveAccessibleDescription(
      /Use at most 10 tags \(there are 11\)/,
    );
    expect(userData).toHaveAccessibleDescription(/65,537 of 65,536 bytes/);
    expect(userData).toHaveAccessibleDescription(
      /Shorten user data to at most 65,536 bytes \(64 KiB\); it is 65,537 bytes/,
    );

    await user.click(createButton());
    await waitFor(() => expect(field('Name')).toHaveFocus());
    expect(posts).toHaveLength(0);
  });

  it('puts a 422 under its field and the rest at the top, keeping values', async () => {
    const user = userEvent.setup();
    server.use(
      http.post('*/v1/instances', () =>
        HttpResponse.json(
          {
            error: {
              code: 'validation_failed',
              message: 'Check name and quota',
              details: {
                name: "An instance named 'web-new-1' already exists",
                quota: 'The account may run at most 25 instances',
              },
            },
            meta: { request_id: 'req-422000000001' },
          },
          { status: 422, headers: limitHeaders },
        ),
      ),
    );
    renderPage();
    await fillEverything(user);
    await user.click(createButton());

    const name = field('Name');
    await waitFor(() => expect(name).toHaveFocus());
    expect(name).toHaveAttribute('aria-invalid', 'true');
    expect(name).toHaveAccessibleDescription(
      /An instance named 'web-new-1' already exists/,
    );
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent(
      'Quota: The account may run at most 25 instances',
    );
    expect(alert).not.toHaveTextContent('already exists');
    expect(alert).toHaveTextContent('req-422000000001');
    expectEverythingKept();
    expect(createButton()).toBeEnabled();
    expect(posts).toHaveLength(1);
  });

  it('sends one request for two quick clicks', async () => {
    const user = userEvent.setup();
    const { router } = renderPage();
    await fillRequired(user);
    const button = createButton();
    fireEvent.click(button);
    fireEvent.click(button);
    await user.dblClick(button);

    await waitFor(() =>
      expect(router.state.location.pathname).not.toBe('/instances/new'),
    );
    expect(posts).toHaveLength(1);
  });

  it('keeps everything through a 401, then one click creates', async () => {
    const user = userEvent.setup();
    setFault({
      type: 'unauthorized',
      method: 'POST',
      path: '/instances',
      count: 1,
    });
    const { router } = renderPage();
    await fillEverything(user);
    await user.click(createButton());

    await waitFor(() => expect(getSession().status).toBe('expired'));
    expect(await screen.findByRole('alert')).toHaveTextContent(/Sign in/);
    expect(router.state.location.pathname).toBe('/instances/new');
    expectEverythingKept();
    expect(created('web-new-1')).toBeUndefined();

    // What the sign-in dialog does with a token the API accepts; the
    // alert about the ended session goes, and every value stays.
    act(() => signIn(demoToken));
    await waitFor(() =>
      expect(screen.queryByRole('alert')).not.toBeInTheDocument(),
    );
    expectEverythingKept();
    const refused = posts.length;
    await user.click(createButton());

    const instance = await waitFor(() => {
      const found = created('web-new-1');
      expect(found).toBeDefined();
      return found!;
    });
    await waitFor(() =>
      expect(router.state.location.pathname).toBe(`/instances/${instance.id}`),
    );
    expect(refused).toBe(1);
    expect(posts).toHaveLength(2);
  });

  it('opens the new instance once it is created', async () => {
    const user = userEvent.setup();
    const { router } = renderPage();
    await fillEverything(user);
    await user.click(createButton());

    expect(
      await screen.findByRole('heading', { name: /^Instance inst-/ }),
    ).toBeInTheDocument();
    const instance = created('web-new-1');
    expect(router.state.location.pathname).toBe(`/instances/${instance?.id}`);
    expect(instance).toMatchObject({
      status: 'provisioning',
      plan: 'standard-2',
      image: 'debian-12',
      tags: ['web', 'env:prod'],
      backups: true,
    });
    expect(posts).toEqual([
      {
        name: 'web-new-1',
        region: 'lagos-1',
        plan: 'standard-2',
        image: 'debian-12',
        ssh_keys: ['key-7h3k9d2m4q'],
        tags: ['web', 'env:prod'],
        user_data: '#cloud-config',
        private_networks: [expect.stringMatching(/^net-/)],
        backups: true,
      },
    ]);
    expect(notify.success).toHaveBeenCalledWith('Creating instance web-new-1');
  });

  it('shows the request as curl, with a placeholder for the token', async () => {
    const user = userEvent.setup();
    renderPage();
    await fillRequired(user);
    await user.click(screen.getByText('Equivalent API request'));

    const code = screen.getByText(/curl -X POST/);
    expect(code).toHaveTextContent('"$FUGOKU_API_URL/instances"');
    expect(code).toHaveTextContent('Bearer $FUGOKU_API_TOKEN');
    expect(code).toHaveTextContent('"name": "web-new-1"');
    expect(code).toHaveTextContent('"plan": "standard-2"');
    expect(document.body.textContent).not.toContain(demoToken);
  });
});

describe('the create-instance page, beyond the main paths', () => {
  it('offers only the chosen region’s networks, dropping old picks', async () => {
    const user = userEvent.setup();
    renderPage();
    await fillRequired(user);
    await user.click(
      await screen.findByRole('checkbox', { name: 'backend-net' }),
    );

    await user.selectOptions(field('Region'), 'nairobi-1');
    expect(await screen.findByText('Networks in Nairobi.')).toBeInTheDocument();
    expect(
      screen.queryByRole('checkbox', { name: 'backend-net' }),
    ).not.toBeInTheDocument();

    await user.selectOptions(field('Region'), 'lagos-1');
    const backend = await screen.findByRole('checkbox', {
      name: 'backend-net',
    });
    expect(backend).not.toBeChecked();
  });

  it('shows the chosen plan’s monthly and hourly price', async () => {
    const user = userEvent.setup();
    renderPage();
    await fillRequired(user);
    const summary = screen.getByRole('region', { name: 'Summary' });
    expect(summary).toHaveTextContent('Monthly$24.00');
    expect(summary).toHaveTextContent('Hourly$0.036');
    expect(summary).toHaveTextContent(
      'never more than the monthly price in a calendar month',
    );
    expect(
      screen.getByRole('radio', { name: 'Standard 2' }),
    ).toHaveAccessibleDescription(
      /\$0\.036 an hour, at most \$24\.00 a month$/,
    );
  });

  it('says when the outcome is unknown, then finds the instance', async () => {
    const user = userEvent.setup();
    setFault({ type: 'drop', method: 'POST', path: '/instances', count: 1 });
    renderPage();
    await fillRequired(user);
    await user.click(createButton());

    expect(await screen.findByRole('alert')).toHaveTextContent(
      /may or may not have gone through/,
    );
    const link = await screen.findByRole('link', { name: 'Open web-new-1' });
    expect(link).toHaveAttribute(
      'href',
      `/instances/${created('web-new-1')?.id}`,
    );
    // The answer replaces the alert that said it was unknown.
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(link.closest('[role="status"]')).toHaveFocus();
    expect(posts).toHaveLength(1);
  });

  it('disables Create for a read-only token, saying why', async () => {
    signIn(DEMO_READONLY_TOKEN);
    renderPage();
    await screen.findByLabelText('Name');
    await waitFor(() => expect(createButton()).toBeDisabled());
    expect(createButton()).toHaveAccessibleDescription(/read-only/);
  });

  it('shows a failed load with a way to try again', async () => {
    setFault({ type: 'outage', path: '/plans', count: 1 });
    const user = userEvent.setup();
    renderPage({ retry: false });

    expect(await screen.findByRole('alert')).toHaveTextContent(
      /temporarily unavailable/,
    );
    await user.click(await screen.findByRole('button', { name: 'Try again' }));
    expect(await screen.findByLabelText('Name')).toBeInTheDocument();
  });
});
