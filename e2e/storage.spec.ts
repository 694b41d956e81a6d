import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures';

test.beforeEach(async ({ signIn }) => {
  await signIn();
});

const main = (page: Page) => page.getByRole('main');

const rowOf = (page: Page, name: string) =>
  main(page)
    .getByRole('row')
    .filter({ has: page.getByRole('rowheader', { name, exact: true }) });

/** Opens a volume's page from the list, as a user would. */
async function openVolume(page: Page, name: string) {
  await page.goto('/volumes?per_page=100');
  await main(page).getByRole('link', { name, exact: true }).click();
  await expect(page.getByRole('heading', { name, level: 1 })).toBeVisible();
  return new URL(page.url()).pathname.split('/')[2]!;
}

/** Picks the option whose label starts with `name`. */
async function choose(select: Locator, name: string) {
  const option = select.locator('option', { hasText: new RegExp(`^${name} `) });
  await select.selectOption((await option.getAttribute('value'))!);
}

test('the volumes list: attached instance by name, region in the URL, own chunk', async ({
  page,
  expectAccessible,
}) => {
  const scripts: string[] = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'script') scripts.push(request.url());
  });
  await page.goto('/instances');
  await expect(page.getByRole('heading', { name: 'Instances' })).toBeVisible();
  expect(scripts.some((url) => /volumes-list-page/.test(url))).toBe(false);

  await page.getByRole('link', { name: 'Volumes', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Volumes' })).toBeVisible();
  expect(scripts.some((url) => /volumes-list-page.*\.js/.test(url))).toBe(true);

  const row = rowOf(page, 'web-assets');
  await expect(row).toContainText('100 GB');
  await expect(row).toContainText('Attached');
  await expect(row.getByRole('link', { name: 'web-1' })).toHaveAttribute(
    'href',
    /^\/instances\/inst-/,
  );
  await expectAccessible('volumes list');

  await page.getByLabel('Region').selectOption('nairobi-1');
  await expect(page).toHaveURL(/\/volumes\?region=nairobi-1$/);
  await expect(rowOf(page, 'ke-scratch')).toContainText('Not attached');
  await expect(rowOf(page, 'web-assets')).toHaveCount(0);
  await page.goBack();
  await expect(rowOf(page, 'web-assets')).toBeVisible();

  await page.goto('/volumes?per_page=4&page=2');
  await expect(main(page).getByRole('row')).toHaveCount(5);
  await expect(page.getByText('Showing 5–8 of 10')).toBeVisible();
});

test('volumes by attached instance, then a volume’s snapshots on the snapshots list', async ({
  page,
}) => {
  await page.goto('/volumes?per_page=4&page=2');
  await expect(page.getByText('Showing 5–8 of 10')).toBeVisible();
  await page.getByLabel('Attached to').selectOption({ label: 'web-1' });
  await expect(page).toHaveURL(
    /\/volumes\?per_page=4&instance_id=inst-[a-z0-9]+$/,
  );
  await expect(main(page).getByRole('rowheader')).toHaveText(['web-assets']);

  await main(page)
    .getByRole('link', { name: 'web-assets', exact: true })
    .click();
  await expect(page).toHaveURL(/\/volumes\/vol-/);
  const id = new URL(page.url()).pathname.split('/')[2]!;
  await page
    .getByRole('link', { name: 'Manage these on the snapshots list' })
    .click();
  await expect(page).toHaveURL(`/snapshots?volume_id=${id}`);
  await expect(page.getByLabel('Source volume')).toHaveValue(id);
  await expect(rowOf(page, 'web-assets-weekly')).toBeVisible();
  await expect(rowOf(page, 'db-primary-nightly')).toHaveCount(0);

  await page.getByLabel('Source volume').selectOption('');
  await expect(page).toHaveURL(/\/snapshots$/);
  await expect(rowOf(page, 'db-primary-nightly')).toBeVisible();
  await page.goBack();
  await expect(rowOf(page, 'db-primary-nightly')).toHaveCount(0);
  await expect(rowOf(page, 'web-assets-weekly')).toBeVisible();
});

