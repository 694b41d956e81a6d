import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createQueryClient } from '../../api/query-client';
import { signIn, signOut } from '../../api/session';
import { notify } from '../../components/toast';
import { state } from '../../mocks/control';
import { DEMO_READONLY_TOKEN, DEMO_TOKEN } from '../../mocks/seed';
import { FloatingIpsPage } from './floating-ips-page';

vi.mock('../../components/toast', () => ({
  notify: { success: vi.fn(), error: vi.fn() },
}));

let client: QueryClient;

beforeEach(() => {
  client = createQueryClient();
  client.setDefaultOptions({ queries: { retry: false } });
  vi.mocked(notify.success).mockClear();
});

afterEach(() => {
  client.clear();
  signOut();
});

function openPage(token = DEMO_TOKEN) {
  signIn(token);
  const router = createMemoryRouter(
    [{ path: '/floating-ips', Component: FloatingIpsPage }],
    { initialEntries: ['/floating-ips'] },
  );
  render(
    <QueryClientProvider client={client}>
      <RouterProvider router={router} />
    </QueryClientProvider>,
  );
  return userEvent.setup();
}

const instanceNamed = (name: string) =>
  state().instances.find((i) => i.name === name)!;

/** The seeded address of lagos-1 that points at web-1. */
const webAddress = () =>
  state().floatingIps.find((f) => f.instance_id === instanceNamed('web-1').id)!;

const current = (ip: string) => state().floatingIps.find((f) => f.ip === ip);

describe('assigning from the Floating IPs page', () => {
  it('opens the picker with focus on it, and gives focus back on Cancel', async () => {
    const free = state().floatingIps.find(
      (f) => f.region === 'lagos-1' && f.instance_id === null,
    )!;
    const user = openPage();
    const assign = await screen.findByRole('button', {
      name: `Assign ${free.ip}`,
    });
    await user.click(assign);

    const dialog = screen.getByRole('dialog', { name: `Assign ${free.ip}` });
    expect(within(dialog).getByLabelText('Instance in lagos-1')).toHaveFocus();

    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    await waitFor(() => expect(assign).toHaveFocus());
  });

  it('gives focus back to the row once the address is moved', async () => {
    const { ip } = webAddress();
    const user = openPage();
    const reassign = await screen.findByRole('button', {
      name: `Reassign ${ip}`,
    });
    await user.click(reassign);

    const dialog = screen.getByRole('dialog', { name: `Reassign ${ip}` });
    expect(dialog).toHaveTextContent('It moves off the instance it is on now');
    const picker = within(dialog).getByLabelText('Instance in lagos-1');
    expect(picker).toHaveFocus();
    await within(picker).findByRole('option', { name: 'api-1' });
    await user.selectOptions(picker, 'api-1');
    await user.click(within(dialog).getByRole('button', { name: 'Assign' }));

    await waitFor(() =>
      expect(screen.queryByRole('dialog')).not.toBeInTheDocument(),
    );
    expect(current(ip)?.instance_id).toBe(instanceNamed('api-1').id);
    await waitFor(() => expect(reassign).toHaveFocus());
  });

  it('closes on Escape, focus back on the row button', async () => {
    const { ip } = webAddress();
    const user = openPage();
    const reassign = await screen.findByRole('button', {
      name: `Reassign ${ip}`,
    });
    await user.click(reassign);
    expect(
      screen.getByRole('dialog', { name: `Reassign ${ip}` }),
    ).toBeVisible();

    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    await waitFor(() => expect(reassign).toHaveFocus());
    expect(current(ip)?.instance_id).toBe(instanceNamed('web-1').id);
  });
});

describe('unassigning from the Floating IPs page', () => {
  it('asks first, naming the instance; Cancel changes nothing', async () => {
    const { ip } = webAddress();
    const user = openPage();
    const unassign = await screen.findByRole('button', {
      name: `Unassign ${ip}`,
    });
    await user.click(unassign);

    const dialog = screen.getByRole('alertdialog', { name: `Unassign ${ip}?` });
    await waitFor(() =>
      expect(dialog).toHaveTextContent(`Traffic to ${ip} stops reaching web-1`),
    );
    expect(dialog).toHaveTextContent('stays reserved on the account');
    expect(current(ip)?.instance_id).toBe(instanceNamed('web-1').id);

    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument();
    await waitFor(() => expect(unassign).toHaveFocus());
    expect(current(ip)?.instance_id).toBe(instanceNamed('web-1').id);
    expect(notify.success).not.toHaveBeenCalled();
  });

  it('unassigns only once confirmed', async () => {
    const { ip } = webAddress();
    const user = openPage();
    await user.click(
      await screen.findByRole('button', { name: `Unassign ${ip}` }),
    );
    const dialog = screen.getByRole('alertdialog', { name: `Unassign ${ip}?` });
    await user.click(
      within(dialog).getByRole('button', { name: 'Unassign address' }),
    );

    await waitFor(() =>
      expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument(),
    );
    expect(current(ip)?.instance_id).toBeNull();
    expect(notify.success).toHaveBeenCalledWith(`${ip} unassigned.`);
    const row = screen.getByRole('row', { name: new RegExp(ip) });
    await waitFor(() => expect(row).toHaveTextContent('Unassigned'));
  });

  it('is offered disabled to a read-only token', async () => {
    const { ip } = webAddress();
    openPage(DEMO_READONLY_TOKEN);
    const unassign = await screen.findByRole('button', {
      name: `Unassign ${ip}`,
    });
    // Disabled for its reason, not merely while the token is read.
    await waitFor(() =>
      expect(unassign).toHaveAccessibleDescription(/read-only/),
    );
    expect(unassign).toBeDisabled();
    expect(
      screen.getByRole('button', { name: `Reassign ${ip}` }),
    ).toBeDisabled();
  });
});
