import { expect, readOnlyToken, test } from './fixtures';

test('a new user signs in with the demo token and lands on the overview', async ({
  page,
  api,
  expectAccessible,
}) => {
  await page.goto('/');
  await expect(page).toHaveURL(/\/sign-in$/);
  await expect(
    page.getByRole('heading', { name: 'Sign in to Fugoku' }),
  ).toBeVisible();
  await expectAccessible('sign-in page');

  await page.getByRole('button', { name: 'Use the demo token' }).click();

  await expect(page).toHaveURL(/\/$/);
  await expect(page.getByRole('heading', { name: 'Overview' })).toBeVisible();
  // Checking the token is the one time it is asked for.
  expect(await api.count('GET', '/account/tokens/current')).toBe(1);
});

test('a deep link survives signing in', async ({ page }) => {
  await page.goto('/volumes?region=lagos-1');
  await expect(page).toHaveURL(/\/sign-in\?next=/);
  await page.getByRole('button', { name: 'Use the demo token' }).click();
  await expect(page).toHaveURL(/\/volumes\?region=lagos-1$/);
  await expect(page.getByRole('heading', { name: 'Volumes' })).toBeVisible();
});

test('a wrong token is refused where it was typed', async ({ page }) => {
  await page.goto('/sign-in');
  const field = page.getByLabel('API token');
  await field.fill('fgk_not_a_real_token');
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();

  await expect(field).toHaveAttribute('aria-invalid', 'true');
  await expect(field).toHaveAccessibleDescription(/not accepted/);
  await expect(page).toHaveURL(/\/sign-in/);
});

test('signing out forgets the token and every cached answer', async ({
  page,
  signIn,
}) => {
  await signIn();
  await page.goto('/instances');
  await expect(
    page.getByRole('link', { name: 'web-1', exact: true }),
  ).toBeVisible();

  await page.getByRole('button', { name: 'Sign out' }).click();

  await expect(page).toHaveURL(/\/sign-in/);
  const stored = await page.evaluate(() => ({ ...sessionStorage }));
  expect(Object.values(stored)).not.toContain(
    'fgk_demo_7Kq2xV9mRt4LpW8nZc3Hb6Yd',
  );
  const local = await page.evaluate(() => JSON.stringify({ ...localStorage }));
  expect(local).not.toContain('fgk_demo_7Kq2xV9mRt4LpW8nZc3Hb6Yd');
});

test('a read-only token sees why it cannot create', async ({
  page,
  signIn,
}) => {
  await signIn(readOnlyToken);
  await page.goto('/instances');

  const create = page.getByRole('button', { name: 'Create instance' });
  await expect(create).toBeDisabled();
  await expect(create).toHaveAccessibleDescription(/read-only/);
});
