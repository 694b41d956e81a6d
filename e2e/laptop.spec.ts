import type { Locator } from '@playwright/test';
import { expect, test } from './fixtures';

/** Every resource table, by the page that shows it and its region's name. */
const tables = [
  ['/instances', 'Instances'],
  ['/volumes', 'Volumes'],
  ['/snapshots', 'Snapshots'],
  ['/networks', 'Networks'],
  ['/floating-ips', 'Floating IPs'],
  ['/load-balancers', 'Load balancers'],
  ['/account/tokens', 'API tokens'],
  ['/account/ssh-keys', 'SSH keys'],
  ['/billing', 'Instances usage'],
  ['/billing', 'Volumes usage'],
  ['/billing', 'Bandwidth usage'],
] as const;

/** How far a table reaches past its region's right edge. */
function overflow(region: Locator) {
  return region.evaluate(
    (element) => element.scrollWidth - element.clientWidth,
  );
}

test.beforeEach(async ({ signIn }) => {
  await signIn();
});

for (const width of [1366, 1280]) {
  test.describe(`on a ${width}-pixel laptop`, () => {
    test.use({ viewport: { width, height: 768 } });

    test('every resource table shows all its columns, actions too, without scrolling', async ({
      page,
    }) => {
      for (const [path, name] of tables) {
        if (new URL(page.url()).pathname !== path) await page.goto(path);
        const region = page.getByRole('region', { name, exact: true });
        const cells = region.getByRole('row').nth(1).locator('th, td');
        // The first cell into view, scrolling the page but not the table.
        await cells.first().scrollIntoViewIfNeeded();
        expect(await overflow(region), `${name} scrolls sideways`).toBe(0);
        await expect(cells.last(), `${name}: its last column`).toBeInViewport({
          ratio: 1,
        });
        await expect(page.getByText('Scroll sideways for more')).toHaveCount(0);
      }
    });
  });
}
