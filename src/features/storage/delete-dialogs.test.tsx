import { QueryClientProvider } from '@tanstack/react-query';
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
import { VolumeDetailPage } from './volume-detail-page';

vi.mock('../../components/toast', () => ({
  notify: { success: vi.fn(), error: vi.fn() },
}));

const volumeId = (name: string) =>
  state().volumes.find((volume) => volume.name === name)!.id;

function openVolume(name: string) {
  const router = createMemoryRouter(
    [
      { path: '/volumes', element: <h1>Volumes</h1> },
      { path: '/volumes/:volumeId', Component: VolumeDetailPage },
    ],
    { initialEntries: [`/volumes/${volumeId(name)}`] },
  );
  const client = createQueryClient();
  client.setDefaultOptions({ queries: { retry: false } });
  render(
    <QueryClientProvider client={client}>
      <RouterProvider router={router} />
    </QueryClientProvider>,
  );
  return router;
}

/** Opens the delete dialog and confirms by typing the volume's name. */
async function confirmDelete(name: string) {
  const user = userEvent.setup();
  const open = await screen.findByRole(
    'button',
    { name: 'Delete…' },
    { timeout: 5_000 },
  );
  await waitFor(() => expect(open).toBeEnabled());
  await user.click(open);
  const dialog = await screen.findByRole('alertdialog');
  await user.type(
    within(dialog).getByLabelText(`Type ${name} to confirm`),
    name,
  );
  await user.click(
    within(dialog).getByRole('button', { name: 'Delete volume' }),
  );
  return dialog;
}

beforeEach(() => signIn(DEMO_TOKEN));
afterEach(() => signOut());

// Typing a name into a dialog is slow on a busy machine.
describe('deleting a volume refused with a 409', { timeout: 20_000 }, () => {
  it('says which instance to detach it from, whatever words the API used', async () => {
    openVolume('backups-archive');
    await screen.findByRole('heading', { name: 'backups-archive' });
    // Another client attaches it after the page has loaded.
    const attached = await call('/volumes/backups-archive/attach', {
      method: 'POST',
      body: { instance_id: 'web-2' },
    });
    expect(attached.status).toBe(202);
    setFault({
      type: 'reject',
      status: 409,
      message: 'Resource busy',
      method: 'DELETE',
      path: '/volumes/',
      count: 1,
    });

    const dialog = await confirmDelete('backups-archive');
    const alert = await within(dialog).findByRole('alert');
    expect(alert).toHaveTextContent(
      'backups-archive is attached to web-2: detach it from web-2 first, then delete it.',
    );
    expect(alert).not.toHaveTextContent('Resource busy');
    // The request id of the refusal is still shown.
    expect(alert).toHaveTextContent(/Request ID req-/);
    expect(state().volumes.some((v) => v.name === 'backups-archive')).toBe(
      true,
    );
  });

  it('keeps the API’s reason when the volume is not attached after all', async () => {
    openVolume('backups-archive');
    await screen.findByRole('heading', { name: 'backups-archive' });
    setFault({
      type: 'reject',
      status: 409,
      message: 'A snapshot of this volume is being taken; try again shortly',
      method: 'DELETE',
      path: '/volumes/',
      count: 1,
    });

    const dialog = await confirmDelete('backups-archive');
    const alert = await within(dialog).findByRole('alert');
    expect(alert).toHaveTextContent(
      'A snapshot of this volume is being taken; try again shortly',
    );
    expect(alert).not.toHaveTextContent('detach');
  });
});

describe('a delete whose answer was lost', { timeout: 20_000 }, () => {
  it('is found done: the page is left as after any delete', async () => {
    const router = openVolume('backups-archive');
    await screen.findByRole('heading', { name: 'backups-archive' });
    setFault({ type: 'drop', method: 'DELETE', count: 1 });

    await confirmDelete('backups-archive');
    await waitFor(() =>
      expect(router.state.location.pathname).toBe('/volumes'),
    );
    expect(state().volumes.some((v) => v.name === 'backups-archive')).toBe(
      false,
    );
  });

  it('is found not done: the dialog says so and offers it again', async () => {
    openVolume('backups-archive');
    await screen.findByRole('heading', { name: 'backups-archive' });
    // The connection fails before the request reaches the API.
    server.use(
      http.delete('*/v1/volumes/:id', () => HttpResponse.error(), {
        once: true,
      }),
    );

    const dialog = await confirmDelete('backups-archive');
    const alert = await within(dialog).findByRole('alert');
    expect(alert).toHaveTextContent('it was not deleted. You can try again.');
    expect(
      within(dialog).getByRole('button', { name: 'Delete volume' }),
    ).toBeEnabled();
    expect(state().volumes.some((v) => v.name === 'backups-archive')).toBe(
      true,
    );
  });
});
