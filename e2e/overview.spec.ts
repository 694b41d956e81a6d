import { expect, readOnlyToken, test } from './fixtures';

test('the overview counts, spends and shows what is changing, in at most 8 requests', async ({
  page,
  api,
  signIn,
  expectAccessible,
}) => {
  await signIn();
  await page.goto('/');
  await expect(page).toHaveURL('/');
  await expect(page.getByRole('heading', { name: 'Overview' })).toBeVisible();

  const counts = page.getByRole('region', { name: 'Resources' });
  for (const kind of ['Instances', 'Volumes', 'Load balancers']) {
    await expect(
      counts.getByRole('link', { name: new RegExp(kind) }),
    ).toHaveText(new RegExp(`${kind}\\s*\\d+`));
  }
  const spend = page.getByRole('region', { name: 'Spent this month so far' });
  await expect(spend).toContainText(/\$[\d,]+\.\d{2}/);
  await expect(page.getByRole('region', { name: 'In progress' })).toBeVisible();
  await expectAccessible('overview');

  // Opening sends its requests at once; polls of lists with something in
  // transition follow a couple of seconds later and are not part of it.
  const requests = await api.requests();
  const opening = requests.filter((r) => r.at - requests[0]!.at < 1500);
  const paths = opening.map((r) => `${r.method} ${r.path}`);
  expect(paths.length, paths.join('\n')).toBeLessThanOrEqual(8);
  expect(
    opening.filter((r) => r.path.startsWith('/account/usage')),
  ).toHaveLength(1);
  const later = requests.slice(opening.length).map((r) => r.path);
  for (const path of later) expect(paths).toContain(`GET ${path}`);
});

test("the overview's spend is the billing page's total for this month", async ({
  page,
  signIn,
}) => {
  await signIn();
  await page.goto('/');
  const spend = page
    .getByRole('region', { name: 'Spent this month so far' })
    .getByText(/^\$/);
  await expect(spend).toHaveText(/^\$[\d,]+\.\d{2}$/);
  const shown = await spend.textContent();
  await page.getByRole('link', { name: 'See billing' }).click();
  await expect(page.getByLabel('Period')).toHaveValue('this-month');
  await expect(page.locator('[data-summary="total"]')).toHaveText(shown!, {
    timeout: 20_000,
  });
});

test('the overview lists an instance while it changes', async ({
  page,
  signIn,
}) => {
  await signIn();
  await page.goto('/instances?name=web-1');
  await page.getByRole('link', { name: 'web-1', exact: true }).click();
  await page.getByRole('button', { name: 'Reboot' }).click();
  const confirm = page.getByRole('alertdialog');
  if (await confirm.isVisible()) {
    await confirm.getByRole('button', { name: /Reboot/ }).click();
  }
  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: 'Overview' })
    .click();
  const changing = page.getByRole('region', { name: 'In progress' });
  await expect(changing.getByRole('link', { name: 'web-1' })).toBeVisible();
  await expect(changing).toContainText('Rebooting');
});

test('the overview has no write controls to gate for a read-only token', async ({
  page,
  signIn,
}) => {
  await signIn(readOnlyToken);
  await page.goto('/');
  await expect(page.getByRole('heading', { name: 'Overview' })).toBeVisible();
  await expect(page.getByRole('main').getByRole('button')).toHaveCount(0);
});
