import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { beforeEach, describe, expect, it } from 'vitest';
import { signIn } from '../../api/session';
import type { Account } from '../../api/types';
import { server } from '../../mocks/node';
import { DEMO_TOKEN } from '../../mocks/seed';
import { DetailsTab } from './details-tab';

const account: Account = {
  id: 'acct-7h3n2b8v4z',
  name: 'Chidi Eze',
  email: 'chidi@example.ng',
  company: 'Eze & Daughters',
  currency: 'NGN',
  balance: -12500.5,
  created_at: '2025-12-31T23:30:00Z',
};

function answerAccount(data: Account) {
  server.use(
    http.get('*/v1/account', () =>
      HttpResponse.json(
        { data, meta: { request_id: 'req-account00001' } },
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

function renderDetails() {
  const client = new QueryClient({
    defaultOptions: { queries: { retry: false } },
  });
  render(
    <QueryClientProvider client={client}>
      <DetailsTab />
    </QueryClientProvider>,
  );
}

/** Each term of the list with the text of its definition. */
async function shownDetails() {
  await screen.findByText(account.email);
  return Object.fromEntries(
    screen
      .getAllByRole('term')
      .map((term) => [term.textContent, term.nextElementSibling?.textContent]),
  );
}

describe('the account details', () => {
  beforeEach(() => signIn(DEMO_TOKEN));

  it('show an amount owed in the account currency, and UTC dates', async () => {
    answerAccount(account);
    renderDetails();
    expect(await shownDetails()).toMatchObject({
      Name: 'Chidi Eze',
      Email: 'chidi@example.ng',
      Company: 'Eze & Daughters',
      Currency: 'NGN',
      'Amount owed': 'NGN\u00a012,500.50',
      // Half past eleven on New Year's Eve, UTC: still 2025.
      Created: '31 Dec 2025',
    });
    expect(screen.queryByText('Credit')).not.toBeInTheDocument();
  });

  it('show a positive balance as credit', async () => {
    answerAccount({ ...account, currency: 'EUR', balance: 40 });
    renderDetails();
    expect(await shownDetails()).toMatchObject({ Credit: '€40.00' });
  });
});
