import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactNode } from 'react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createQueryClient } from '../../api/query-client';
import { signIn, signOut } from '../../api/session';
import { nowIso } from '../../mocks/clock';
import { state } from '../../mocks/control';
import { DEMO_TOKEN } from '../../mocks/test-utils';
import { FirewallsPage } from './firewalls-page';
import { FloatingIpsPage } from './floating-ips-page';

let client: QueryClient;

beforeEach(() => {
  signIn(DEMO_TOKEN);
  client = createQueryClient();
  client.setDefaultOptions({ queries: { retry: false } });
  // More instances than one request reads, all newer than the seeded
  // ones: those fall past the first page of the API's newest-first list.
  const account = state();
  const model = account.instances.find((i) => i.name === 'cache-1')!;
  for (let n = 1; n <= 110; n++) {
    account.instances.push({
      ...structuredClone(model),
      id: `inst-bulk${n}`,
      name: `bulk-${n}`,
      created_at: nowIso(),
    });
  }
});

afterEach(() => {
  client.clear();
  signOut();
});

function renderAt(path: string, page: ReactNode) {
  const router = createMemoryRouter(
    [{ path: path.split('?')[0], element: page }],
    { initialEntries: [path] },
  );
  render(
    <QueryClientProvider client={client}>
      <RouterProvider router={router} />
    </QueryClientProvider>,
  );
  return { router, user: userEvent.setup() };
}

const idOf = (name: string) =>
  state().instances.find((i) => i.name === name)!.id;

describe('the Firewalls page with more instances than one request holds', () => {
  it('finds an instance past the first 100 by name, and opens its rules', async () => {
    const { router, user } = renderAt('/firewalls', <FirewallsPage />);
    const picker = screen.getByLabelText('Instance', { selector: 'select' });
    const search = await screen.findByRole('search');
    expect(search).toHaveTextContent(
      `Listing the first 100 of ${state().instances.length} instances`,
    );
    expect(within(picker).queryByRole('option', { name: /^dev-ada / })).toBe(
      null,
    );

    await user.type(within(search).getByRole('textbox'), 'Dev-A');
    await user.click(within(search).getByRole('button', { name: 'Find' }));
    const option = await within(picker).findByRole('option', {
      name: 'dev-ada (lagos-1)',
    });
    expect(search).toHaveTextContent(
      'Listing 1 instance whose name contains “dev-a”',
    );
    await user.selectOptions(picker, option);

    expect(router.state.location.search).toBe(`?instance=${idOf('dev-ada')}`);
    expect(
      await screen.findByRole('link', { name: 'dev-ada' }),
    ).toBeInTheDocument();
    // The choice stays on offer once the search is cleared.
    await user.clear(within(search).getByRole('textbox'));
    await user.click(within(search).getByRole('button', { name: 'Find' }));
    await waitFor(() =>
      expect(search).toHaveTextContent('Listing the first 100'),
    );
    expect(picker).toHaveValue(idOf('dev-ada'));
  });
});

describe('the Floating IPs page with more instances than one request holds', () => {
  it('names an assigned instance past the first 100', async () => {
    renderAt('/floating-ips', <FloatingIpsPage />);
    const table = await screen.findByRole('region', { name: 'Floating IPs' });
    expect(
      await within(table).findByRole('link', { name: 'web-1' }),
    ).toHaveAttribute('href', `/instances/${idOf('web-1')}/networking`);
    expect(within(table).getByRole('link', { name: 'bastion' })).toBeVisible();
  });

  it('assigns an address to an instance found by name', async () => {
    const { user } = renderAt('/floating-ips', <FloatingIpsPage />);
    const free = state().floatingIps.find(
      (f) => f.region === 'lagos-1' && f.instance_id === null,
    )!;
    await user.click(
      await screen.findByRole('button', { name: `Assign ${free.ip}` }),
    );
    const dialog = screen.getByRole('dialog', { name: `Assign ${free.ip}` });
    const search = await within(dialog).findByRole('search');
    await user.type(within(search).getByRole('textbox'), 'dev-ada');
    await user.click(within(search).getByRole('button', { name: 'Find' }));
    const picker = within(dialog).getByLabelText('Instance in lagos-1');
    await within(picker).findByRole('option', { name: 'dev-ada' });
    await user.selectOptions(picker, 'dev-ada');
    await user.click(within(dialog).getByRole('button', { name: 'Assign' }));

    await waitFor(() =>
      expect(state().floatingIps.find((f) => f.ip === free.ip)).toMatchObject({
        instance_id: idOf('dev-ada'),
      }),
    );
  });
});
