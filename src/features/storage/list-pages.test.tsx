import { QueryClientProvider } from '@tanstack/react-query';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createQueryClient } from '../../api/query-client';
import { signIn, signOut } from '../../api/session';
import {
  advanceClock,
  clearFaults,
  setFault,
  state,
} from '../../mocks/control';
import { server } from '../../mocks/node';
import { DEMO_TOKEN } from '../../mocks/seed';
import { call } from '../../mocks/test-utils';
import { formatDate } from '../../lib/format';
import { SnapshotsListPage } from './snapshots-list-page';
import { VolumesListPage } from './volumes-list-page';

function renderAt(url: string) {
  const router = createMemoryRouter(
    [
      { path: '/volumes', Component: VolumesListPage },
      { path: '/snapshots', Component: SnapshotsListPage },
    ],
    { initialEntries: [url] },
  );
  const client = createQueryClient();
  client.setDefaultOptions({ queries: { retry: false } });
  render(
    <QueryClientProvider client={client}>
      <RouterProvider router={router} />
    </QueryClientProvider>,
  );
  return { search: () => router.state.location.search };
}

/** The query of every list request, by path: "/v1/volumes?…". */
let asked: string[] = [];
function record({ request }: { request: Request }) {
  const url = new URL(request.url);
  if (request.method === 'GET') asked.push(url.pathname + url.search);
}

beforeEach(() => {
  asked = [];
  server.events.on('request:start', record);
  signIn(DEMO_TOKEN);
});

afterEach(() => {
  server.events.removeListener('request:start', record);
  signOut();
});

const volume = (name: string) => state().volumes.find((v) => v.name === name)!;
const instanceId = (name: string) =>
  state().instances.find((i) => i.name === name)!.id;

const rowOf = (name: string) =>
  screen.getByRole('rowheader', { name }).closest('tr')!;

const wait = { timeout: 5_000 };

describe('the volumes list', { timeout: 20_000 }, () => {
  it('shows when each volume was created', async () => {
    renderAt('/volumes?per_page=100');
    await screen.findByRole('rowheader', { name: 'web-assets' }, wait);
    expect(
      screen.getByRole('columnheader', { name: 'Created' }),
    ).toBeInTheDocument();
    const created = volume('web-assets').created_at;
    const time = within(rowOf('web-assets')).getByText(formatDate(created));
    expect(time).toHaveAttribute('dateTime', created);
  });

  it('filters by attached instance in the URL, back on page 1', async () => {
    const user = userEvent.setup();
    const { search } = renderAt('/volumes?per_page=4&page=2');
    await screen.findByText(/Showing 5–8 of/, undefined, wait);
    const web1 = instanceId('web-1');
    const picker = screen.getByLabelText('Attached to');
    await waitFor(() =>
      expect(
        within(picker).getByRole('option', { name: 'web-1' }),
      ).toBeVisible(),
    );

    await user.selectOptions(picker, 'web-1');
    expect(search()).toBe(`?per_page=4&instance_id=${web1}`);
    await waitFor(() =>
      expect(
        screen.getAllByRole('rowheader').map((h) => h.textContent),
      ).toEqual(['web-assets']),
    );
    expect(asked).toContain(
      `/v1/volumes?page=1&per_page=4&instance_id=${web1}`,
    );
    expect(picker).toHaveValue(web1);
  });

  it('offers only the instances of the chosen region', async () => {
    renderAt('/volumes?region=nairobi-1');
    await screen.findByRole('rowheader', { name: 'ke-scratch' }, wait);
    const picker = screen.getByLabelText('Attached to');
    await waitFor(() =>
      expect(
        within(picker).getByRole('option', { name: 'ke-db' }),
      ).toBeVisible(),
    );
    expect(within(picker).queryByRole('option', { name: 'web-1' })).toBeNull();
  });

  it('says what to do when a region has no volumes', async () => {
    // Accra's only volume goes, behind the console's back.
    await call('/volumes/gh-uploads/detach', { method: 'POST' });
    const gone = await call('/volumes/gh-uploads', { method: 'DELETE' });
    expect(gone.status).toBe(204);

    renderAt('/volumes?region=accra-1');
    const empty = await screen.findByRole(
      'heading',
      { name: 'No volumes in accra-1' },
      wait,
    );
    const panel = empty.parentElement!;
    expect(panel).toHaveTextContent(
      'Choose another region, or create a volume here.',
    );
    expect(
      within(panel).getByRole('link', { name: 'Create volume' }),
    ).toHaveAttribute('href', '/volumes/new');
  });

  it('says what to do when an instance has no volumes', async () => {
    renderAt(`/volumes?instance_id=${instanceId('web-2')}`);
    const empty = await screen.findByRole(
      'heading',
      { name: 'No volumes attached to web-2' },
      wait,
    );
    const panel = empty.parentElement!;
    expect(panel).toHaveTextContent('Choose another instance');
    expect(
      within(panel).getByRole('link', { name: 'Show all volumes' }),
    ).toHaveAttribute('href', '/volumes');
  });

  it('shows a failure with its request id and a retry that works', async () => {
    const user = userEvent.setup();
    setFault({ type: 'error', status: 503, method: 'GET', path: '/volumes' });
    renderAt('/volumes');
    const alert = await screen.findByRole('alert', undefined, wait);
    expect(alert).toHaveTextContent(/Request ID req-/);
    expect(
      within(alert).getByRole('button', { name: 'Copy request ID' }),
    ).toBeInTheDocument();
    expect(screen.queryByRole('table')).toBeNull();

    clearFaults();
    await user.click(within(alert).getByRole('button', { name: 'Try again' }));
    await screen.findByRole('rowheader', { name: 'web-assets' }, wait);
    expect(screen.queryByRole('alert')).toBeNull();
  });
});

