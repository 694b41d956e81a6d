import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import type { QueryClient } from '@tanstack/react-query';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { afterEach, describe, expect, it, onTestFinished, vi } from 'vitest';
import { advance, settleUntil } from '../../../tests/fake-time';
import { advanceClock, setFault, state } from '../../mocks/control';
import { server } from '../../mocks/node';
import { call, DEMO_TOKEN } from '../../mocks/test-utils';
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

/** Counts the GETs of one instance. */
function watchRequests(id: string) {
  const seen = { reads: 0 };
  const path = `/v1/instances/${id}`;
  const start = ({ request }: { request: Request }) => {
    const url = new URL(request.url);
    if (request.method === 'GET' && url.pathname === path) seen.reads += 1;
  };
  server.events.on('request:start', start);
  onTestFinished(() => {
    server.events.removeListener('request:start', start);
  });
  return seen;
}

/**
 * Moves fake time on a second at a time, letting the requests sent on the
 * way be answered before the next step, until `done`.
 */
async function advanceUntil(
  client: QueryClient,
  done: () => boolean,
  limit = 3 * 60_000,
) {
  for (let elapsed = 0; !done(); elapsed += 1_000) {
    if (elapsed > limit) throw new Error(`Not done after ${limit} ms`);
    await advance(client, 1_000);
  }
}

async function openPage(name: string) {
  const instance = seeded(name);
  const { client } = await renderRoute(`/instances/${instance.id}`, DEMO_TOKEN);
  await screen.findByRole('heading', { level: 1, name });
  return { ...instance, client };
}

/** The action bar's buttons are enabled once the token's scopes are known. */
async function button(name: string) {
  const found = await screen.findByRole('button', { name });
  await waitFor(() => expect(found).toBeEnabled());
  return found;
}

afterEach(() => {
  vi.useRealTimers();
  notify.success.mockReset();
  notify.error.mockReset();
});

describe('Resize', () => {
  it('shows Resizing at once, then Running, then stops polling', async () => {
    // No timers in the clicks: time is faked once the resize is sent.
    const user = userEvent.setup({ delay: null });
    const web = await openPage('web-1');
    const seen = watchRequests(web.id);

    await user.click(await button('Resize…'));
    const dialog = await screen.findByRole('dialog', { name: 'Resize web-1' });
    // Only plans with at least the current 80 GB disk, not the current one.
    const choices = await within(dialog).findAllByRole('radio');
    expect(choices.map((radio) => radio.getAttribute('value'))).toEqual([
      'standard-4',
      'cpu-4',
      'standard-8',
      'memory-4',
      'cpu-8',
    ]);
    const confirm = within(dialog).getByRole('button', {
      name: 'Resize instance',
    });
    expect(confirm).toBeDisabled();

    // Prices read as they are billed, everywhere: by the hour, capped by
    // the month; each plan says what it changes from the current one.
    expect(dialog).toHaveTextContent(
      'Now on Standard 2: 2 vCPU · 4 GB RAM · 80 GB disk, $0.036 an hour, at most $24.00 a month.',
    );
    const standard4 = within(dialog).getByRole('radio', { name: 'Standard 4' });
    expect(standard4).toHaveAccessibleDescription(
      '+$0.035 an hour, +$24.00 a month 4 vCPU · 8 GB RAM · 160 GB disk $0.071 an hour, at most $48.00 a month',
    );
    expect(dialog).not.toHaveTextContent('/mo');

    await user.click(standard4);
    expect(dialog).toHaveTextContent(
      'Price: $0.036 an hour, at most $24.00 a month → $0.071 an hour, at most $48.00 a month (+$0.035 an hour, +$24.00 a month)',
    );
    await user.click(
      within(dialog).getByRole('radio', { name: 'CPU-Optimized 4' }),
    );
    expect(dialog).toHaveTextContent(
      'Price: $0.036 an hour, at most $24.00 a month → $0.13 an hour, at most $84.00 a month (+$0.089 an hour, +$60.00 a month)',
    );
    await user.click(within(dialog).getByRole('radio', { name: /Standard 4/ }));
    // Polling starts with the answer to the resize; from here time is fake
    // (and the click a plain event: user-event waits on a timer of its own).
    vi.useFakeTimers();
    fireEvent.click(confirm);
    await settleUntil(web.client, () => screen.queryByRole('dialog') === null);

    // The 202 answer is the new state: no read was needed to show it.
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(screen.getByText('Resizing')).toBeInTheDocument();
    expect(seen.reads).toBe(0);
    expect(notify.success).toHaveBeenCalledWith(
      'Resizing web-1 to Standard 4.',
    );

    // Polling (2 s doubling to 30 s) sees the resize end after a minute.
    await advanceUntil(
      web.client,
      () => screen.queryByText('Running') !== null,
    );
    expect(screen.getByText('8 GB')).toBeInTheDocument();
    expect(seen.reads).toBeGreaterThanOrEqual(4);
    expect(seen.reads).toBeLessThanOrEqual(7);

    const settled = seen.reads;
    await advance(web.client, 5 * 60_000);
    expect(seen.reads).toBe(settled);
  });
});

