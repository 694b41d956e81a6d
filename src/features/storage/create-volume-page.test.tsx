import { QueryClientProvider } from '@tanstack/react-query';
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter, RouterProvider, useParams } from 'react-router';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createQueryClient } from '../../api/query-client';
import { signIn, signOut } from '../../api/session';
import { advanceClock, setFault, state } from '../../mocks/control';
import { call } from '../../mocks/test-utils';
import { queryKeys } from '../../api/keys';
import { server } from '../../mocks/node';
import { DEMO_TOKEN } from '../../mocks/seed';
import { CreateVolumePage } from './create-volume-page';

vi.mock('../../components/toast', () => ({
  notify: { success: vi.fn(), error: vi.fn() },
}));

function VolumeStub() {
  const { volumeId } = useParams();
  return <h1>Volume {volumeId}</h1>;
}

function renderPage(path = '/volumes/new', client = createQueryClient()) {
  const router = createMemoryRouter(
    [
      { path: '/volumes/new', Component: CreateVolumePage },
      { path: '/volumes/:volumeId', Component: VolumeStub },
    ],
    { initialEntries: [path] },
  );
  // The console's own defaults (lists fresh for a while), retries off.
  const { queries } = client.getDefaultOptions();
  client.setDefaultOptions({ queries: { ...queries, retry: false } });
  render(
    <QueryClientProvider client={client}>
      <RouterProvider router={router} />
    </QueryClientProvider>,
  );
  return router;
}

let posts = 0;
function countPost({ request }: { request: Request }) {
  const { pathname } = new URL(request.url);
  if (request.method === 'POST' && pathname === '/v1/volumes') posts += 1;
}

beforeEach(() => {
  posts = 0;
  server.events.on('request:start', countPost);
  signIn(DEMO_TOKEN);
});

afterEach(() => {
  server.events.removeListener('request:start', countPost);
  signOut();
});

const snapshotId = (name: string) =>
  state().snapshots.find((snapshot) => snapshot.name === name)?.id ?? '';

describe('creating a volume', () => {
  it('prices the size as it changes and checks it as typed', async () => {
    const user = userEvent.setup();
    renderPage();
    const size = await screen.findByLabelText('Size');
    await user.clear(size);
    await user.type(size, '30');
    const price = (await screen.findByText('$3.00')).parentElement;
    // Billed by the hour at 1/730 of the month, never above the month.
    expect(price).toHaveTextContent('$0.0041 an hour, at most $3.00 a month');
    await user.clear(size);
    await user.type(size, '2.5');
    expect(
      await screen.findByText('Use a whole number of GB'),
    ).toBeInTheDocument();
    expect(posts).toBe(0);
  });

  it('sends one POST for two quick clicks', async () => {
    const user = userEvent.setup();
    const router = renderPage();
    await user.type(await screen.findByLabelText('Name'), 'quick-data');
    const button = screen.getByRole('button', { name: 'Create volume' });
    fireEvent.click(button);
    fireEvent.click(button);
    await waitFor(
      () => expect(router.state.location.pathname).toMatch(/^\/volumes\/vol-/),
      { timeout: 3000 },
    );
    expect(posts).toBe(1);
  });

  it('from a snapshot: a 422 on size_gb lands under Size, region in the alert', async () => {
    const user = userEvent.setup();
    renderPage(`/volumes/new?snapshot=${snapshotId('db-primary-nightly')}`);
    const size = await screen.findByLabelText('Size');
    expect(size).toHaveValue('500');
    expect(screen.queryByLabelText('Region')).not.toBeInTheDocument();
    await user.type(screen.getByLabelText('Name'), 'db-copy');
    setFault({
      type: 'reject',
      status: 422,
      message: 'Check these fields: size_gb, region',
      details: {
        size_gb: 'Too large for this account',
        region: 'No capacity left in lagos-1',
      },
      method: 'POST',
      path: '/volumes',
      count: 1,
    });
    const button = screen.getByRole('button', { name: 'Create volume' });
    await user.click(button);

    const message = await screen.findByText('Too large for this account');
    expect(size).toHaveAttribute('aria-invalid', 'true');
    expect(size.getAttribute('aria-describedby')).toContain(message.id);
    await waitFor(() => expect(size).toHaveFocus());
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent('Region: No capacity left in lagos-1');
    expect(button).toBeEnabled();
  });

  it('after a lost answer, finds the volume and links to it', async () => {
    const user = userEvent.setup();
    setFault({ type: 'drop', method: 'POST', path: '/volumes', count: 1 });
    renderPage();
    await user.type(await screen.findByLabelText('Name'), 'lost-data');
    await user.click(screen.getByRole('button', { name: 'Create volume' }));

    const link = await screen.findByRole('link', { name: 'Open lost-data' });
    const made = state().volumes.find((volume) => volume.name === 'lost-data');
    expect(link).toHaveAttribute('href', `/volumes/${made?.id}`);
    expect(link.closest('[role="status"]')).toHaveTextContent(
      'The volume lost-data was created.',
    );
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(posts).toBe(1);
  });
});

