import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { recordRequests } from './requests-budget';

// What each journey costs the API (1000 requests an hour), against the
// budget it is allowed. `npm run requests` runs these alone and prints the
// figures; the whole suite keeps them within budget.

test.beforeEach(async ({ signIn }) => {
  await signIn();
});

const main = (page: Page) => page.getByRole('main');
const row = (page: Page, name: string) =>
  main(page)
    .getByRole('row')
    .filter({ has: page.getByRole('rowheader', { name, exact: true }) });

/** Opening a page cold: each page, and what it must show once it is drawn. */
const coldOpens: {
  page: string;
  path: string;
  budget: number;
  drawn: (page: Page) => Promise<void>;
}[] = [
  {
    page: 'instances list',
    path: '/instances',
    budget: 3,
    drawn: (page) => expect(page.getByText('Showing 1–25 of 40')).toBeVisible(),
  },
  {
    page: 'overview',
    path: '/',
    budget: 8,
    drawn: async (page) => {
      await expect(
        page.getByRole('region', { name: 'Spent this month so far' }),
      ).toContainText(/\$[\d,]+\.\d{2}/);
      await expect(
        page.getByRole('region', { name: 'In progress' }),
      ).toBeVisible();
    },
  },
  {
    page: 'volumes list',
    path: '/volumes',
    budget: 4,
    drawn: (page) =>
      expect(
        row(page, 'web-assets').getByRole('link', { name: 'web-1' }),
      ).toBeVisible(),
  },
  {
    page: 'snapshots list',
    path: '/snapshots',
    budget: 3,
    drawn: (page) => expect(row(page, 'db-primary-nightly')).toBeVisible(),
  },
  {
    page: 'networks list',
    path: '/networks',
    budget: 3,
    drawn: (page) =>
      expect(
        main(page).getByRole('cell', { name: '10.10.0.0/24' }),
      ).toBeVisible(),
  },
  {
    page: 'floating IPs list',
    path: '/floating-ips',
    budget: 5,
    drawn: (page) =>
      expect(
        main(page).getByRole('link', { name: 'web-1' }).first(),
      ).toBeVisible(),
  },
  {
    page: 'firewalls',
    path: '/firewalls',
    budget: 2,
    drawn: (page) =>
      expect(page.getByLabel('Instance', { exact: true })).toBeEnabled(),
  },
  {
    page: 'load balancers list',
    path: '/load-balancers',
    budget: 3,
    drawn: (page) =>
      expect(main(page).getByRole('rowheader').first()).toBeVisible(),
  },
  {
    page: 'billing',
    path: '/billing',
    budget: 1,
    drawn: (page) =>
      expect(page.getByText('1 Nov 2026 – 20 Nov 2026')).toBeVisible(),
  },
  {
    page: 'API tokens',
    path: '/account/tokens',
    budget: 3,
    drawn: (page) =>
      expect(page.getByRole('cell', { name: 'fgk_ro_d…' })).toBeVisible(),
  },
  {
    page: 'SSH keys',
    path: '/account/ssh-keys',
    budget: 3,
    drawn: (page) =>
      expect(page.getByRole('rowheader', { name: 'laptop' })).toBeVisible(),
  },
];

for (const open of coldOpens) {
  test(`opening the ${open.page} cold`, async ({ page, api }) => {
    await page.goto(open.path);
    await open.drawn(page);
    await recordRequests(api, `open the ${open.page} cold`, open.budget);
  });
}

test('an instance from the list, and back', async ({ page, api }) => {
  await page.goto('/instances');
  await expect(page.getByText('Showing 1–25 of 40')).toBeVisible();
  await api.clear();

  await main(page).getByRole('link', { name: 'web-1', exact: true }).click();
  await expect(
    page.getByRole('heading', { name: 'web-1', level: 1 }),
  ).toBeVisible();
  await page.goBack();
  await expect(page.getByText('Showing 1–25 of 40')).toBeVisible();
  await recordRequests(api, 'open an instance from the list, and back', 3);
});

test('creating an instance and watching it come up', async ({
  page,
  api,
  clock,
}) => {
  await page.goto('/instances');
  await expect(page.getByText('Showing 1–25 of 40')).toBeVisible();
  await api.clear();

  await main(page).getByRole('link', { name: 'Create instance' }).click();
  await expect(
    page.getByRole('heading', { name: 'Create instance' }),
  ).toBeVisible();
  await page.getByLabel('Name').fill('web-budget');
  await page.getByLabel('Region').selectOption('lagos-1');
  await page.getByRole('radio', { name: 'Standard 1' }).check();
  await page.getByRole('button', { name: 'Create instance' }).click();
  await expect(page.getByRole('heading', { name: 'web-budget' })).toBeVisible();

  // Provisioning takes the mock 40 s; the poll backs off as it waits (2,
  // 4, 8, 16, then 30 s), so it is seen done a minute or so in; once it
  // is, polling stops, and the extra time costs nothing.
  await clock.advance(90_000);
  await expect(main(page).getByText('Running').first()).toBeVisible();
  await recordRequests(api, 'create an instance and watch it come up', 11, {
    polls: true,
  });
});

test('stopping an instance', async ({ page, api, clock }) => {
  await page.goto('/instances?name=web-1');
  await main(page).getByRole('link', { name: 'web-1', exact: true }).click();
  await expect(
    page.getByRole('heading', { name: 'web-1', level: 1 }),
  ).toBeVisible();
  await api.clear();

  await page.getByRole('button', { name: 'Stop' }).click();
  await page.getByRole('button', { name: 'Stop instance' }).click();
  await clock.advance(30_000);
  await expect(
    main(page).getByText('Stopped', { exact: true }).first(),
  ).toBeVisible();
  await recordRequests(api, 'stop an instance and see it stopped', 4, {
    polls: true,
  });
});
