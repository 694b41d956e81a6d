import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, onTestFinished, vi } from 'vitest';
import { readOnlyReason } from '../../api/queries/account';
import { state } from '../../mocks/control';
import { server } from '../../mocks/node';
import { DEMO_READONLY_TOKEN, DEMO_TOKEN } from '../../mocks/test-utils';
import { formatDateTime } from '../../lib/format';
import { renderRoute } from './test-render';

vi.mock('../../api/query-client', async (original) =>
  (await import('./test-render')).withTestQueryClient(await original()),
);

function seeded(name: string) {
  const instance = state().instances.find((item) => item.name === name);
  if (!instance) throw new Error(`No seeded instance ${name}`);
  return instance;
}

/** The value beside a label in the overview's description list. */
function fact(label: string) {
  const term = screen.getByText(label, { selector: 'dt' });
  return term.nextElementSibling as HTMLElement;
}

describe('Instance detail page', () => {
  it("shows the seeded instance's specs, names and dates", async () => {
    const web = seeded('web-1');
    await renderRoute(`/instances/${web.id}`, DEMO_TOKEN);

    expect(
      await screen.findByRole('heading', { level: 1, name: 'web-1' }),
    ).toBeInTheDocument();
    expect(screen.getByText('Running')).toBeInTheDocument();
    expect(screen.getByText(web.id)).toBeInTheDocument();
    expect(
      screen.getByRole('button', { name: 'Copy instance ID' }),
    ).toBeInTheDocument();

    expect(fact('vCPUs')).toHaveTextContent('2');
    expect(fact('Memory')).toHaveTextContent('4 GB');
    expect(fact('Disk')).toHaveTextContent('80 GB');
    expect(fact('Public IP')).toHaveTextContent(web.public_ip ?? 'missing');
    expect(fact('Private IP')).toHaveTextContent('10.10.0.2');
    await waitFor(() => expect(fact('Region')).toHaveTextContent('Lagos'));
    await waitFor(() =>
      expect(fact('Plan')).toHaveTextContent('Standard 2 · $24.00 a month'),
    );
    expect(fact('Image')).toHaveTextContent('Ubuntu 22.04 LTS');
    expect(fact('Tags')).toHaveTextContent('productionweb');
    expect(fact('Backups')).toHaveTextContent('On');

    const created = within(fact('Created')).getByText(
      formatDateTime(web.created_at),
    );
    expect(created.tagName).toBe('TIME');
    expect(created).toHaveAttribute('dateTime', web.created_at);
    expect(created.textContent).toMatch(/^\d{1,2} \w{3} \d{4}, \d\d:\d\d UTC$/);
  });

  it('gives each tab its own URL', async () => {
    const user = userEvent.setup();
    const web = seeded('web-1');
    const { router } = await renderRoute(`/instances/${web.id}`, DEMO_TOKEN);

    await user.click(await screen.findByRole('link', { name: 'Firewall' }));
    expect(await screen.findByText('Office SSH')).toBeInTheDocument();
    expect(router.state.location.pathname).toBe(
      `/instances/${web.id}/firewall`,
    );
    expect(
      screen.getByRole('link', { name: 'Firewall', current: 'page' }),
    ).toBeInTheDocument();
  });

  it('offers the actions the state allows, and says why not', async () => {
    await renderRoute(`/instances/${seeded('dev-ada').id}`, DEMO_TOKEN);

    const start = await screen.findByRole('button', { name: 'Start' });
    await waitFor(() => expect(start).toBeEnabled());
    expect(screen.queryByRole('button', { name: 'Stop' })).toBeNull();
    for (const name of ['Reboot', 'Rebuild…', 'Resize…']) {
      const button = screen.getByRole('button', { name });
      expect(button).toBeDisabled();
      expect(button).toHaveAccessibleDescription(
        'Start dev-ada before rebooting, rebuilding or resizing it.',
      );
    }
    const del = screen.getByRole('button', { name: 'Delete…' });
    expect(del).toBeEnabled();
    expect(del).not.toHaveAccessibleDescription();
  });

  it('disables every action for a read-only token, saying why', async () => {
    await renderRoute(`/instances/${seeded('web-1').id}`, DEMO_READONLY_TOKEN);

    await screen.findByRole('heading', { level: 1, name: 'web-1' });
    expect(await screen.findByText(readOnlyReason)).toBeVisible();
    const actions = ['Stop', 'Reboot', 'Rebuild…', 'Resize…', 'Delete…'];
    for (const name of actions) {
      const button = screen.getByRole('button', { name });
      expect(button).toBeDisabled();
      expect(button).toHaveAccessibleDescription(readOnlyReason);
    }
  });

  it('sends Start once, however fast the clicks', async () => {
    const user = userEvent.setup();
    const ada = seeded('dev-ada');
    const posts: string[] = [];
    const record = ({ request }: { request: Request }) => {
      if (request.method === 'POST') posts.push(request.url);
    };
    server.events.on('request:start', record);
    onTestFinished(() => server.events.removeListener('request:start', record));
    await renderRoute(`/instances/${ada.id}`, DEMO_TOKEN);

    const start = await screen.findByRole('button', { name: 'Start' });
    await waitFor(() => expect(start).toBeEnabled());
    await user.dblClick(start);

    expect(await screen.findByText('Starting')).toBeInTheDocument();
    expect(posts).toEqual([
      expect.stringMatching(`/v1/instances/${ada.id}/actions$`),
    ]);
  });

  it('shows a not-found state with a way back for an unknown id', async () => {
    await renderRoute('/instances/inst-0000000000', DEMO_TOKEN);

    expect(
      await screen.findByRole('heading', { name: 'Instance not found' }),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('link', { name: 'Back to instances' }),
    ).toHaveAttribute('href', '/instances');
  });
});
