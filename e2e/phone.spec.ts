import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

test.use({ viewport: { width: 360, height: 740 } });

test.beforeEach(async ({ signIn }) => {
  await signIn();
});

/** Nothing on the page may push it wider than the phone. */
async function expectNoSidewaysScroll(page: Page) {
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(width).toBeLessThanOrEqual(360);
}

test('the console fits a 360-pixel phone', async ({ page }) => {
  await page.goto('/instances');
  await expect(
    page.getByRole('link', { name: 'web-1', exact: true }),
  ).toBeVisible();
  await expectNoSidewaysScroll(page);

  const menu = page.getByRole('button', { name: 'Menu' });
  await menu.click();
  await expect(menu).toHaveAttribute('aria-expanded', 'true');
  await expect(page.getByRole('button', { name: 'Sign out' })).toBeVisible();
  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: 'Instances' })
    .click();
  await expect(menu).toHaveAttribute('aria-expanded', 'false');

  await page.getByRole('link', { name: 'web-1', exact: true }).click();
  await expect(
    page.getByRole('heading', { name: 'web-1', level: 1 }),
  ).toBeVisible();
  await expectNoSidewaysScroll(page);

  await page.goto('/instances/new');
  await expect(page.getByLabel('Name')).toBeVisible();
  await expectNoSidewaysScroll(page);
});
