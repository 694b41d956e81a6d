import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { clearFaults, setFault, state } from '../../mocks/control';
import { DEMO_READONLY_TOKEN, DEMO_TOKEN } from '../../mocks/test-utils';
import { renderRoute } from './test-render';

vi.mock('../../api/query-client', async (original) =>
  (await import('./test-render')).withTestQueryClient(await original()),
);

function seeded(name: string) {
  const instance = state().instances.find((item) => item.name === name);
  if (!instance) throw new Error(`No seeded instance ${name}`);
  return instance;
}

async function openTab(name: string, tab: string) {
  const instance = seeded(name);
  await renderRoute(`/instances/${instance.id}/${tab}`, DEMO_TOKEN);
  await screen.findByRole('heading', { level: 1, name });
  return instance;
}

describe('Networking tab', () => {
  it('names its networks and lists its floating IPs to copy', async () => {
    const web = await openTab('web-1', 'networking');
    const floatingIp = state().floatingIps.find(
      (address) => address.instance_id === web.id,
    );

    expect(await screen.findByText('backend-net')).toBeInTheDocument();
    expect(screen.getByText('10.10.0.0/24')).toBeInTheDocument();
    expect(
      screen.getByRole('button', { name: 'Copy address on backend-net' }),
    ).toBeInTheDocument();
    expect(
      await screen.findByRole('button', {
        name: `Copy floating IP ${floatingIp?.ip}`,
      }),
    ).toBeInTheDocument();
  });

  it('asks before unassigning a floating IP; Cancel changes nothing', async () => {
    const user = userEvent.setup();
    const web = await openTab('web-1', 'networking');
    const { ip } = state().floatingIps.find((f) => f.instance_id === web.id)!;
    const pointsAt = () => state().floatingIps.find((f) => f.ip === ip);
    const unassign = await screen.findByRole('button', {
      name: `Unassign ${ip}`,
    });
    await user.click(unassign);

    const dialog = screen.getByRole('alertdialog', { name: `Unassign ${ip}?` });
    expect(dialog).toHaveTextContent(`Traffic to ${ip} stops reaching web-1`);
    expect(dialog).toHaveTextContent('stays reserved on the account');
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument();
    await waitFor(() => expect(unassign).toHaveFocus());
    expect(pointsAt()?.instance_id).toBe(web.id);

    await user.click(unassign);
    await user.click(
      within(screen.getByRole('alertdialog')).getByRole('button', {
        name: 'Unassign address',
      }),
    );
    expect(
      await screen.findByRole('heading', { name: 'No floating IP assigned' }),
    ).toBeInTheDocument();
    expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument();
    expect(pointsAt()?.instance_id).toBeNull();
  });

  it('offers Unassign disabled to a read-only token', async () => {
    const web = seeded('web-1');
    const { ip } = state().floatingIps.find((f) => f.instance_id === web.id)!;
    await renderRoute(`/instances/${web.id}/networking`, DEMO_READONLY_TOKEN);
    const unassign = await screen.findByRole('button', {
      name: `Unassign ${ip}`,
    });
    await waitFor(() =>
      expect(unassign).toHaveAccessibleDescription(/read-only/),
    );
    expect(unassign).toBeDisabled();
  });

  it('says what networks and floating IPs are for, having none', async () => {
    await openTab('dev-ada', 'networking');
    expect(
      await screen.findByRole('heading', { name: 'Not on a private network' }),
    ).toBeInTheDocument();
    expect(
      await screen.findByRole('heading', { name: 'No floating IP assigned' }),
    ).toBeInTheDocument();
  });
});

describe('Storage tab', () => {
  it('lists attached volumes with size and status', async () => {
    await openTab('web-1', 'storage');
    const table = await screen.findByRole('region', {
      name: 'Attached volumes',
    });
    const row = within(table).getByRole('row', { name: /web-assets/ });
    expect(row).toHaveTextContent('100 GB');
    expect(row).toHaveTextContent('Attached');
  });

  it('explains volumes when none is attached', async () => {
    await openTab('dev-ada', 'storage');
    expect(
      await screen.findByRole('heading', { name: 'No volumes attached' }),
    ).toBeInTheDocument();
  });

  it('shows a failed load with a way to try again', async () => {
    const user = userEvent.setup();
    setFault({ type: 'error', status: 500, path: '/volumes' });
    await openTab('web-1', 'storage');
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(/Request ID/);

    clearFaults();
    await user.click(within(alert).getByRole('button', { name: 'Try again' }));
    expect(await screen.findByText('web-assets')).toBeInTheDocument();
  });
});

describe('Firewall tab', () => {
  it('lists rules by direction', async () => {
    await openTab('api-1', 'firewall');
    const inbound = await screen.findByRole('region', {
      name: 'Inbound rules',
    });
    expect(
      within(inbound).getByRole('row', { name: /App ports/ }),
    ).toHaveTextContent('tcp8000–810010.10.0.0/24App ports');
    const outbound = screen.getByRole('region', { name: 'Outbound rules' });
    expect(
      within(outbound).getByRole('row', { name: /DNS/ }),
    ).toHaveTextContent('udp530.0.0.0/0(anywhere)DNS');
  });

  it('says what no outbound rules mean', async () => {
    await openTab('web-1', 'firewall');
    expect(
      await screen.findByText(
        'No outbound rules: the instance may send traffic anywhere.',
      ),
    ).toBeInTheDocument();
  });

  it('explains rules when there are none', async () => {
    await openTab('dev-ada', 'firewall');
    expect(
      await screen.findByRole('heading', { name: 'No firewall rules' }),
    ).toBeInTheDocument();
  });
});
