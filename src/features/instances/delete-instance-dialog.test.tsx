import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { instanceQueries } from '../../api/queries/instances';
import { state } from '../../mocks/control';
import { DEMO_TOKEN } from '../../mocks/test-utils';
import { renderRoute } from './test-render';

vi.mock('../../api/query-client', async (original) =>
  (await import('./test-render')).withTestQueryClient(await original()),
);

const notify = vi.hoisted(() => ({ success: vi.fn(), error: vi.fn() }));
vi.mock('../../components/toast', () => ({ notify }));

afterEach(() => notify.success.mockReset());

function seeded(name: string) {
  const instance = state().instances.find((item) => item.name === name);
  if (!instance) throw new Error(`No seeded instance ${name}`);
  return instance;
}

async function openDelete(name: string) {
  const user = userEvent.setup();
  const instance = seeded(name);
  const view = await renderRoute(`/instances/${instance.id}`, DEMO_TOKEN);
  const open = await screen.findByRole('button', { name: 'Delete…' });
  await waitFor(() => expect(open).toBeEnabled());
  await user.click(open);
  const dialog = await screen.findByRole('alertdialog', {
    name: `Delete ${name}?`,
  });
  return { ...view, user, instance, dialog };
}

describe('DeleteInstanceDialog', () => {
  it('names everything that goes with the instance', async () => {
    const { dialog } = await openDelete('web-1');
    const floatingIp = state().floatingIps.find(
      (address) => address.instance_id === seeded('web-1').id,
    );

    await within(dialog).findByText(/Volumes detached/);
    const said = dialog.textContent;
    expect(said).toContain('Volumes detached, and kept: web-assets (100 GB)');
    expect(said).toContain(
      `Floating IPs unassigned, and kept: ${floatingIp?.ip}`,
    );
    expect(said).toContain('Private networks it leaves: backend-net');
    expect(said).toContain('Load balancers it is removed from: web-lb');
    expect(said).toContain('Its 3 firewall rules are deleted.');
  });

  it('says when nothing else is attached', async () => {
    const { dialog } = await openDelete('dev-ada');
    expect(
      await within(dialog).findByText(/Nothing else goes with it/),
    ).toBeInTheDocument();
  });

  it('needs the exact name, then deletes and leaves the page', async () => {
    const { dialog, user, router, client, instance } =
      await openDelete('web-1');
    const confirm = within(dialog).getByRole('button', {
      name: 'Delete instance',
    });
    const input = within(dialog).getByLabelText('Type web-1 to confirm');

    await user.type(input, 'web-');
    expect(confirm).toBeDisabled();
    await user.type(input, '1 ');
    expect(confirm).toBeDisabled();
    await user.type(input, '{Backspace}');
    expect(confirm).toBeEnabled();
    await user.click(confirm);

    expect(
      await screen.findByRole('heading', { name: 'Instances list' }),
    ).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/instances');
    expect(notify.success).toHaveBeenCalledWith(
      'Deleting web-1. Its volumes and floating IPs are kept.',
    );
    expect(
      client.getQueryData(instanceQueries.detail(instance.id).queryKey),
    ).toBeUndefined();
    const volume = state().volumes.find((item) => item.name === 'web-assets');
    expect(volume).toMatchObject({ instance_id: null, status: 'available' });
  });
});
