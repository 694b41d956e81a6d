import { QueryClientProvider } from '@tanstack/react-query';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createQueryClient } from '../../api/query-client';
import { signIn, signOut } from '../../api/session';
import { setFault, state } from '../../mocks/control';
import { server } from '../../mocks/node';
import { DEMO_TOKEN } from '../../mocks/seed';
import { CreateLoadBalancerPage } from './create-page';

vi.mock('../../components/toast', () => ({
  notify: { success: vi.fn(), error: vi.fn() },
}));

let posts = 0;
const countPost = ({ request }: { request: Request }) => {
  if (request.method === 'POST') posts += 1;
};

beforeEach(() => {
  posts = 0;
  server.events.on('request:start', countPost);
  signIn(DEMO_TOKEN);
});

afterEach(() => {
  server.events.removeListener('request:start', countPost);
  signOut();
});

function openForm() {
  const client = createQueryClient();
  client.setDefaultOptions({ queries: { retry: false } });
  const router = createMemoryRouter(
    [{ path: '/load-balancers/new', Component: CreateLoadBalancerPage }],
    { initialEntries: ['/load-balancers/new'] },
  );
  render(
    <QueryClientProvider client={client}>
      <RouterProvider router={router} />
    </QueryClientProvider>,
  );
}

describe('a load balancer whose answer was lost', { timeout: 20_000 }, () => {
  it('is found by name and linked', async () => {
    openForm();
    const user = userEvent.setup();
    await user.type(
      await screen.findByLabelText('Name', undefined, { timeout: 5_000 }),
      'lost-lb',
    );
    setFault({ type: 'drop', method: 'POST', count: 1 });
    await user.click(
      screen.getByRole('button', { name: 'Create load balancer' }),
    );

    const link = await screen.findByRole(
      'link',
      { name: 'Open lost-lb' },
      { timeout: 5_000 },
    );
    const made = state().loadBalancers.find((b) => b.name === 'lost-lb');
    expect(link).toHaveAttribute('href', `/load-balancers/${made?.id}`);
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(posts).toBe(1);
  });
});

describe('the create form', { timeout: 20_000 }, () => {
  it('says which backends a change of region took off', async () => {
    openForm();
    const user = userEvent.setup();
    const add = await screen.findByLabelText('Instance to add');
    await user.selectOptions(
      add,
      await screen.findByRole('option', { name: 'api-1' }),
    );
    await user.click(screen.getByRole('button', { name: 'Add backend' }));
    expect(screen.getByLabelText('Weight of api-1')).toBeInTheDocument();

    await user.selectOptions(screen.getByLabelText('Region'), 'nairobi-1');
    expect(
      await screen.findByText(
        "api-1 was taken off the backends: it is in lagos-1, and a balancer's backends share its region.",
      ),
    ).toHaveAttribute('role', 'status');
    expect(screen.queryByLabelText('Weight of api-1')).not.toBeInTheDocument();
  });
});
