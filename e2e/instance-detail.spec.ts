import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

test.beforeEach(async ({ signIn }) => {
  await signIn();
});

/** Opens an instance's page from the list, as a user would. */
async function openInstance(page: Page, name: string) {
  await page.goto(`/instances?name=${name}`);
  await page.getByRole('link', { name, exact: true }).click();
  await expect(page.getByRole('heading', { name, level: 1 })).toBeVisible();
  return new URL(page.url()).pathname.split('/')[2]!;
}

const badge = (page: Page, status: string) =>
  page.getByRole('main').getByText(status, { exact: true }).first();

test('every tab has its own address and passes an accessibility scan', async ({
  page,
  expectAccessible,
}) => {
  const id = await openInstance(page, 'web-1');
  await expect(page.getByRole('definition').first()).toHaveText('2');
  await expectAccessible('instance overview');

  const tabs = page.getByRole('navigation', { name: 'Instance sections' });
  for (const [tab, path] of [
    ['Networking', 'networking'],
    ['Storage', 'storage'],
    ['Firewall', 'firewall'],
    ['Settings', 'settings'],
  ] as const) {
    await tabs.getByRole('link', { name: tab }).click();
    await expect(page).toHaveURL(`/instances/${id}/${path}`);
    await expect(tabs.getByRole('link', { name: tab })).toHaveAttribute(
      'aria-current',
      'page',
    );
    await expectAccessible(`instance ${tab} tab`);
  }

  await page.goto(`/instances/${id}/storage`);
  await expect(page.getByText('web-assets')).toBeVisible();
});

