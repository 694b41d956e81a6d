import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { setFault, state } from '../../mocks/control';
import { server } from '../../mocks/node';
import { DEMO_TOKEN } from '../../mocks/test-utils';
import { renderRoute } from './test-render';

vi.mock('../../api/query-client', async (original) =>
  (await import('./test-render')).withTestQueryClient(await original()),
);
vi.mock('../../components/toast', () => ({
  notify: { success: vi.fn(), error: vi.fn() },
}));

/*
 * The settings tab's changes after a dropped connection: the instance,
 * read again, says whether each was saved.
 */

let writes = 0;
const countWrite = ({ request }: { request: Request }) => {
  if (request.method === 'PATCH') writes += 1;
};

beforeEach(() => {
  writes = 0;
  server.events.on('request:start', countWrite);
});
afterEach(() => server.events.removeListener('request:start', countWrite));

const ada = () => state().instances.find((i) => i.id === adaId)!;
let adaId = '';

async function openSettings() {
  adaId = state().instances.find((i) => i.name === 'dev-ada')!.id;
  await renderRoute(`/instances/${adaId}/settings`, DEMO_TOKEN);
  await screen.findByRole('heading', { level: 1, name: 'dev-ada' });
  return userEvent.setup();
}

/** The connection fails before the request reaches the API. */
function failBeforeWrite() {
  server.use(
    http.patch('*/v1/instances/:id', () => HttpResponse.error(), {
      once: true,
    }),
  );
}

describe('after a lost answer', { timeout: 20_000 }, () => {
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
    expect(ada().name).toBe('dev-ada-2');
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
    expect(ada().name).toBe('dev-ada');
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
    expect(ada().tags).toEqual(['staging', 'api']);

    await user.clear(tags);
    await user.type(tags, 'web');
    failBeforeWrite();
    await user.click(screen.getByRole('button', { name: 'Save tags' }));
    expect(
      await screen.findByText(
        'The tags were not changed. You can save them again.',
      ),
    ).toBeVisible();
    expect(ada().tags).toEqual(['staging', 'api']);
    expect(tags).toHaveValue('web');
  });
});
