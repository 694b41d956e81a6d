import { QueryClientProvider } from '@tanstack/react-query';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createQueryClient } from '../../api/query-client';
import { signIn } from '../../api/session';
import { setFault, state } from '../../mocks/control';
import { server } from '../../mocks/node';
import { DEMO_TOKEN } from '../../mocks/seed';
import { VolumeDetailPage } from './volume-detail-page';

vi.mock('../../components/toast', () => ({
  notify: { success: vi.fn(), error: vi.fn() },
}));

function openVolume(id: string) {
  const client = createQueryClient();
  client.setDefaultOptions({ queries: { retry: false } });
  const router = createMemoryRouter(
    [{ path: '/volumes/:volumeId', Component: VolumeDetailPage }],
    { initialEntries: [`/volumes/${id}`] },
  );
  render(
    <QueryClientProvider client={client}>
      <RouterProvider router={router} />
    </QueryClientProvider>,
  );
}

let posts = 0;
function countPost({ request }: { request: Request }) {
  if (request.method === 'POST') posts += 1;
}

const nameInput = () => screen.findByLabelText('Snapshot name');
const createButton = () =>
  screen.getByRole('button', { name: /^(Create snapshot|Starting…)$/ });
const snapshotsNamed = (name: string) =>
  state().snapshots.filter((snapshot) => snapshot.name === name);

describe('a snapshot whose answer was lost', () => {
  beforeEach(() => {
    posts = 0;
    server.events.on('request:start', countPost);
    signIn(DEMO_TOKEN);
  });
  afterEach(() => server.events.removeListener('request:start', countPost));

  const volume = () =>
    state().volumes.find((item) => item.status === 'available')!;

  it('is found in the list: says it was created and clears the field', async () => {
    const user = userEvent.setup();
    setFault({ type: 'drop', method: 'POST', path: '/snapshots', count: 1 });
    openVolume(volume().id);
    await user.type(await nameInput(), 'drop-snap');
    await user.click(createButton());

    expect(await screen.findByRole('alert')).toHaveTextContent(
      /may or may not have gone through/,
    );
    const note = await screen.findByText('The snapshot drop-snap was created.');
    expect(note).toHaveAttribute('role', 'status');
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(await nameInput()).toHaveValue('');
    expect(createButton()).toBeEnabled();
    expect(snapshotsNamed('drop-snap')).toHaveLength(1);
    expect(posts).toBe(1);
  });

  it('is not found: says so, keeps the name, and a second click sends it', async () => {
    const user = userEvent.setup();
    // The connection fails before the API sees the request.
    server.use(
      http.post('*/v1/volumes/:id/snapshots', () => HttpResponse.error(), {
        once: true,
      }),
    );
    openVolume(volume().id);
    await user.type(await nameInput(), 'drop-snap');
    await user.click(createButton());

    expect(
      await screen.findByText(
        'No snapshot named drop-snap exists. You can create it again.',
      ),
    ).toBeVisible();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(await nameInput()).toHaveValue('drop-snap');

    await user.click(createButton());
    expect(await nameInput()).toHaveValue('');
    expect(
      screen.queryByText(/No snapshot named drop-snap/),
    ).not.toBeInTheDocument();
    expect(snapshotsNamed('drop-snap')).toHaveLength(1);
    expect(posts).toBe(2);
  });
});

describe('an attach whose answer was lost', () => {
  beforeEach(() => signIn(DEMO_TOKEN));

  it('is not found: says so, and the instance can be chosen again', async () => {
    const user = userEvent.setup();
    const free = state().volumes.find(
      (item) => item.status === 'available' && item.region === 'lagos-1',
    )!;
    // The connection fails before the API sees the request.
    server.use(
      http.post('*/v1/volumes/:id/attach', () => HttpResponse.error(), {
        once: true,
      }),
    );
    openVolume(free.id);
    const select = await screen.findByLabelText('Attach to instance');
    await user.selectOptions(
      select,
      await within(select).findByRole('option', { name: /^dev-ada / }),
    );
    await user.click(screen.getByRole('button', { name: 'Attach volume' }));

    expect(
      await screen.findByText(
        `${free.name} is not attached to dev-ada. You can attach it again.`,
      ),
    ).toHaveAttribute('role', 'status');
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(select).not.toHaveValue('');
    expect(screen.getByRole('button', { name: 'Attach volume' })).toBeEnabled();
  });
});
