import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { getSession, signIn } from '../../api/session';
import { setFault, state } from '../../mocks/control';
import { server } from '../../mocks/node';
import { call, DEMO_TOKEN } from '../../mocks/test-utils';
import { LoadBalancerDetailPage } from './detail-page';

const notify = vi.hoisted(() => ({ success: vi.fn(), error: vi.fn() }));
vi.mock('../../components/toast', () => ({ notify }));

type RequestListener = Parameters<typeof server.events.on<'request:start'>>[1];
let listening: RequestListener | undefined;

afterEach(() => {
  if (listening) server.events.removeListener('request:start', listening);
});

/** Every write the page sends, as "METHOD /path". */
function recordWrites() {
  const writes: string[] = [];
  listening = ({ request }) => {
    if (request.method === 'GET') return;
    writes.push(`${request.method} ${new URL(request.url).pathname}`);
  };
  server.events.on('request:start', listening);
  return writes;
}

function openWebLb() {
  const balancer = state().loadBalancers.find((b) => b.name === 'web-lb')!;
  const client = new QueryClient({
    defaultOptions: { queries: { retry: false } },
  });
  signIn(DEMO_TOKEN);
  const router = createMemoryRouter(
    [
      { path: '/load-balancers', element: <h1>Load balancers</h1> },
      {
        path: '/load-balancers/:loadBalancerId',
        element: <LoadBalancerDetailPage />,
      },
    ],
    { initialEntries: [`/load-balancers/${balancer.id}`] },
  );
  render(
    <QueryClientProvider client={client}>
      <RouterProvider router={router} />
    </QueryClientProvider>,
  );
  return { balancer, router };
}

// Typing into several inputs is slow on a busy machine.
describe('the load balancer page', { timeout: 20_000 }, () => {
  it('keeps edits through a 401 and then sends each change once', async () => {
    const user = userEvent.setup();
    const writes = recordWrites();
    const { balancer } = openWebLb();
    const [web1, web2] = balancer.backends.map((b) => b.instance_id);
    const path = await screen.findByRole(
      'textbox',
      { name: 'Path' },
      { timeout: 5_000 },
    );
    const save = screen.getByRole('button', { name: 'Save changes' });
    await waitFor(() => expect(save).toBeEnabled(), { timeout: 5_000 });
    await screen.findByRole('link', { name: 'web-1' }, { timeout: 5_000 });

    await user.clear(path);
    await user.type(path, '/ready');
    const weight1 = screen.getByRole('textbox', { name: 'Weight of web-1' });
    const weight2 = screen.getByRole('textbox', { name: 'Weight of web-2' });
    await user.clear(weight1);
    await user.type(weight1, '50');
    await user.clear(weight2);
    await user.type(weight2, '70');

    setFault({ type: 'unauthorized', method: 'PATCH', count: 1 });
    await user.click(save);
    await waitFor(() => expect(getSession().status).toBe('expired'), {
      timeout: 5_000,
    });
    expect(path).toHaveValue('/ready');
    expect(weight1).toHaveValue('50');
    expect(weight2).toHaveValue('70');

    signIn(DEMO_TOKEN);
    writes.splice(0);
    await user.click(save);
    await waitFor(() => expect(notify.success).toHaveBeenCalled(), {
      timeout: 5_000,
    });
    const base = `/v1/load-balancers/${balancer.id}`;
    expect(writes.sort()).toEqual([
      `PATCH ${base}`,
      `PATCH ${base}/backends/${web1}`,
      `PATCH ${base}/backends/${web2}`,
    ]);
    expect(screen.queryByText('You have unsaved changes.')).toBeNull();
  });

  it('tells the balancer’s checks from the page’s refresh', async () => {
    openWebLb();
    const backends = await screen.findByRole(
      'group',
      { name: 'Backends' },
      { timeout: 5_000 },
    );
    expect(backends).toHaveTextContent(
      'The balancer checks each backend every 10 s; this page refreshes ' +
        'its view of their health every 30 seconds.',
    );
  });

  it('says, on delete, that the backends are left as they are', async () => {
    const user = userEvent.setup();
    const { balancer } = openWebLb();
    // One backend is stopped: "they keep running" would not be true.
    const [first] = balancer.backends;
    await call(`/instances/${first?.instance_id}/actions`, {
      method: 'POST',
      body: { type: 'stop' },
    });
    const remove = await screen.findByRole(
      'button',
      { name: 'Delete…' },
      { timeout: 5_000 },
    );
    await waitFor(() => expect(remove).toBeEnabled());
    await user.click(remove);
    const dialog = await screen.findByRole('alertdialog');
    expect(dialog).toHaveTextContent(
      'The instances themselves are not changed.',
    );
    expect(dialog).not.toHaveTextContent(/keep running/);
  });

  it('refuses a weight of 0 under its input without a request', async () => {
    const user = userEvent.setup();
    const writes = recordWrites();
    openWebLb();
    const weight = await screen.findByRole(
      'textbox',
      { name: 'Weight of web-1' },
      { timeout: 5_000 },
    );
    await user.clear(weight);
    await user.type(weight, '0');
    expect(weight).toHaveAccessibleDescription('Use 1 to 100');
    await user.click(screen.getByRole('button', { name: 'Save changes' }));
    expect(weight).toBeInvalid();
    expect(writes).toEqual([]);
  });
});

