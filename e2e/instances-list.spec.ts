import { expect, test } from './fixtures';

test.beforeEach(async ({ signIn }) => {
  await signIn();
});

test('opening the console cold costs at most three requests', async ({
  page,
  api,
  expectAccessible,
}) => {
  await page.goto('/instances');
  await expect(
    page.getByRole('link', { name: 'web-1', exact: true }),
  ).toBeVisible();
  await expect(page.getByText('Showing 1–25 of 40')).toBeVisible();

  const requests = await api.requests();
  expect(requests.length).toBeLessThanOrEqual(3);
  await expectAccessible('instances list');
});

test('filters and pages live in the URL', async ({ page }) => {
  await page.goto('/instances');
  await expect(
    page.getByRole('link', { name: 'web-1', exact: true }),
  ).toBeVisible();

  await page.getByRole('button', { name: 'Next' }).click();
  await expect(page).toHaveURL(/page=2/);

  // A filter change goes back to page 1 in the same navigation.
  await page.getByLabel('Region').selectOption('lagos-1');
  await expect(page).toHaveURL(/\/instances\?region=lagos-1$/);
  await expect(
    page.getByRole('link', { name: 'ke-web-1', exact: true }),
  ).toBeHidden();
  await expect(
    page.getByRole('link', { name: 'web-1', exact: true }),
  ).toBeVisible();

  await page.getByLabel('Search by name').fill('web');
  await expect(page).toHaveURL(/name=web/);
  await expect(
    page.getByRole('link', { name: 'api-1', exact: true }),
  ).toBeHidden();

  await page.reload();
  await expect(page.getByLabel('Search by name')).toHaveValue('web');
  await expect(page.getByLabel('Region')).toHaveValue('lagos-1');
  await expect(
    page.getByRole('link', { name: 'api-1', exact: true }),
  ).toBeHidden();

  await page.goBack();
  await expect(page).toHaveURL(/\/instances\?region=lagos-1$/);
  await expect(page.getByLabel('Search by name')).toHaveValue('');
  await expect(
    page.getByRole('link', { name: 'api-1', exact: true }),
  ).toBeVisible();
});

test('a filter that matches nothing says so', async ({ page }) => {
  await page.goto('/instances?tag=no-such-tag');
  await expect(
    page.getByRole('heading', { name: 'No instance matches these filters' }),
  ).toBeVisible();
});

test('a list answered 429 waits for the reset, says when, then tries once', async ({
  page,
  api,
  mock,
}) => {
  await page.goto('/instances');
  await expect(
    page.getByRole('link', { name: 'web-1', exact: true }),
  ).toBeVisible();
  await mock.fault({
    type: 'rate_limit',
    reset_in_seconds: 30,
    method: 'GET',
    path: '/instances',
    count: 1,
  });

  await page.getByLabel('Region').selectOption('accra-1');
  const banner = page
    .getByRole('status')
    .filter({ hasText: 'The API rate limit was reached. The next try' });
  await expect(banner).toContainText(/next try is at 09:00:\d\d UTC/);

  const lists = () => api.count('GET', /^\/instances\?.*region=accra-1/);
  expect(await lists()).toBe(1);
  await page.clock.runFor(25_000);
  expect(await lists()).toBe(1);

  await page.clock.runFor(6_000);
  await expect(
    page.getByRole('link', { name: 'gh-web-1', exact: true }),
  ).toBeVisible();
  expect(await lists()).toBe(2);
  await expect(banner).toBeHidden();
});

test('a 503 is retried at most three times, each wait longer', async ({
  page,
  api,
  mock,
}) => {
  await page.goto('/instances');
  await expect(
    page.getByRole('link', { name: 'web-1', exact: true }),
  ).toBeVisible();
  await mock.fault({ type: 'outage', method: 'GET', path: '/instances' });

  await page.getByLabel('Region').selectOption('nairobi-1');
  const attempts = () => api.matching('GET', /region=nairobi-1/);
  // Small steps, so that each answer is handled close to when it came.
  for (let step = 0; step < 100 && (await attempts()).length < 4; step++) {
    await page.clock.runFor(200);
  }
  await page.clock.runFor(60_000);
  await expect(page.getByRole('button', { name: 'Try again' })).toBeVisible();

  // Each wait runs from one failure's answer to the next try.
  const tries = await attempts();
  expect(tries).toHaveLength(4);
  const waits = tries
    .slice(1)
    .map((request, index) => request.at - tries[index]!.doneAt!);
  // Backoff with jitter: 1–2 s, then 2–4 s, then 4–8 s.
  const windows = [
    [1000, 2000],
    [2000, 4000],
    [4000, 8000],
  ];
  waits.forEach((wait, index) => {
    expect(wait).toBeGreaterThanOrEqual(windows[index]![0]!);
    expect(wait).toBeLessThanOrEqual(windows[index]![1]! + 400);
  });

  await mock.clearFaults();
  await page.getByRole('button', { name: 'Try again' }).click();
  await expect(
    page.getByRole('link', { name: 'ke-web-1', exact: true }),
  ).toBeVisible();
});
