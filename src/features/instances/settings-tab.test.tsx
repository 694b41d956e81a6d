import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { state } from '../../mocks/control';
import { DEMO_TOKEN } from '../../mocks/test-utils';
import { renderRoute } from './test-render';

vi.mock('../../api/query-client', async (original) =>
  (await import('./test-render')).withTestQueryClient(await original()),
);

const notify = vi.hoisted(() => ({ success: vi.fn(), error: vi.fn() }));
vi.mock('../../components/toast', () => ({ notify }));

function seeded(name: string) {
  const instance = state().instances.find((item) => item.name === name);
  if (!instance) throw new Error(`No seeded instance ${name}`);
  return instance;
}

async function openSettings(name: string) {
  const user = userEvent.setup();
  const instance = seeded(name);
  const view = await renderRoute(
    `/instances/${instance.id}/settings`,
    DEMO_TOKEN,
  );
  await screen.findByRole('heading', { level: 1, name });
  return { ...view, user, instance };
}

describe('Settings tab', () => {
  it('checks a new name as it is typed, and shows a 422 under it', async () => {
    const { user, router, instance } = await openSettings('web-1');
    const name = await screen.findByRole('textbox', { name: 'Name' });
    const rename = screen.getByRole('button', { name: 'Rename' });
    await waitFor(() => expect(rename).toBeEnabled());

    await user.clear(name);
    await user.type(name, 'Web');
    expect(name).toHaveAccessibleDescription(
      /Use lowercase letters, digits and hyphens only/,
    );
    expect(name).toBeInvalid();

    await user.clear(name);
    await user.type(name, 'web-2');
    expect(name).toBeValid();
    await user.click(rename);
    expect(
      await screen.findByText(
        "An instance named 'web-2' already exists; choose another name",
      ),
    ).toBeInTheDocument();
    expect(name).toHaveAccessibleDescription(/already exists/);
    expect(name).toHaveValue('web-2');

    await user.clear(name);
    await user.type(name, 'web-primary');
    await user.click(rename);
    expect(
      await screen.findByRole('heading', { level: 1, name: 'web-primary' }),
    ).toBeInTheDocument();
    // Links go by id: the address does not change with the name.
    expect(router.state.location.pathname).toBe(
      `/instances/${instance.id}/settings`,
    );
    expect(notify.success).toHaveBeenCalledWith('Renamed to web-primary.');
  });

  it('saves tags typed with commas or spaces', async () => {
    const { user, instance } = await openSettings('web-1');
    const tags = await screen.findByRole('textbox', { name: 'Tags' });
    expect(tags).toHaveValue('production, web');
    const save = screen.getByRole('button', { name: 'Save tags' });
    await waitFor(() => expect(save).toBeEnabled());

    await user.type(tags, ' Frontend');
    expect(tags).toHaveAccessibleDescription(
      /Tag 'Frontend' can use only lowercase letters/,
    );

    await user.clear(tags);
    await user.type(tags, 'production,web team:growth  env:prod');
    await user.click(save);
    await waitFor(() =>
      expect(seeded('web-1').tags).toEqual([
        'production',
        'web',
        'team:growth',
        'env:prod',
      ]),
    );
    expect(instance.id).toBe(seeded('web-1').id);
  });

  it('opens the delete confirmation from the danger zone', async () => {
    const { user } = await openSettings('dev-ada');
    const remove = screen.getByRole('button', { name: 'Delete instance…' });
    await waitFor(() => expect(remove).toBeEnabled());
    await user.click(remove);
    expect(
      await screen.findByRole('alertdialog', { name: 'Delete dev-ada?' }),
    ).toBeInTheDocument();
  });
});