describe('adding a backend refused with a 409', { timeout: 20_000 }, () => {
  async function addFromForm(name: string) {
    const user = userEvent.setup();
    const choices = await screen.findByRole(
      'combobox',
      { name: 'Instance' },
      { timeout: 5_000 },
    );
    await waitFor(() =>
      expect(
        within(choices).getByRole('option', { name: `${name} (running)` }),
      ).toBeInTheDocument(),
    );
    await user.selectOptions(choices, `${name} (running)`);
    await user.click(screen.getByRole('button', { name: 'Add backend' }));
    return screen.findByRole('alert', undefined, { timeout: 5_000 });
  }

  it('says where to change a backend another client added first', async () => {
    const { balancer } = openWebLb();
    await screen.findByRole('link', { name: 'web-1' }, { timeout: 5_000 });
    const behindTheBack = await call(
      `/load-balancers/${balancer.id}/backends`,
      { method: 'POST', body: { instance_id: 'api-1', weight: 10 } },
    );
    expect(behindTheBack.status).toBe(201);

    const alert = await addFromForm('api-1');
    expect(alert).toHaveTextContent(
      'api-1 is already a backend of web-lb: change its weight in the table instead.',
    );
    expect(alert).not.toHaveTextContent("Instance 'api-1'");
    // The refetch the conflict started shows it in the table, and the
    // form no longer holds it.
    expect(
      await screen.findByRole('textbox', { name: 'Weight of api-1' }),
    ).toHaveValue('10');
    const choices = screen.getByRole('combobox', { name: 'Instance' });
    expect(choices).toHaveValue('');
    expect(
      within(choices).queryByRole('option', { name: 'api-1 (running)' }),
    ).toBeNull();
  });

  it('keeps the API’s reason for a conflict of another kind', async () => {
    openWebLb();
    await screen.findByRole('link', { name: 'web-1' }, { timeout: 5_000 });
    setFault({
      type: 'reject',
      status: 409,
      message: 'The balancer is being reconfigured; try again in a minute',
      method: 'POST',
      path: '/backends',
      count: 1,
    });

    const alert = await addFromForm('api-1');
    expect(alert).toHaveTextContent(
      'The balancer is being reconfigured; try again in a minute',
    );
    expect(alert).not.toHaveTextContent('already a backend');
  });
});

describe('a backend whose answer was lost', { timeout: 20_000 }, () => {
  it('is found among the backends: said to be added, the form cleared', async () => {
    const user = userEvent.setup();
    const writes = recordWrites();
    openWebLb();
    await screen.findByRole('link', { name: 'web-1' }, { timeout: 5_000 });
    const choices = screen.getByRole('combobox', { name: 'Instance' });
    await waitFor(() =>
      expect(
        within(choices).getByRole('option', { name: 'api-1 (running)' }),
      ).toBeInTheDocument(),
    );
    await user.selectOptions(choices, 'api-1 (running)');
    setFault({ type: 'drop', method: 'POST', path: '/backends', count: 1 });
    await user.click(screen.getByRole('button', { name: 'Add backend' }));

    expect(
      await screen.findByText('api-1 was added to web-lb.', undefined, {
        timeout: 5_000,
      }),
    ).toHaveAttribute('role', 'status');
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(
      await screen.findByRole('textbox', { name: 'Weight of api-1' }),
    ).toBeInTheDocument();
    expect(choices).toHaveValue('');
    expect(writes).toHaveLength(1);
  });
});

describe('edits whose answer was lost', { timeout: 20_000 }, () => {
  async function editPathAndWeight() {
    const user = userEvent.setup();
    const { balancer } = openWebLb();
    const path = await screen.findByRole(
      'textbox',
      { name: 'Path' },
      { timeout: 5_000 },
    );
    await screen.findByRole('link', { name: 'web-1' }, { timeout: 5_000 });
    await user.clear(path);
    await user.type(path, '/ready');
    const weight = screen.getByRole('textbox', { name: 'Weight of web-1' });
    await user.clear(weight);
    await user.type(weight, '50');
    return { user, balancer, weight };
  }

  const fresh = (id: string) => state().loadBalancers.find((b) => b.id === id)!;

  it('are found saved, and said to be', async () => {
    const { user, balancer } = await editPathAndWeight();
    setFault({ type: 'drop', method: 'PATCH', path: '/backends', count: 1 });
    await user.click(screen.getByRole('button', { name: 'Save changes' }));

    expect(
      await screen.findByText('The changes to web-lb were saved.', undefined, {
        timeout: 5_000,
      }),
    ).toHaveAttribute('role', 'status');
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(fresh(balancer.id).health_check.path).toBe('/ready');
    expect(fresh(balancer.id).backends[0]!.weight).toBe(50);
  });

  it('are found saved in part: what is left stays on the form', async () => {
    const { user, balancer, weight } = await editPathAndWeight();
    // The weight's request fails before it reaches the API.
    server.use(
      http.patch(
        '*/v1/load-balancers/:id/backends/:instance',
        () => HttpResponse.error(),
        { once: true },
      ),
    );
    await user.click(screen.getByRole('button', { name: 'Save changes' }));

    expect(
      await screen.findByText(
        'Not every change was saved. Save again: only what is left is sent.',
        undefined,
        { timeout: 5_000 },
      ),
    ).toHaveAttribute('role', 'status');
    expect(fresh(balancer.id).health_check.path).toBe('/ready');
    expect(fresh(balancer.id).backends[0]!.weight).not.toBe(50);
    expect(weight).toHaveValue('50');
    expect(screen.getByText('You have unsaved changes.')).toBeVisible();
  });
});