describe('opened from a snapshot link', () => {
  it('starts from a snapshot that was pending when last seen', async () => {
    // This tab last saw the snapshot pending, and the list without it.
    const volume = state().volumes.find((v) => v.name === 'web-assets')!;
    const taken = await call(`/volumes/${volume.id}/snapshots`, {
      method: 'POST',
      body: { name: 'fresh-snap' },
    });
    expect(taken.status).toBe(201);
    const pending = (taken.body as { data: { id: string } }).data;
    const client = createQueryClient();
    client.setQueryData(queryKeys.snapshots.detail(pending.id), pending);
    const listed = await call('/snapshots?per_page=100');
    const rows = (listed.body as { data: { id: string }[] }).data;
    client.setQueryData(queryKeys.snapshots.list({ per_page: 100 }), {
      items: rows.filter((row) => row.id !== pending.id),
      pagination: { page: 1, per_page: 100, total_pages: 1, total_count: 0 },
    });
    advanceClock(10 * 60_000);
    expect(state().snapshots.find((s) => s.id === pending.id)?.status).toBe(
      'available',
    );

    renderPage(`/volumes/new?snapshot=${pending.id}`, client);
    // Restoring: its size, its region fixed (the select's own value is not
    // kept by this DOM; the browser journey checks it).
    const size = await screen.findByLabelText('Size');
    expect(size).toHaveValue(String(volume.size_gb));
    expect(screen.queryByLabelText('Region')).not.toBeInTheDocument();
    expect(screen.getByText(/Fixed: a volume is restored/)).toBeVisible();
    expect(screen.queryByText(/The snapshot fresh-snap/)).toBeNull();
  });

  it('says why it starts empty when the snapshot is not available yet', async () => {
    const volume = state().volumes.find((v) => v.name === 'web-assets')!;
    const taken = await call(`/volumes/${volume.id}/snapshots`, {
      method: 'POST',
      body: { name: 'slow-snap' },
    });
    const pending = (taken.body as { data: { id: string } }).data;
    renderPage(`/volumes/new?snapshot=${pending.id}`);

    expect(
      await screen.findByText(/The snapshot slow-snap is pending/),
    ).toBeVisible();
    expect(screen.getByLabelText('Region')).toBeInTheDocument();
  });

  it('says so when the snapshot does not exist', async () => {
    renderPage('/volumes/new?snapshot=snap-nothere00');
    expect(
      await screen.findByText(
        'The snapshot snap-nothere00 could not be found, so the form starts with an empty volume.',
      ),
    ).toBeVisible();
    expect(screen.getByLabelText('Name')).toBeInTheDocument();
  });

  it('says a failed snapshot cannot be restored from', async () => {
    const failed = state().snapshots.find((s) => s.status === 'failed');
    expect(failed).toBeDefined();
    renderPage(`/volumes/new?snapshot=${failed!.id}`);
    expect(
      await screen.findByText(
        `The snapshot ${failed!.name} failed, so no volume can be restored from it. The form starts with an empty volume.`,
      ),
    ).toBeVisible();
  });
});
