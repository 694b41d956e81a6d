import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { signIn } from '../../api/session';
import type { Usage } from '../../api/types';
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

function usage(
  costs: number[],
  total: number,
  hourlyRate = 0.01,
  // By default more than the hours left can cost: no cap is reached.
  restOfMonth = hourlyRate * 1000,
): Usage {
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
    hourly_rate: hourlyRate,
    rest_of_month: restOfMonth,
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

// The chart's module, with the charting library, is the slowest to load
// on a busy machine.
const chartLoad = { timeout: 5000 };

/** Every cell, card and label that states the total. */
async function shownTotals() {
  const card = await screen.findByText('Total', { selector: 'dt' });
  const cardValue = card.nextElementSibling?.textContent;
  const table = await screen.findByRole(
    'table',
    { name: 'Cost by category' },
    chartLoad,
  );
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
    // Intl rounds 1.005 half up to $1.01; three lines shown as $0.34 each
    // would add up to $1.02.
    expect(await shownTotals()).toEqual(['$1.01', '$1.01']);
    const lines = screen.getByRole('region', { name: 'Instances usage' });
    const costs = within(lines)
      .getAllByRole('row')
      .slice(1)
      .map((row) => row.lastElementChild?.textContent);
    expect(costs).toEqual(['$0.34', '$0.34', '$0.34']);
    expect(document.body).not.toHaveTextContent('$1.02');
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

describe('the month-end projection', () => {
  // 20 Nov 2026, 09:00 UTC: 10 days and 15 hours, 255 hours, are left.
  const fixedNow = Date.parse('2026-11-20T09:00:00Z');

  beforeEach(() => {
    signIn(DEMO_TOKEN);
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(fixedNow);
  });
  afterEach(() => vi.useRealTimers());

  async function shownProjection() {
    const summary = await screen.findByRole('region', { name: 'Summary' });
    const figure = await within(summary).findByText(/^\$/, {
      selector: '[data-projection]',
    });
    return { figure: figure.textContent, note: figure.parentElement };
  }

  it('adds the hourly rate for the hours left in the month (UTC)', async () => {
    const answer = usage([41.37], 41.37, 0.0137);
    answerUsage(answer);
    renderBilling('/billing');
    const hoursLeft = (Date.UTC(2026, 11, 1) - fixedNow) / 3_600_000;
    expect(hoursLeft).toBe(255);
    // 41.37 + 0.0137 × 255 = 41.37 + 3.4935 = 44.8635
    const { figure, note } = await shownProjection();
    expect(figure).toBe('$44.86');
    expect(note).toHaveTextContent(
      'Estimated month end: $44.86 — an estimate: month to date plus ' +
        '$0.0137 an hour',
    );
  });

  it('stops at what the monthly prices leave of the month', async () => {
    // 255 hours at $0.036 would be $9.18; the plan's $24.00 a month caps
    // the rest at $6.72, as the API says.
    answerUsage(usage([17.28], 17.28, 0.036, 6.72));
    renderBilling('/billing');
    const { figure, note } = await shownProjection();
    expect(figure).toBe('$24.00');
    expect(note).toHaveTextContent(
      'no resource costing more than its monthly price',
    );
  });

  it('rounds the sum once, as the figures it adds are shown', async () => {
    // Month to date $1.01 (1.005) plus 255 hours at $0.01: 3.555, $3.56.
    answerUsage(usage([0.335, 0.335, 0.335], 1.005, 0.01));
    renderBilling('/billing');
    expect((await shownProjection()).figure).toBe('$3.56');
  });

  it('is not offered for a month that has ended', async () => {
    answerUsage(usage([0.1, 0.2], 0.3));
    renderBilling('/billing?range=last-month');
    await shownTotals();
    expect(screen.queryByText(/Estimated month end/)).not.toBeInTheDocument();
  });
});
