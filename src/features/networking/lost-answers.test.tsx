import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createQueryClient } from '../../api/query-client';
import { signIn, signOut } from '../../api/session';
import { setFault, state } from '../../mocks/control';
import { server } from '../../mocks/node';
import { DEMO_TOKEN } from '../../mocks/seed';
import { call } from '../../mocks/test-utils';
import { CreateNetworkPage } from './create-network-page';
import { FloatingIpsPage } from './floating-ips-page';
import { NetworkPage } from './network-page';

vi.mock('../../components/toast', () => ({
  notify: { success: vi.fn(), error: vi.fn() },
}));

/*
 * A write whose connection dropped: each form asks the API what the write
 * would have changed, and says whether it happened instead of "checking"
 * for ever.
 */

let client: QueryClient;
let writes = 0;
const countWrite = ({ request }: { request: Request }) => {
  if (request.method === 'POST') writes += 1;
};

beforeEach(() => {
  signIn(DEMO_TOKEN);
  client = createQueryClient();
  client.setDefaultOptions({ queries: { retry: false } });
  writes = 0;
  server.events.on('request:start', countWrite);
});

afterEach(() => {
  server.events.removeListener('request:start', countWrite);
  client.clear();
  signOut();
});

function open(path: string) {
  const router = createMemoryRouter(
    [
      { path: '/networks/new', Component: CreateNetworkPage },
      { path: '/networks/:networkId', Component: NetworkPage },
      { path: '/floating-ips', Component: FloatingIpsPage },
    ],
    { initialEntries: [path] },
  );
  render(
    <QueryClientProvider client={client}>
      <RouterProvider router={router} />
    </QueryClientProvider>,
  );
  return userEvent.setup();
}

const drop = () => setFault({ type: 'drop', method: 'POST', count: 1 });

/** The connection fails before the API sees the request: nothing made. */
const failBefore = (path: string) =>
  server.use(http.post(`*/v1${path}`, () => HttpResponse.error()));

describe('after a lost answer', () => {
  it('a network is found by name and linked', async () => {
    const user = open('/networks/new');
    await user.type(await screen.findByLabelText('Name'), 'lost-net');
    await user.type(screen.getByLabelText('Subnet'), '10.77.0.0/24');
    drop();
    await user.click(screen.getByRole('button', { name: 'Create network' }));

    const link = await screen.findByRole('link', { name: 'Open lost-net' });
    const made = state().networks.find((n) => n.name === 'lost-net');
    expect(link).toHaveAttribute('href', `/networks/${made?.id}`);
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(writes).toBe(1);
  });

  it('a reserved address is found among the region’s new ones', async () => {
    const user = open('/floating-ips');
    const region = await screen.findByLabelText('Reserve a floating IP in');
    await screen.findAllByRole('button', { name: /^Release / });
    await user.selectOptions(region, 'nairobi-1');
    drop();
    await user.click(screen.getByRole('button', { name: 'Reserve' }));

    const made = () =>
      state().floatingIps.find(
        (ip) => ip.region === 'nairobi-1' && ip.instance_id === null,
      );
    expect(
      await screen.findByText(/^Reserved [\d.]+ in nairobi-1\.$/),
    ).toHaveTextContent(`Reserved ${made()?.ip} in nairobi-1.`);
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(region).toHaveValue('');
    expect(writes).toBe(1);
  });

  it('a reserve that did not happen is not mistaken for an older address', async () => {
    // Reserved a moment ago, and on the list the page shows.
    const earlier = await call('/floating-ips', {
      method: 'POST',
      body: { region: 'lagos-1' },
    });
    expect(earlier.status).toBe(201);
    const user = open('/floating-ips');
    const region = await screen.findByLabelText('Reserve a floating IP in');
    await screen.findAllByRole('button', { name: /^Release / });
    await user.selectOptions(region, 'lagos-1');
    failBefore('/floating-ips');
    await user.click(screen.getByRole('button', { name: 'Reserve' }));

    expect(
      await screen.findByText(
        'No new floating IP was reserved in lagos-1. You can reserve one again.',
      ),
    ).toBeVisible();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(region).toHaveValue('lagos-1');
  });

  it('an instance attached to a network is found among its members', async () => {
    const network = state().networks.find((n) =>
      state().instances.some(
        (i) =>
          i.region === n.region &&
          i.status !== 'deleting' &&
          !n.members.some((m) => m.instance_id === i.id),
      ),
    )!;
    const user = open(`/networks/${network.id}`);
    const select = await screen.findByLabelText(
      `Attach an instance of ${network.region}`,
    );
    await waitFor(() =>
      expect(within(select).getAllByRole('option').length).toBeGreaterThan(1),
    );
    const option = within(select).getAllByRole(
      'option',
    )[1] as HTMLOptionElement;
    await user.selectOptions(select, option.value);
    drop();
    await user.click(screen.getByRole('button', { name: 'Attach' }));

    expect(
      await screen.findByText(`${option.text} attached to ${network.name}.`),
    ).toHaveAttribute('role', 'status');
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    const members = state().networks.find((n) => n.id === network.id)!.members;
    expect(members.some((m) => m.instance_id === option.value)).toBe(true);
    expect(writes).toBe(1);
  });

  it('an address assigned is found pointing at its instance', async () => {
    const free = state().floatingIps.find((ip) => ip.instance_id === null)!;
    const user = open('/floating-ips');
    await user.click(
      await screen.findByRole('button', { name: `Assign ${free.ip}` }),
    );
    const dialog = screen.getByRole('dialog', { name: `Assign ${free.ip}` });
    const select = within(dialog).getByLabelText(`Instance in ${free.region}`);
    await waitFor(() =>
      expect(within(select).getAllByRole('option').length).toBeGreaterThan(1),
    );
    const option = within(select).getAllByRole(
      'option',
    )[1] as HTMLOptionElement;
    await user.selectOptions(select, option.value);
    drop();
    await user.click(within(dialog).getByRole('button', { name: 'Assign' }));

    expect(
      await within(dialog).findByText(
        `${free.ip} now points at ${option.text}.`,
      ),
    ).toHaveAttribute('role', 'status');
    expect(within(dialog).queryByRole('alert')).not.toBeInTheDocument();
    expect(writes).toBe(1);
  });
});
