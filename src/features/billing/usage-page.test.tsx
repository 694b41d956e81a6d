import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { beforeEach, describe, expect, it } from 'vitest';
import { signIn } from '../../api/session';
import type { Usage } from '../../api/types';
import { formatMoney } from '../../lib/format';
import { server } from '../../mocks/node';
import { DEMO_TOKEN } from '../../mocks/seed';
import { UsagePage } from './usage-page';

const line = (n: number, cost: number) => ({
  id: `inst-line${n}`,
  name: `web-${n}`,
  plan: 'standard-1',
  hours: 10,
  cost,
  deleted: false,
});

function usage(costs: number[], total: number): Usage {
  return {
    period: { start: '2026-10-01T00:00:00Z', end: '2026-10-31T23:59:59Z' },
    currency: 'USD',
    summary: { compute: total, storage: 0, networking: 0, total },
    breakdown: {
      instances: costs.map((cost, index) => line(index + 1, cost)),
      volumes: [],
      load_balancers: [],
      floating_ips: [],
      bandwidth: { egress_gb: 0, included_gb: 0, cost: 0 },
    },
    hourly_rate: 0.01,
  };
}

// What every answer of the API carries, as the contract says.
const rateLimitHeaders = {
  'X-RateLimit-Limit': '1000',
  'X-RateLimit-Remaining': '999',
  'X-RateLimit-Reset': '1795000000',
  Date: new Date().toUTCString(),
};

function answerUsage(data: Usage) {
  server.use(
    http.get('*/v1/account/usage', () =>
      HttpResponse.json(
        { data, meta: { request_id: 'req-usage0000001' } },
        { headers: rateLimitHeaders },
      ),
    ),
  );
}

function renderBilling(path = '/billing?range=last-month') {
  const client = new QueryClient({
    defaultOptions: { queries: { retry: false } },
  });
  const router = createMemoryRouter(
    [{ path: '/billing', Component: UsagePage }],
    { initialEntries: [path] },
  );
  render(
    <QueryClientProvider client={client}>
      <RouterProvider router={router} />
    </QueryClientProvider>,
  );
}

/** Every cell, card and label that states the total. */
async function shownTotals() {
  const card = await screen.findByText('Total', { selector: 'dt' });
  const cardValue = card.nextElementSibling?.textContent;
  const table = await screen.findByRole('table', { name: 'Cost by category' });
  const footer = within(table).getByRole('rowheader', { name: 'Total' });
  const footerValue = footer.nextElementSibling?.textContent;
  return [cardValue, footerValue];
}

describe('the usage dashboard', () => {
  beforeEach(() => signIn(DEMO_TOKEN));

  it('is pinned to en-US here, as the browser tests are', () => {
    expect(new Intl.NumberFormat().resolvedOptions().locale).toBe('en-US');
  });

  it("shows the API's total wherever it shows one, not a sum of lines", async () => {
    answerUsage(usage([0.335, 0.335, 0.335], 1.005));
    renderBilling();
    const totals = await shownTotals();
    expect(totals).toEqual([formatMoney(1.005), formatMoney(1.005)]);
    // Three lines shown as $0.34 each would add up to $1.02.
    expect(totals[0]).not.toBe('$1.02');
  });

  it('shows $0.30 for lines of 0.10 and 0.20', async () => {
    answerUsage(usage([0.1, 0.2], 0.3));
    renderBilling();
    expect(await shownTotals()).toEqual(['$0.30', '$0.30']);
  });

  it('refuses a custom range that starts after it ends', async () => {
    renderBilling('/billing?range=custom&start=2026-11-10&end=2026-11-01');
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'The start date must be on or before the end date',
    );
  });
});
