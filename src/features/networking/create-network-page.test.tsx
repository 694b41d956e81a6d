import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { regionNetworksQuery } from '../../api/queries/attachments';
import { createQueryClient } from '../../api/query-client';
import { signIn, signOut } from '../../api/session';
import { setFault, state } from '../../mocks/control';
import { call, DEMO_TOKEN } from '../../mocks/test-utils';
import { CreateNetworkPage } from './create-network-page';

let client: QueryClient;

beforeEach(() => {
  signIn(DEMO_TOKEN);
  client = createQueryClient();
  client.setDefaultOptions({ queries: { retry: false } });
});

afterEach(() => {
  client.clear();
  signOut();
});

async function renderPage() {
  const router = createMemoryRouter(
    [
      { path: '/networks/new', element: <CreateNetworkPage /> },
      { path: '/networks/:networkId', element: <h1>Network page</h1> },
    ],
    { initialEntries: ['/networks/new'] },
  );
  render(
    <QueryClientProvider client={client}>
      <RouterProvider router={router} />
    </QueryClientProvider>,
  );
  const user = userEvent.setup();
  await user.type(await screen.findByLabelText('Name'), 'edge-net');
  // The form judges overlap by the region's networks it has read.
  await waitFor(() =>
    expect(
      client.getQueryData(regionNetworksQuery('lagos-1').queryKey),
    ).toBeDefined(),
  );
  return { user, router, subnet: screen.getByLabelText('Subnet') };
}

const overlap = 'Overlaps far-net (10.50.0.0/16) in this region';
const endsWithOverlap = new RegExp(
  `${overlap.replace(/[.()/]/g, '\\$&')}(; choose another range)?$`,
);

describe('the create-network form', () => {
  it('shows the API refusing the subnet under Subnet, and focuses it', async () => {
    const { user, router, subnet } = await renderPage();
    setFault({
      type: 'reject',
      status: 422,
      method: 'POST',
      path: '/networks',
      message: `Check subnet: ${overlap}`,
      details: { subnet: overlap },
    });
    await user.type(subnet, '10.50.1.0/24');
    expect(subnet).not.toHaveAttribute('aria-invalid');
    await user.click(screen.getByRole('button', { name: 'Create network' }));

    await waitFor(() =>
      expect(subnet).toHaveAccessibleDescription(endsWithOverlap),
    );
    expect(subnet).toHaveAttribute('aria-invalid', 'true');
    expect(subnet).toHaveFocus();
    expect(screen.getByRole('alert')).toHaveTextContent(
      'Correct the value marked below.',
    );
    expect(router.state.location.pathname).toBe('/networks/new');
    expect(subnet).toHaveValue('10.50.1.0/24');
  });

  it('takes a subnet with spaces around it, and sends it trimmed', async () => {
    const { user, router, subnet } = await renderPage();
    await user.type(subnet, ' 10.5.0.0/24 ');
    expect(subnet).not.toHaveAttribute('aria-invalid');
    expect(screen.getByText(/curl -X POST/)).toHaveTextContent(
      '"subnet": "10.5.0.0/24"',
    );
    await user.click(screen.getByRole('button', { name: 'Create network' }));

    await waitFor(() =>
      expect(router.state.location.pathname).not.toBe('/networks/new'),
    );
    const made = state().networks.find((n) => n.name === 'edge-net');
    expect(made?.subnet).toBe('10.5.0.0/24');
  });

  it('places the overlap with a network it had not read under Subnet', async () => {
    const { user, subnet } = await renderPage();
    // Made elsewhere after the form read the region's networks.
    const made = await call('/networks', {
      method: 'POST',
      body: {
        name: 'far-net',
        region: 'lagos-1',
        subnet: '10.50.0.0/16',
        dhcp_enabled: true,
      },
    });
    expect(made.status).toBe(201);
    await user.type(subnet, '10.50.1.0/24');
    expect(subnet).not.toHaveAttribute('aria-invalid');
    await user.click(screen.getByRole('button', { name: 'Create network' }));

    await waitFor(() =>
      expect(subnet).toHaveAccessibleDescription(endsWithOverlap),
    );
    expect(subnet).toHaveFocus();
    expect(state().networks.filter((n) => n.name === 'edge-net')).toEqual([]);
  });
});
