import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { advanceClock, setFault, state } from '../../mocks/control';
import { server } from '../../mocks/node';
import { call, DEMO_TOKEN } from '../../mocks/test-utils';
import { renderRoute } from './test-render';

vi.mock('../../api/query-client', async (original) =>
  (await import('./test-render')).withTestQueryClient(await original()),
);
vi.mock('../../components/toast', () => ({
  notify: { success: vi.fn(), error: vi.fn() },
}));

/*
 * The tabs' attach actions and the settings tab's changes after a dropped
 * connection: each looks at what it would have changed and says whether
 * it happened.
 */

let writes = 0;
const countWrite = ({ request }: { request: Request }) => {
  if (request.method !== 'GET') writes += 1;
};

beforeEach(() => {
  writes = 0;
  server.events.on('request:start', countWrite);
});
afterEach(() => server.events.removeListener('request:start', countWrite));

const ada = () => state().instances.find((i) => i.name === 'dev-ada')!;

async function openTab(tab: string) {
  await renderRoute(`/instances/${ada().id}/${tab}`, DEMO_TOKEN);
  await screen.findByRole('heading', { level: 1, name: 'dev-ada' });
  return userEvent.setup();
}

const drop = () => setFault({ type: 'drop', method: 'POST', count: 1 });

describe('after a lost answer', { timeout: 20_000 }, () => {
  it('a volume attached from the storage tab is found attached', async () => {
    // A second free volume, so that the form stays after the attach.
    const spare = await call('/volumes', {
      method: 'POST',
      body: { name: 'spare-data', size_gb: 10, region: 'lagos-1' },
    });
    expect(spare.status).toBe(201);
    advanceClock(60_000);
    writes = 0;
    const user = await openTab('storage');
    const select = await screen.findByLabelText('Volume', undefined, {
      timeout: 5_000,
    });
    await user.selectOptions(
      select,
      within(select).getByRole('option', { name: /^backups-archive / }),
    );
    drop();
    await user.click(screen.getByRole('button', { name: 'Attach volume' }));

    expect(
      await screen.findByText('backups-archive was attached to dev-ada.'),
    ).toHaveAttribute('role', 'status');
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    const volume = state().volumes.find((v) => v.name === 'backups-archive');
    expect(volume?.instance_id).toBe(ada().id);
    expect(writes).toBe(1);
  });

  it('a network joined from the networking tab is found with it as member', async () => {
    const user = await openTab('networking');
    const select = await screen.findByLabelText(
      'Attach to a network',
      undefined,
      { timeout: 5_000 },
    );
    await user.selectOptions(
      select,
      within(select).getByRole('option', { name: /^lagos-workers / }),
    );
    drop();
    await user.click(screen.getByRole('button', { name: 'Attach' }));

    expect(
      await screen.findByText('Attached to lagos-workers.'),
    ).toHaveAttribute('role', 'status');
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(writes).toBe(1);
  });

  it('an address assigned from the networking tab is found pointing here', async () => {
    const free = state().floatingIps.find(
      (ip) => ip.region === 'lagos-1' && ip.instance_id === null,
    )!;
    const user = await openTab('networking');
    const select = await screen.findByLabelText(
      'Assign a floating IP',
      undefined,
      { timeout: 5_000 },
    );
    await user.selectOptions(select, free.ip);
    drop();
    await user.click(screen.getByRole('button', { name: 'Assign' }));

    expect(
      await screen.findByText(`${free.ip} now points at dev-ada.`),
    ).toHaveAttribute('role', 'status');
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(
      await screen.findByRole('button', {
        name: `Copy floating IP ${free.ip}`,
      }),
    ).toBeInTheDocument();
    expect(writes).toBe(1);
  });
});

const openSettings = () => openTab('settings');

/** dev-ada by its id, whatever it has been renamed to. */
const adaId = ada().id;
const current = () => state().instances.find((i) => i.id === adaId)!;

/** The connection fails before the request reaches the API. */
function failBeforeWrite() {
  server.use(
    http.patch('*/v1/instances/:id', () => HttpResponse.error(), {
      once: true,
    }),
  );
}

describe('after a lost answer to a change', { timeout: 20_000 }, () => {
  it('a rename that went through is said to be done', async () => {
    const user = await openSettings();
    const name = await screen.findByLabelText('Name');
    await user.clear(name);
    await user.type(name, 'dev-ada-2');
    setFault({ type: 'drop', method: 'PATCH', count: 1 });
    await user.click(screen.getByRole('button', { name: 'Rename' }));

    expect(await screen.findByText('Renamed to dev-ada-2.')).toHaveAttribute(
      'role',
      'status',
    );
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(current().name).toBe('dev-ada-2');
    expect(name).toHaveValue('dev-ada-2');
    expect(writes).toBe(1);
  });

  it('a rename that never arrived says so and keeps the new name typed', async () => {
    const user = await openSettings();
    const name = await screen.findByLabelText('Name');
    await user.clear(name);
    await user.type(name, 'dev-ada-2');
    failBeforeWrite();
    await user.click(screen.getByRole('button', { name: 'Rename' }));

    expect(
      await screen.findByText(
        'The instance is still named dev-ada. You can rename it again.',
      ),
    ).toHaveAttribute('role', 'status');
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(current().name).toBe('dev-ada');
    expect(name).toHaveValue('dev-ada-2');
  });

  it('tags that were saved, and tags that were not', async () => {
    const user = await openSettings();
    const tags = await screen.findByLabelText('Tags');
    await user.clear(tags);
    await user.type(tags, 'staging, api');
    setFault({ type: 'drop', method: 'PATCH', count: 1 });
    await user.click(screen.getByRole('button', { name: 'Save tags' }));
    expect(await screen.findByText('The tags were saved.')).toBeVisible();
    expect(current().tags).toEqual(['staging', 'api']);

    await user.clear(tags);
    await user.type(tags, 'web');
    failBeforeWrite();
    await user.click(screen.getByRole('button', { name: 'Save tags' }));
    expect(
      await screen.findByText(
        'The tags were not changed. You can save them again.',
      ),
    ).toBeVisible();
    expect(current().tags).toEqual(['staging', 'api']);
    expect(tags).toHaveValue('web');
  });
});