test('a new empty volume: checked as typed, priced, one POST for two clicks', async ({
  page,
  api,
  clock,
  expectAccessible,
}) => {
  await page.goto('/volumes/new');
  await expect(
    page.getByRole('heading', { name: 'Create volume' }),
  ).toBeVisible();
  await expectAccessible('create volume form');

  const name = page.getByLabel('Name');
  await name.fill('Data_1');
  await expect(page.getByText('Use lowercase letters')).toBeVisible();
  await name.fill('scratch-data');
  const size = page.getByLabel('Size');
  await size.fill('0');
  await expect(page.getByText('Use at least 1 GB')).toBeVisible();
  await size.fill('20');
  await expect(page.getByText('$2.00')).toBeVisible();
  await expect(
    page.getByText('$0.0027 an hour, at most $2.00 a month'),
  ).toBeVisible();
  await size.fill('250');
  await expect(page.getByText('$25.00')).toBeVisible();

  await page.getByText('Equivalent API request').click();
  const curl = page.getByText(/curl -X POST/);
  await expect(curl).toContainText('"size_gb": 250');
  await expect(curl).toContainText('"name": "scratch-data"');
  expect(await api.count('POST', '/volumes')).toBe(0);

  await page.getByRole('button', { name: 'Create volume' }).dblclick();
  await expect(page).toHaveURL(/\/volumes\/vol-[a-z0-9]+$/);
  await expect(
    page.getByRole('heading', { name: 'scratch-data' }),
  ).toBeVisible();
  await expect(main(page).getByText('Creating').first()).toBeVisible();
  expect(await api.count('POST', '/volumes')).toBe(1);

  await clock.advance(10_000);
  await expect(main(page).getByText('Available').first()).toBeVisible();
  await expectAccessible('volume page');
});

test('from a snapshot: size at least its own, region fixed, a 422 put where it belongs', async ({
  page,
  mock,
  expectAccessible,
}) => {
  // A long journey: on a busy machine it needs more than the default.
  test.slow();
  await page.goto('/snapshots');
  await expectAccessible('snapshots list');
  await page
    .getByRole('link', { name: 'Create volume from db-primary-nightly' })
    .click();
  await expect(page).toHaveURL(/\/volumes\/new\?snapshot=snap-/);

  const size = page.getByLabel('Size');
  await expect(size).toHaveValue('500');
  await expect(
    page.getByRole('combobox', { name: /Start from a snapshot/ }),
  ).toHaveValue(/^snap-/);
  await expect(page.getByLabel('Region')).toHaveCount(0);
  await expect(page.getByText('Fixed: a volume is restored')).toBeVisible();
  await size.fill('400');
  await expect(
    page.getByText('Use at least 500 GB, the size of the snapshot'),
  ).toBeVisible();

  await page.getByLabel('Name').fill('db-restored');
  await size.fill('600');
  await mock.fault({
    type: 'reject',
    status: 422,
    message: 'Check these fields: size_gb, region',
    details: {
      size_gb: 'Volumes over 512 GB need a quota raise',
      region: 'lagos-1 is out of volume capacity',
    },
    method: 'POST',
    path: '/volumes',
    count: 1,
  });
  const create = page.getByRole('button', { name: 'Create volume' });
  await create.click();

  const message = page.getByText('Volumes over 512 GB need a quota raise');
  await expect(message).toBeVisible();
  await expect(size).toHaveAttribute('aria-invalid', 'true');
  const messageId = await message.getAttribute('id');
  await expect(size).toHaveAttribute(
    'aria-describedby',
    new RegExp(`\\b${messageId}\\b`),
  );
  await expect(size).toBeFocused();
  const alert = page.getByRole('alert').filter({ hasText: 'out of volume' });
  await expect(alert).toContainText(
    'Region: lagos-1 is out of volume capacity',
  );
  await expect(create).toBeEnabled();
  await expect(page.getByLabel('Name')).toHaveValue('db-restored');

  await create.click();
  await expect(page).toHaveURL(/\/volumes\/vol-/);
  // The new volume names the snapshot it was restored from.
  await expect(
    main(page).getByRole('link', { name: 'db-primary-nightly' }),
  ).toBeVisible();
});