describe('Stop', () => {
  it('asks, naming the instance, and shows a 409 in the dialog', async () => {
    const user = userEvent.setup();
    const web = await openPage('web-1');

    // Someone else stops it; the page still shows it running.
    await call(`/instances/${web.id}/actions`, {
      method: 'POST',
      body: { type: 'stop' },
    });
    await user.click(await button('Stop'));
    const dialog = await screen.findByRole('alertdialog', {
      name: 'Stop web-1?',
    });
    await user.click(
      within(dialog).getByRole('button', { name: 'Stop instance' }),
    );

    const alert = await within(dialog).findByRole('alert');
    expect(alert).toHaveTextContent(
      "Instance 'web-1' is stopping; wait until it is stopped, then try again",
    );
    expect(alert).toHaveTextContent(/Request ID req/);
    expect(screen.getByRole('alertdialog')).toBeInTheDocument();
    // The page was behind: it looks again and catches up.
    expect(await screen.findByText('Stopping')).toBeInTheDocument();
    expect(notify.success).not.toHaveBeenCalled();
  });

  it('stops a running instance once confirmed', async () => {
    const user = userEvent.setup();
    await openPage('web-2');

    await user.click(await button('Stop'));
    const dialog = await screen.findByRole('alertdialog', {
      name: 'Stop web-2?',
    });
    await user.click(
      within(dialog).getByRole('button', { name: 'Stop instance' }),
    );

    await waitFor(() => expect(screen.queryByRole('alertdialog')).toBeNull());
    expect(screen.getByText('Stopping')).toBeInTheDocument();
    expect(notify.success).toHaveBeenCalledWith('Stopping web-2.');
    // Stop is now disabled: focus goes to the page's heading, not nowhere.
    expect(screen.getByRole('button', { name: 'Stop' })).toBeDisabled();
    await waitFor(() =>
      expect(
        screen.getByRole('heading', { level: 1, name: 'web-2' }),
      ).toHaveFocus(),
    );
  });
});

describe('Rebuild', () => {
  it('preselects the current image, rebuilds from the one picked', async () => {
    const user = userEvent.setup();
    const web = await openPage('web-1');

    await user.click(await button('Rebuild…'));
    const dialog = await screen.findByRole('dialog', {
      name: 'Rebuild web-1?',
    });
    expect(dialog).toHaveTextContent(/everything on the disk of web-1/i);
    const image = await within(dialog).findByRole('combobox', {
      name: 'Image',
    });
    expect(image).toHaveValue('ubuntu-22.04');

    await user.selectOptions(image, 'debian-12');
    expect(dialog).toHaveTextContent('Debian 12 is installed afresh');
    await user.click(
      within(dialog).getByRole('button', { name: 'Rebuild instance' }),
    );

    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(screen.getByText('Rebuilding')).toBeInTheDocument();
    expect(seeded('web-1').status).toBe('rebuilding');
    expect(
      state().instances.find((i) => i.id === web.id)?.transition?.to,
    ).toMatchObject({ image: 'debian-12' });
  });
});

describe('Rebuild of an instance stopped meanwhile', () => {
  it('shows the 409 in the dialog, then holds Rebuild back', async () => {
    const user = userEvent.setup();
    const web = await openPage('web-1');

    // Someone else stops it; the page still shows it running.
    await call(`/instances/${web.id}/actions`, {
      method: 'POST',
      body: { type: 'stop' },
    });
    advanceClock(10_000);
    await user.click(await button('Rebuild…'));
    const dialog = await screen.findByRole('dialog', {
      name: 'Rebuild web-1?',
    });
    await within(dialog).findByRole('combobox', { name: 'Image' });
    await user.click(
      within(dialog).getByRole('button', { name: 'Rebuild instance' }),
    );

    expect(await within(dialog).findByRole('alert')).toHaveTextContent(
      "Instance 'web-1' is stopped; start it first, then rebuild it",
    );
    expect(seeded('web-1').status).toBe('stopped');
    // The page catches up: Rebuild and Resize now wait for a start.
    expect(await screen.findByText('Stopped')).toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    for (const name of ['Rebuild…', 'Resize…']) {
      const held = screen.getByRole('button', { name });
      expect(held).toBeDisabled();
      expect(held).toHaveAccessibleDescription(
        'Start web-1 before rebooting, rebuilding or resizing it.',
      );
    }
    expect(notify.success).not.toHaveBeenCalled();
  });
});

describe('an action whose answer was lost', () => {
  async function stop(name: string) {
    const user = userEvent.setup();
    await user.click(await button('Stop'));
    const dialog = await screen.findByRole('alertdialog', {
      name: `Stop ${name}?`,
    });
    await user.click(
      within(dialog).getByRole('button', { name: 'Stop instance' }),
    );
    return dialog;
  }

  it('is found done: the dialog closes as if the answer had come', async () => {
    await openPage('web-2');
    setFault({ type: 'drop', method: 'POST', count: 1 });
    await stop('web-2');

    await waitFor(() => expect(screen.queryByRole('alertdialog')).toBeNull());
    expect(screen.getByText('Stopping')).toBeInTheDocument();
    expect(notify.success).toHaveBeenCalledWith('Stopping web-2.');
    expect(seeded('web-2').status).toBe('stopping');
  });

  it('is found not done: the dialog says so and stays', async () => {
    await openPage('web-2');
    // The connection fails before the request reaches the API.
    server.use(
      http.post('*/v1/instances/:id/actions', () => HttpResponse.error(), {
        once: true,
      }),
    );
    const dialog = await stop('web-2');

    expect(await within(dialog).findByRole('alert')).toHaveTextContent(
      'a fresh look shows the instance as it was: nothing was done. You can try again.',
    );
    expect(seeded('web-2').status).toBe('running');
    expect(notify.success).not.toHaveBeenCalled();
  });
});
