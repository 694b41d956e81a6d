import { QueryClientProvider } from '@tanstack/react-query';
import { render, screen, within } from '@testing-library/react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { beforeEach, describe, expect, it } from 'vitest';
import { createQueryClient } from '../../api/query-client';
import { signIn } from '../../api/session';
import { advanceClock, state } from '../../mocks/control';
import { DEMO_TOKEN } from '../../mocks/seed';
import { call } from '../../mocks/test-utils';
import { VolumeDetailPage } from './volume-detail-page';

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

/** The value beside a label of the page's facts. */
async function fact(label: string) {
  const term = await screen.findByText(label, { selector: 'dt' });
  return term.nextElementSibling as HTMLElement;
}

/** A new volume restored from the seeded snapshot pre-upgrade. */
async function restoreFromPreUpgrade() {
  const snapshot = state().snapshots.find((s) => s.name === 'pre-upgrade')!;
  const made = await call('/volumes', {
    method: 'POST',
    body: {
      name: 'restored-db',
      size_gb: snapshot.size_gb,
      region: snapshot.region,
      snapshot_id: snapshot.id,
    },
  });
  expect(made.status).toBe(201);
  advanceClock(60_000);
  return { snapshot, volumeId: made.body.data.id as string };
}

describe('a volume restored from a snapshot', () => {
  beforeEach(() => signIn(DEMO_TOKEN));

  it("names the snapshot, linked to its volume's snapshots", async () => {
    const { snapshot, volumeId } = await restoreFromPreUpgrade();
    openVolume(volumeId);
    const value = await fact('Restored from');
    const link = await within(value).findByRole('link', {
      name: 'pre-upgrade',
    });
    expect(link).toHaveAttribute(
      'href',
      `/snapshots?volume_id=${snapshot.volume_id}`,
    );
    expect(value).not.toHaveTextContent(snapshot.id);
  });

  it('shows the id of a snapshot deleted since, marked deleted', async () => {
    const { snapshot, volumeId } = await restoreFromPreUpgrade();
    const removed = await call(`/snapshots/${snapshot.id}`, {
      method: 'DELETE',
    });
    expect(removed.status).toBe(204);
    openVolume(volumeId);
    const value = await fact('Restored from');
    expect(
      await within(value).findByText('(deleted)', { exact: false }),
    ).toBeVisible();
    expect(value).toHaveTextContent(`${snapshot.id} (deleted)`);
    expect(within(value).queryByRole('link')).toBe(null);
  });
});