test('attach and detach: the volume page, the list and the storage tab agree without a reload', async ({
  page,
  clock,
  expectAccessible,
}) => {
  // A long journey: on a busy machine it needs more than the default.
  test.slow();
  await openVolume(page, 'backups-archive');
  const picker = page.getByLabel('Attach to instance');
  const offered = await picker.locator('option').allTextContents();
  expect(offered.join(' ')).toContain('web-2');
  expect(offered.join(' ')).not.toMatch(/ke-db|za-db|eu-mirror|gh-web/);
  await expectAccessible('volume page, not attached');

  await choose(picker, 'web-2');
  await page.getByRole('button', { name: 'Attach volume' }).click();
  await expect(page.getByText('Attached to web-2.')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Delete…' })).toBeDisabled();
  await expect(page.getByText('detach it first')).toBeVisible();

  // In-app navigation only: what is seen comes from the cache and its
  // refetches, never from a reload.
  await page
    .getByRole('link', { name: 'Volumes', exact: true })
    .first()
    .click();
  await expect(
    rowOf(page, 'backups-archive').getByRole('link', { name: 'web-2' }),
  ).toBeVisible();
  await rowOf(page, 'backups-archive')
    .getByRole('link', { name: 'web-2' })
    .click();
  await page
    .getByRole('navigation', { name: 'Instance sections' })
    .getByRole('link', { name: 'Storage' })
    .click();
  await expect(rowOf(page, 'backups-archive')).toContainText('1000 GB');
  // Let the attach toast go first: its fade-in confuses the contrast check.
  await clock.advance(10_000);
  await expect(page.locator('[data-sonner-toast]')).toHaveCount(0);
  await expectAccessible('instance storage tab');

  await page.getByRole('button', { name: 'Detach backups-archive' }).click();
  const dialog = page.getByRole('alertdialog');
  await expect(dialog).toContainText('Unmount its filesystem on web-2 first');
  await dialog.getByRole('button', { name: 'Detach volume' }).click();
  await expect(dialog).toBeHidden();
  await expect(rowOf(page, 'backups-archive')).toHaveCount(0);
  await expect(page.getByLabel('Volume', { exact: true })).toContainText(
    'backups-archive',
  );

  await page
    .getByRole('link', { name: 'Volumes', exact: true })
    .first()
    .click();
  await expect(rowOf(page, 'backups-archive')).toContainText('Not attached');
  await main(page)
    .getByRole('link', { name: 'backups-archive', exact: true })
    .click();
  await expect(page.getByLabel('Attach to instance')).toBeVisible();

  // And back again from the storage tab.
  await page
    .getByRole('link', { name: 'Instances', exact: true })
    .first()
    .click();
  await main(page).getByRole('link', { name: 'web-3', exact: true }).click();
  await page
    .getByRole('navigation', { name: 'Instance sections' })
    .getByRole('link', { name: 'Storage' })
    .click();
  await choose(page.getByLabel('Volume', { exact: true }), 'backups-archive');
  await page.getByRole('button', { name: 'Attach volume' }).click();
  await expect(rowOf(page, 'backups-archive')).toBeVisible();
  await rowOf(page, 'backups-archive')
    .getByRole('link', { name: 'backups-archive' })
    .click();
  await expect(page.getByText('Attached to web-3.')).toBeVisible();

  // Detached from its own page, the list agrees too.
  await page.getByRole('button', { name: 'Detach…' }).click();
  const fromPage = page.getByRole('alertdialog');
  await expect(fromPage).toContainText('Unmount its filesystem on web-3 first');
  await fromPage.getByRole('button', { name: 'Detach volume' }).click();
  await expect(page.getByLabel('Attach to instance')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Delete…' })).toBeEnabled();
  await page
    .getByRole('navigation', { name: 'Breadcrumb' })
    .getByRole('link', { name: 'Volumes' })
    .click();
  await expect(rowOf(page, 'backups-archive')).toContainText('Not attached');
});

test('another region cannot be chosen; forced through the API, the 422 is explained', async ({
  page,
  mock,
}) => {
  await openVolume(page, 'ke-scratch');
  const picker = page.getByLabel('Attach to instance');
  // The region's instances arrive after the picker is drawn.
  await expect(picker.locator('option', { hasText: /^ke-db/ })).toBeAttached();
  const offered = (await picker.locator('option').allTextContents()).join();
  expect(offered).toContain('ke-db');
  expect(offered).not.toMatch(/(^|,)(web-1|web-2|db-primary) /);

  const forced = await mock.request('POST', '/volumes/ke-scratch/attach', {
    instance_id: 'web-1',
  });
  expect(forced.status).toBe(422);
  expect(forced.body.error.details.instance_id).toMatch(
    /web-1.*lagos-1.*choose an instance in nairobi-1/,
  );

  // The same answer to the console lands under the picker.
  await mock.fault({
    type: 'reject',
    status: 422,
    details: { instance_id: forced.body.error.details.instance_id },
    method: 'POST',
    path: '/attach',
    count: 1,
  });
  await choose(picker, 'ke-db');
  await page.getByRole('button', { name: 'Attach volume' }).click();
  await expect(page.getByText(/choose an instance in nairobi-1/)).toBeVisible();
  await expect(picker).toHaveAttribute('aria-invalid', 'true');
});

test('deleting a volume attached behind the page’s back says which instance to detach it from', async ({
  page,
  mock,
}) => {
  await openVolume(page, 'backups-archive');
  const attached = await mock.request(
    'POST',
    '/volumes/backups-archive/attach',
    {
      instance_id: 'web-2',
    },
  );
  expect(attached.status).toBe(202);

  await page.getByRole('button', { name: 'Delete…' }).click();
  const dialog = page.getByRole('alertdialog');
  await dialog
    .getByLabel(/Type backups-archive to confirm/)
    .fill('backups-archive');
  await dialog.getByRole('button', { name: 'Delete volume' }).click();
  await expect(dialog.getByRole('alert')).toContainText(
    'detach it from web-2 first',
  );
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  // The conflict refetched the volume: the page now shows it attached.
  await expect(page.getByText('Attached to web-2.')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Delete…' })).toBeDisabled();
});

test('a free volume is deleted by typing its name', async ({ page }) => {
  await openVolume(page, 'ke-scratch');
  await page.getByRole('button', { name: 'Delete…' }).click();
  const dialog = page.getByRole('alertdialog');
  const confirm = dialog.getByRole('button', { name: 'Delete volume' });
  await expect(confirm).toBeDisabled();
  await dialog.getByLabel(/Type ke-scratch to confirm/).fill('ke-scratch');
  await confirm.click();
  await expect(page).toHaveURL(/\/volumes$/);
  await expect(rowOf(page, 'web-assets')).toBeVisible();
  await expect(rowOf(page, 'ke-scratch')).toHaveCount(0);
});

test('a snapshot that fails shows why, and its polling stops', async ({
  page,
  api,
  clock,
  mock,
}) => {
  // A long journey: on a busy machine it needs more than the default.
  test.slow();
  const id = await openVolume(page, 'web-assets');
  await mock.fault({ type: 'snapshot_failure', count: 1 });
  await page.getByLabel('Snapshot name').fill('before-upgrade-2');
  await page.getByRole('button', { name: 'Create snapshot' }).click();
  const row = rowOf(page, 'before-upgrade-2');
  await expect(row).toContainText('Pending');
  const polled = () =>
    api.count('GET', `/snapshots?volume_id=${id}&per_page=100`);
  const beforePolling = await polled();

  await clock.advance(40_000);
  await expect(row).toContainText('Failed');
  await expect(row).toContainText('could not copy the volume');

  // The pending snapshot was polled (more than once, as intervals grow)
  // until it failed, and then no more.
  const settled = await polled();
  expect(settled).toBeGreaterThanOrEqual(beforePolling + 2);
  await clock.advance(3 * 60_000);
  expect(await polled()).toBe(settled);
});

test('a snapshot whose answer was lost is looked for, then said to be made', async ({
  page,
  api,
  mock,
}) => {
  const id = await openVolume(page, 'web-assets');
  await mock.fault({ type: 'drop', method: 'POST', count: 1 });
  const name = page.getByLabel('Snapshot name');
  await name.fill('drop-snap');
  await page.getByRole('button', { name: 'Create snapshot' }).click();

  await expect(
    page.getByRole('status').filter({ hasText: 'was created' }),
  ).toHaveText('The snapshot drop-snap was created.');
  await expect(rowOf(page, 'drop-snap')).toBeVisible();
  await expect(page.getByText('Outcome unknown')).toBeHidden();
  await expect(name).toHaveValue('');
  await expect(
    page.getByRole('button', { name: 'Create snapshot' }),
  ).toBeEnabled();
  expect(await api.count('POST', `/volumes/${id}/snapshots`)).toBe(1);
});

test('a snapshot answered 429 fails at once, says when, and keeps the name', async ({
  page,
  api,
  clock,
  mock,
}) => {
  const id = await openVolume(page, 'web-assets');
  await mock.fault({
    type: 'rate_limit',
    reset_in_seconds: 60,
    method: 'POST',
    count: 1,
  });
  const name = page.getByLabel('Snapshot name');
  const create = page.getByRole('button', { name: 'Create snapshot' });
  await name.fill('limited-snap');
  await create.click();

  // At once, long before the reset: the clock is not moved for it.
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('Rate limit reached');
  const said =
    /The API's rate limit is reached; try again after (\d\d:\d\d:\d\d) UTC\./;
  await expect(alert).toContainText(said);
  const time = said.exec((await alert.textContent()) ?? '')![1];
  const now = await page.evaluate(() => Date.now());
  const at = Date.parse(`${new Date(now).toISOString().slice(0, 10)}T${time}Z`);
  expect(at - now).toBeGreaterThan(55_000);
  // The headers count whole seconds, and the time said is rounded up.
  expect(at - now).toBeLessThanOrEqual(62_500);
  await expect(name).toHaveValue('limited-snap');
  await expect(create).toBeEnabled();
  const posts = () => api.count('POST', `/volumes/${id}/snapshots`);
  expect(await posts()).toBe(1);

  // Nothing is sent later behind the user's back; after the reset, one
  // click sends it.
  await clock.advance(63_000);
  expect(await posts()).toBe(1);
  await create.click();
  await expect(rowOf(page, 'limited-snap')).toBeVisible();
  await expect(name).toHaveValue('');
  expect(await posts()).toBe(2);
});

test('the snapshots list polls a pending snapshot until it settles; delete by name', async ({
  page,
  api,
  clock,
}) => {
  // A long journey: on a busy machine it needs more than the default.
  test.slow();
  await page.goto('/snapshots');
  const pending = rowOf(page, 'eu-mirror-sync');
  await expect(pending).toContainText('Pending');
  await expect(rowOf(page, 'za-db-migration')).toContainText(
    'detached while the snapshot',
  );
  // It settles 40 s after the seed; the polls come at about 2, 6, 14, 30
  // and 60 s, so 90 s leaves room for a slow first load.
  await clock.advance(90_000);
  await expect(pending).toContainText('Available');
  const settled = await api.count('GET', /^\/snapshots\?/);
  await clock.advance(3 * 60_000);
  expect(await api.count('GET', /^\/snapshots\?/)).toBe(settled);

  await page.getByRole('button', { name: 'Delete pre-upgrade' }).click();
  const dialog = page.getByRole('alertdialog');
  await dialog.getByLabel(/Type pre-upgrade to confirm/).fill('pre-upgrade');
  await dialog.getByRole('button', { name: 'Delete snapshot' }).click();
  await expect(dialog).toBeHidden();
  await expect(rowOf(page, 'pre-upgrade')).toHaveCount(0);
  await expect(rowOf(page, 'db-primary-nightly')).toBeVisible();
});

test.describe('on a 360-pixel phone', () => {
  test.use({ viewport: { width: 360, height: 740 } });

  test('every storage page fits without sideways scrolling', async ({
    page,
  }) => {
    const fits = async () => {
      const width = await page.evaluate(
        () => document.documentElement.scrollWidth,
      );
      expect(width).toBeLessThanOrEqual(360);
    };
    await page.goto('/volumes');
    await expect(rowOf(page, 'web-assets')).toBeVisible();
    await fits();
    await page.goto('/volumes/new');
    await expect(page.getByLabel('Size')).toBeVisible();
    await page.getByText('Equivalent API request').click();
    await fits();
    await openVolume(page, 'web-assets');
    await expect(rowOf(page, 'web-assets-weekly')).toBeVisible();
    await fits();
    await page.goto('/snapshots');
    await expect(rowOf(page, 'pre-upgrade')).toBeVisible();
    await fits();
  });
});
