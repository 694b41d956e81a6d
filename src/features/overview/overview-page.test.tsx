import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { createMemoryRouter, matchRoutes, RouterProvider } from 'react-router';
import { beforeEach, describe, expect, it } from 'vitest';
import { signIn } from '../../api/session';
import type { Usage } from '../../api/types';
import { routes } from '../../app/router';
import { state } from '../../mocks/control';
import { server } from '../../mocks/node';
import { DEMO_TOKEN } from '../../mocks/seed';
import { call } from '../../mocks/test-utils';
import { OverviewPage } from './overview-page';

/** This month's usage: lines of these costs, and the API's own total. */
function usage(costs: number[], total: number): Usage {
  return {
    period: { start: '2026-11-01T00:00:00Z', end: '2026-11-20T09:00:00Z' },
    currency: 'USD',
    summary: { compute: total, storage: 0, networking: 0, total },
    breakdown: {
      instances: costs.map((cost, index) => ({
        id: `inst-line${index + 1}`,
        name: `web-${index + 1}`,
        plan: 'standard-1',
        hours: 10,
        cost,
        deleted: false,
      })),
      volumes: [],
      load_balancers: [],
      floating_ips: [],
      bandwidth: { egress_gb: 0, included_gb: 0, cost: 0 },
    },
    hourly_rate: 0.01,
    rest_of_month: 1,
  };
}

function answerUsage(data: Usage) {
  server.use(
    http.get('*/v1/account/usage', () =>
      HttpResponse.json(
        { data, meta: { request_id: 'req-usage0000002' } },
        {
          headers: {
            'X-RateLimit-Limit': '1000',
            'X-RateLimit-Remaining': '999',
            'X-RateLimit-Reset': '1795000000',
            Date: new Date().toUTCString(),
          },
        },
      ),
    ),
  );
}

function renderOverview() {
  const client = new QueryClient({
    defaultOptions: { queries: { retry: false } },
  });
  const router = createMemoryRouter([{ path: '/', Component: OverviewPage }]);
  render(
    <QueryClientProvider client={client}>
      <RouterProvider router={router} />
    </QueryClientProvider>,
  );
}

async function shownSpend() {
  const card = await screen.findByRole('region', {
    name: 'Spent this month so far',
  });
  return (await within(card).findByText(/^\$/)).textContent;
}

describe('the overview spend card', () => {
  beforeEach(() => signIn(DEMO_TOKEN));

  it("shows the API's month-to-date total, as billing does", async () => {
    answerUsage(usage([0.335, 0.335, 0.335], 1.005));
    renderOverview();
    // $1.01, not $1.02: the three lines' rounded $0.34s are not re-added.
    expect(await shownSpend()).toBe('$1.01');
  });

  it('shows $0.30 for lines of 0.10 and 0.20', async () => {
    answerUsage(usage([0.1, 0.2], 0.3));
    renderOverview();
    expect(await shownSpend()).toBe('$0.30');
  });
});

/** Whether an address lands on one of the console's pages. */
function isPage(href: string) {
  const { pathname } = new URL(href, 'http://localhost');
  const matches = matchRoutes(routes, pathname) ?? [];
  return matches.length > 0 && matches.every((m) => m.route.path !== '*');
}

describe('the overview in-progress list', () => {
  beforeEach(() => signIn(DEMO_TOKEN));

  it('links every kind to a page that exists', async () => {
    const volume = await call('/volumes', {
      method: 'POST',
      body: { name: 'fresh-disk', size_gb: 10, region: 'lagos-1' },
    });
    expect(volume.status).toBe(201);
    const balancer = await call('/load-balancers', {
      method: 'POST',
      body: {
        name: 'fresh-lb',
        region: 'lagos-1',
        algorithm: 'round_robin',
        protocol: 'http',
        port: 80,
        backend_port: 8080,
        health_check: {
          path: '/health',
          interval: 10,
          timeout: 5,
          unhealthy_threshold: 3,
        },
      },
    });
    expect(balancer.status).toBe(201);
    renderOverview();

    const list = await screen.findByRole('region', { name: 'In progress' });
    // Each kind's list arrives on its own; the rows fill in as they do.
    const kinds = () =>
      new Set(
        within(list)
          .queryAllByRole('listitem')
          .map((row) => row.firstChild?.textContent),
      );
    await waitFor(
      () =>
        expect(kinds()).toEqual(
          new Set(['Instance', 'Volume', 'Snapshot', 'Load balancer']),
        ),
      { timeout: 5_000 },
    );
    for (const link of within(list).getAllByRole('link')) {
      const href = link.getAttribute('href')!;
      expect(isPage(href), href).toBe(true);
    }

    // A pending snapshot opens its volume's snapshots, where it is listed.
    const pending = state().snapshots.find((s) => s.status === 'pending')!;
    expect(
      within(list).getByRole('link', { name: pending.name }),
    ).toHaveAttribute('href', `/snapshots?volume_id=${pending.volume_id}`);
  });
});