test('a resize shows resizing, then running, then the page goes quiet', async ({
  clock,
  page,
  api,
}) => {
  const id = await openInstance(page, 'web-1');
  await page.getByRole('button', { name: 'Resize…' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('radio', { name: /Standard 4/ }).check();
  await expect(dialog).toContainText(
    'at most $24.00 a month → $0.071 an hour, at most $48.00 a month',
  );
  await dialog.getByRole('button', { name: 'Resize instance' }).click();

  await expect(dialog).toBeHidden();
  await expect(badge(page, 'Resizing')).toBeVisible();

  await clock.advance(90_000);
  await expect(badge(page, 'Running')).toBeVisible();
  await expect(page.getByRole('definition').first()).toHaveText('4');

  const detail = `/instances/${id}`;
  const settled = await api.count('GET', detail);
  await clock.advance(5 * 60_000);
  expect(await api.count('GET', detail)).toBe(settled);
});

test('the list shows the resize too, without a reload', async ({
  page,
  clock,
}) => {
  await openInstance(page, 'web-1');
  await page.getByRole('button', { name: 'Resize…' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('radio', { name: /Standard 4/ }).check();
  await dialog.getByRole('button', { name: 'Resize instance' }).click();
  await expect(badge(page, 'Resizing')).toBeVisible();

  await page
    .getByRole('navigation', { name: 'Breadcrumb' })
    .getByRole('link', { name: 'Instances' })
    .click();
  const row = page.getByRole('row').filter({
    has: page.getByRole('link', { name: 'web-1', exact: true }),
  });
  await expect(row.getByText('Resizing')).toBeVisible();

  await clock.advance(90_000);
  await expect(row.getByText('Running')).toBeVisible();
  await expect(row.getByText('standard-4')).toBeVisible();
});

test('leaving the page stops its polling', async ({ page, api, clock }) => {
  const id = await openInstance(page, 'web-1');
  const detail = `/instances/${id}`;
  await page.getByRole('button', { name: 'Reboot' }).click();
  await page.getByRole('button', { name: 'Reboot instance' }).click();
  await expect(badge(page, 'Rebooting')).toBeVisible();

  // A reboot takes 15 s: the page looks again after 2 s, and would again
  // after 6 s and 14 s were it still there.
  await clock.advance(3_000);
  const polled = await api.count('GET', detail);
  expect(polled).toBeGreaterThanOrEqual(1);

  // Leave inside the app: a reload would stop every timer by itself (and
  // start the request log afresh, which the last check would notice).
  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: 'Instances', exact: true })
    .click();
  await expect(page).toHaveURL(/\/instances$/);
  await expect(
    page.getByRole('link', { name: 'web-1', exact: true }),
  ).toBeVisible();

  await clock.advance(60_000);
  expect(await api.count('GET', detail)).toBe(polled);
});

test('stop, start and rebuild, each seen through to the end', async ({
  clock,
  page,
}) => {
  await openInstance(page, 'web-3');

  await page.getByRole('button', { name: 'Stop' }).click();
  await page.getByRole('button', { name: 'Stop instance' }).click();
  await expect(badge(page, 'Stopping')).toBeVisible();
  // Stop is disabled now; focus goes to the page's heading instead.
  await expect(
    page.getByRole('heading', { level: 1, name: 'web-3' }),
  ).toBeFocused();
  await clock.advance(30_000);
  await expect(badge(page, 'Stopped')).toBeVisible();

  await page.getByRole('button', { name: 'Start' }).click();
  await expect(badge(page, 'Starting')).toBeVisible();
  await clock.advance(30_000);
  await expect(badge(page, 'Running')).toBeVisible();

  await page.getByRole('button', { name: 'Rebuild…' }).click();
  const dialog = page.getByRole('dialog');
  await expect(dialog.getByLabel('Image')).toHaveValue('ubuntu-22.04');
  await dialog.getByLabel('Image').selectOption({ label: 'Debian 12' });
  await dialog.getByRole('button', { name: 'Rebuild instance' }).click();
  await expect(badge(page, 'Rebuilding')).toBeVisible();
  await clock.advance(90_000);
  await expect(badge(page, 'Running')).toBeVisible();
  await expect(page.getByText('Debian 12')).toBeVisible();
});

test('an action the state no longer allows is explained', async ({
  page,
  mock,
}) => {
  await openInstance(page, 'web-3');
  await page.getByRole('button', { name: 'Stop' }).click();
  // Someone else stops it first, from a script.
  await mock.fault({
    type: 'reject',
    status: 409,
    method: 'POST',
    path: '/actions',
    message: "Instance 'web-3' is stopping; wait until it is stopped",
    count: 1,
  });
  await page.getByRole('button', { name: 'Stop instance' }).click();

  const dialog = page.getByRole('alertdialog');
  await expect(dialog.getByRole('alert')).toContainText('is stopping');
  await expect(dialog.getByText(/Request ID/)).toBeVisible();
});

test('rename and retag; the address stays the same', async ({ page }) => {
  const id = await openInstance(page, 'web-3');
  await page.getByRole('link', { name: 'Settings' }).click();

  const name = page.getByLabel('Name');
  await name.fill('Web Three');
  await expect(name).toHaveAccessibleDescription(/lowercase/i);
  await name.fill('web-three');
  await page.getByRole('button', { name: 'Rename' }).click();
  await expect(
    page.getByRole('heading', { name: 'web-three', level: 1 }),
  ).toBeVisible();
  await expect(page).toHaveURL(`/instances/${id}/settings`);

  const tags = page.getByLabel('Tags');
  await tags.fill('production, web, eu:west');
  await page.getByRole('button', { name: 'Save tags' }).click();
  await page
    .getByRole('navigation', { name: 'Instance sections' })
    .getByRole('link', { name: 'Overview' })
    .click();
  await expect(page.getByText('eu:west')).toBeVisible();
});

test('deleting from a filtered list: the row leaves, the list is fetched once', async ({
  clock,
  page,
  api,
}) => {
  await page.goto('/instances?region=lagos-1');
  await expect(
    page.getByRole('link', { name: 'web-2', exact: true }),
  ).toBeVisible();

  await page.getByRole('button', { name: 'Delete web-2' }).click();
  const dialog = page.getByRole('alertdialog');
  await expect(dialog).toContainText('backend-net');
  const confirm = dialog.getByRole('button', { name: 'Delete instance' });
  await expect(confirm).toBeDisabled();
  await dialog.getByLabel(/Type web-2 to confirm/).fill('web-2');

  await api.clear();
  await confirm.click();

  await expect(dialog).toBeHidden();
  await expect(
    page.getByRole('link', { name: 'web-2', exact: true }),
  ).toBeHidden();
  await expect.poll(() => api.count('GET', /^\/instances\?/)).toBe(1);
  expect(await api.count('DELETE', /^\/instances\/inst-/)).toBe(1);
  await clock.advance(60_000);
  expect(await api.count('GET', /^\/instances\?/)).toBe(1);
  expect(await api.count('GET', /^\/instances\/inst-/)).toBe(0);
});

test('deleting from its page names what is detached, then goes back', async ({
  page,
}) => {
  await openInstance(page, 'web-1');
  await page.getByRole('button', { name: 'Delete…' }).click();
  const dialog = page.getByRole('alertdialog');
  await expect(dialog).toContainText('web-assets');
  await expect(dialog).toContainText('web-lb');
  await dialog.getByLabel(/Type web-1 to confirm/).fill('web-1');
  await dialog.getByRole('button', { name: 'Delete instance' }).click();

  await expect(page).toHaveURL(/\/instances$/);
  await expect(
    page.getByRole('link', { name: 'web-1', exact: true }),
  ).toBeHidden();
});

test('an instance that does not exist gets a way back', async ({
  page,
  api,
  expectAccessible,
}) => {
  await page.goto('/instances/inst-doesnotexist');
  await expect(
    page.getByText(/no longer exists|not found/i).first(),
  ).toBeVisible();
  // Asked once: a 404 is neither retried nor asked again as the page draws.
  expect(await api.count('GET', '/instances/inst-doesnotexist')).toBe(1);
  await expectAccessible('missing instance');
  await page
    .getByRole('link', { name: /instances/i })
    .last()
    .click();
  await expect(page).toHaveURL(/\/instances$/);

  await page.goto('/no/such/page');
  await expect(
    page.getByRole('heading', { name: 'Page not found' }),
  ).toBeVisible();
  await expectAccessible('not-found page');
});
