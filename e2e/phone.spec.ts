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

  // Escape closes it too, leaving focus on its button.
  await menu.click();
  await expect(page.getByRole('button', { name: 'Sign out' })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(menu).toHaveAttribute('aria-expanded', 'false');
  await expect(menu).toBeFocused();

  await page.getByRole('link', { name: 'web-1', exact: true }).click();
  await expect(
    page.getByRole('heading', { name: 'web-1', level: 1 }),
  ).toBeVisible();
  await expectNoSidewaysScroll(page);

  await page.goto('/instances/new');
  await expect(page.getByLabel('Name')).toBeVisible();
  await expectNoSidewaysScroll(page);
});

/** Tables on a phone, by page, region, and a control each row keeps in view. */
const pinnedColumns = [
  ['/instances', 'Instances', /^Delete /],
  ['/snapshots', 'Snapshots', /^Delete /],
  ['/floating-ips', 'Floating IPs', /^Release /],
  ['/account/tokens', 'API tokens', /^Revoke /],
] as const;

test('a wide table keeps its row actions in view and says it scrolls', async ({
  page,
}) => {
  for (const [path, name, action] of pinnedColumns) {
    await page.goto(path);
    const region = page.getByRole('region', { name, exact: true });
    const button = region.getByRole('button', { name: action }).first();
    await expect(button).toBeInViewport({ ratio: 1 });
    await expect(region).toHaveAccessibleDescription(
      'Scroll sideways for more',
    );
    await expect(page.getByText('Scroll sideways for more')).toBeVisible();
    await expectNoSidewaysScroll(page);

    // Scrolled to its end, the table still shows the same actions.
    await region.evaluate((element) => (element.scrollLeft = 10_000));
    await expect(button).toBeInViewport({ ratio: 1 });
  }
});

test("a billing line's cost stays in view", async ({ page }) => {
  await page.goto('/billing');
  const region = page.getByRole('region', { name: 'Instances usage' });
  const first = region.getByRole('row').nth(1);
  const cost = first.getByRole('cell').last();
  // The row into view, scrolling the page but not the table.
  await first.getByRole('rowheader').scrollIntoViewIfNeeded();
  await expect(cost).toHaveText(/^\$/);
  await expect(cost).toBeInViewport({ ratio: 1 });
  await expectNoSidewaysScroll(page);
});

test("an instance's tabs scroll to the active one and fade where more lie", async ({
  page,
}) => {
  await page.goto('/instances');
  await page.getByRole('link', { name: 'web-1', exact: true }).click();
  const tabs = page.getByRole('navigation', { name: 'Instance sections' });
  const list = tabs.getByRole('list');
  await expect(list).toHaveAttribute('data-more-end');

  await tabs.getByRole('link', { name: 'Settings' }).click();
  await expect(page).toHaveURL(/\/settings$/);
  // Whole, but for a fraction of a pixel that the list's rounding clips.
  await expect(tabs.getByRole('link', { name: 'Settings' })).toBeInViewport({
    ratio: 0.99,
  });
  await expect(list).toHaveAttribute('data-more-start');
  await expectNoSidewaysScroll(page);
});
