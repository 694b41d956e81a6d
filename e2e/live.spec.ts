import { demoToken, expect, test } from './fixtures';
import { mockServerUrl } from './ports';

/**
 * The live build carries no mock: it talks over HTTP to the mock cloud
 * served on loopback, as it would to the real API.
 */
const mockServer = mockServerUrl;

test.beforeEach(async ({ request }) => {
  const reset = await request.post(`${mockServer}/__mock/reset`, {
    data: {},
  });
  expect(reset.ok()).toBe(true);
});

test('the live build signs in and lists instances over HTTP', async ({
  page,
  expectAccessible,
}) => {
  // `vite preview` serves the README's Content Security Policy.
  const violations: string[] = [];
  page.on('console', (message) => {
    if (message.text().includes('Content Security Policy')) {
      violations.push(message.text());
    }
  });
  await page.goto('/');
  await expect(page).toHaveURL(/\/sign-in/);
  // No demo shortcut in a live build: the token is typed.
  await expect(
    page.getByRole('button', { name: 'Use the demo token' }),
  ).toBeHidden();

  await page.getByLabel('API token').fill(demoToken);
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();

  // Signing in opens the overview; the instances list is one link away.
  await expect(page.getByRole('heading', { name: 'Overview' })).toBeVisible();
  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: 'Instances' })
    .click();
  await expect(page.getByRole('heading', { name: 'Instances' })).toBeVisible();
  await expect(
    page.getByRole('link', { name: 'web-1', exact: true }),
  ).toBeVisible();
  await expect(page.getByText(/API \d+\/1000/)).toBeVisible();
  await expectAccessible('live instances list');

  const requests: string[] = [];
  page.on('request', (request) => requests.push(request.url()));
  await page.getByLabel('Region').selectOption('lagos-1');
  await expect(page).toHaveURL(/region=lagos-1/);
  await expect(
    page.getByRole('link', { name: 'ke-web-1', exact: true }),
  ).toBeHidden();
  expect(requests.some((url) => url.startsWith(`${mockServer}/v1/`))).toBe(
    true,
  );
  expect(violations).toEqual([]);
});