describe('the snapshots list', { timeout: 20_000 }, () => {
  it('links each snapshot to its source volume', async () => {
    renderAt('/snapshots');
    const { id, name } = volume('web-assets');
    const snapshot = state().snapshots.find((s) => s.volume_id === id)!;
    await screen.findByRole('rowheader', { name: snapshot.name }, wait);
    expect(
      screen.getByRole('columnheader', { name: 'Source volume' }),
    ).toBeInTheDocument();
    const row = rowOf(snapshot.name);
    await waitFor(() =>
      expect(within(row).getByRole('link', { name })).toHaveAttribute(
        'href',
        `/volumes/${id}`,
      ),
    );
  });

  it('names a deleted source volume by its id, unlinked', async () => {
    const made = await call('/volumes', {
      method: 'POST',
      body: { name: 'short-lived', size_gb: 5, region: 'lagos-1' },
    });
    const id: string = made.body.data.id;
    advanceClock(60_000);
    const taken = await call(`/volumes/${id}/snapshots`, {
      method: 'POST',
      body: { name: 'last-copy' },
    });
    expect(taken.status).toBe(201);
    advanceClock(60_000);
    expect((await call(`/volumes/${id}`, { method: 'DELETE' })).status).toBe(
      204,
    );

    renderAt('/snapshots?per_page=100');
    await screen.findByRole('rowheader', { name: 'last-copy' }, wait);
    const row = rowOf('last-copy');
    await waitFor(() =>
      expect(row).toHaveTextContent(`Deleted volume (${id})`),
    );
    expect(within(row).queryByRole('link', { name: /Deleted|vol-/ })).toBe(
      null,
    );
  });

  it('filters by volume in the URL, back on page 1', async () => {
    const user = userEvent.setup();
    const { search } = renderAt('/snapshots?per_page=2&page=2');
    await screen.findByText(/Showing 3–4 of/, undefined, wait);
    const source = volume('db-primary-data');
    const picker = screen.getByLabelText('Source volume');
    await waitFor(() =>
      expect(
        within(picker).getByRole('option', { name: source.name }),
      ).toBeVisible(),
    );

    await user.selectOptions(picker, source.name);
    expect(search()).toBe(`?per_page=2&volume_id=${source.id}`);
    const expected = state()
      .snapshots.filter((s) => s.volume_id === source.id)
      .map((s) => s.name)
      .sort();
    await waitFor(() =>
      expect(
        screen
          .getAllByRole('rowheader')
          .map((h) => h.textContent)
          .sort(),
      ).toEqual(expected),
    );
    expect(asked).toContain(
      `/v1/snapshots?page=1&per_page=2&volume_id=${source.id}`,
    );
  });

  it('says what to do when a volume has no snapshots', async () => {
    const { id } = volume('backups-archive');
    renderAt(`/snapshots?volume_id=${id}`);
    const empty = await screen.findByRole(
      'heading',
      { name: 'No snapshots of backups-archive' },
      wait,
    );
    const panel = empty.parentElement!;
    expect(panel).toHaveTextContent('take a snapshot of it');
    expect(
      within(panel).getByRole('link', { name: 'Open backups-archive' }),
    ).toHaveAttribute('href', `/volumes/${id}`);
    expect(
      within(panel).getByRole('link', { name: 'Show all snapshots' }),
    ).toHaveAttribute('href', '/snapshots');
  });
});
