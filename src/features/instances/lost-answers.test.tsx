import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
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
 * The tabs' attach actions after a dropped connection: each looks at what
 * the action would have changed and says whether it happened.
 */

let writes = 0;
const countWrite = ({ request }: { request: Request }) => {
  if (request.method === 'POST') writes += 1;
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
