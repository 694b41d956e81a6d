import type { Locator, Page } from '@playwright/test';
import { demoToken, expect, test } from './fixtures';

test.beforeEach(async ({ signIn }) => {
  await signIn();
});

/** Opens a load balancer's page from the list, as a user would. */
async function openBalancer(page: Page, name: string) {
  await page.goto('/load-balancers');
  await page.getByRole('link', { name, exact: true }).click();
  await expect(page.getByRole('heading', { name, level: 1 })).toBeVisible({
    timeout: 15_000,
  });
  return new URL(page.url()).pathname.split('/')[2]!;
}

const backendRow = (page: Page, name: string) =>
  page
    .getByRole('region', { name: 'Backends' })
    .getByRole('row')
    .filter({ has: page.getByRole('link', { name, exact: true }) });

/** The field refuses the value: its message is its description. */
async function expectRefused(field: Locator, value: string, message: string) {
  await field.fill(value);
  await expect(field).toHaveAttribute('aria-invalid', 'true');
  await expect(field).toHaveAccessibleDescription(new RegExp(message));
}

/** The field takes the value: no longer invalid, no message left. */
async function expectAccepted(field: Locator, value: string) {
  await field.fill(value);
  await expect(field).not.toHaveAttribute('aria-invalid', 'true');
  await expect(field).not.toHaveAccessibleDescription(/Use 1 to 100/);
}

/** The instance id a backend row links to. */
async function instanceIdOf(page: Page, name: string) {
  const href = await backendRow(page, name)
    .getByRole('link', { name, exact: true })
    .getAttribute('href');
  return href!.split('/')[2]!;
}

test('the list, the create form and the new balancer pass an accessibility scan', async ({
  page,
  clock,
  expectAccessible,
}) => {
  // Three pages, two scans and a provisioning seen through.
  test.slow();
  const scripts: string[] = [];
  await page.goto('/instances');
  await expect(
    page.getByRole('link', { name: 'web-1', exact: true }),
  ).toBeVisible();
  page.on('request', (request) => {
    if (request.resourceType() === 'script') scripts.push(request.url());
  });
  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: 'Load balancers' })
    .click();
  const row = page.getByRole('row').filter({
    has: page.getByRole('link', { name: 'web-lb', exact: true }),
  });
  await expect(row).toContainText('HTTP 80 → 8080');
  await expect(row).toContainText('3 backends: 3 healthy');
  await expect(row).toContainText('Active');
  // The page arrived as a chunk of its own.
  expect(scripts.some((url) => /list-page-.*\.js$/.test(url))).toBe(true);
  await expectAccessible('load balancer list');

  await page
    .getByRole('link', { name: 'Create load balancer' })
    .first()
    .click();
  await expect(page).toHaveURL('/load-balancers/new');
  await expect(page.getByText('$12.00')).toBeVisible();
  await expect(
    page.getByText('$0.0164 an hour, at most $12.00 a month'),
  ).toBeVisible();
  await page.getByLabel('Name').fill('api-lb');
  await page.getByLabel('Instance to add').selectOption({ label: 'api-1' });
  await page.getByRole('button', { name: 'Add backend' }).click();
  await page.getByLabel('Weight of api-1').fill('40');
  await expectAccessible('create load balancer');
  await page.getByText('Equivalent API request').click();
  await expect(page.locator('pre')).toContainText('"name": "api-lb"');
  await expect(page.locator('pre')).toContainText('"weight": 40');
  await expect(page.locator('pre')).not.toContainText(demoToken);

  await page.getByRole('button', { name: 'Create load balancer' }).click();
  await expect(page.getByRole('heading', { name: 'api-lb' })).toBeVisible();
  const header = page.getByRole('main').locator('header').first();
  await expect(header.getByText('Provisioning')).toBeVisible();
  await expect(backendRow(page, 'api-1')).toContainText('Unknown');
  await clock.advance(45_000);
  await expect(header.getByText('Active')).toBeVisible();
  await expectAccessible('load balancer page');
});

test('broken values are refused under their field before any request', async ({
  page,
  api,
}) => {
  await page.goto('/load-balancers/new');
  await page.getByLabel('Name').fill('edge-lb');

  await page.getByLabel('Timeout').fill('10');
  await expect(
    page.getByText('Use less than the interval (10 s)'),
  ).toBeVisible();
  await page.getByLabel('Path').fill('health');
  await expect(page.getByText('Start the path with /')).toBeVisible();
  await page.getByLabel('Port', { exact: true }).fill('70000');
  await expect(page.getByText('Use 1 to 65535')).toBeVisible();
  await page.getByLabel('Instance to add').selectOption({ label: 'api-1' });
  await page.getByRole('button', { name: 'Add backend' }).click();
  // Each refusal is read from the field itself, cleared in between, so
  // that the second is not the first one still showing.
  const weight = page.getByLabel('Weight of api-1');
  await expectRefused(weight, '0', 'Use 1 to 100');
  await expectRefused(weight, '', 'Enter a weight');
  await expectRefused(weight, '101', 'Use 1 to 100');
  await expectAccepted(weight, '100');
  await expectRefused(weight, '101', 'Use 1 to 100');

  await page.getByRole('button', { name: 'Create load balancer' }).click();
  await expect(page.getByLabel('Timeout')).toHaveAttribute(
    'aria-invalid',
    'true',
  );
  expect(await api.count('POST', '/load-balancers')).toBe(0);

  // On a balancer's page too: a weight out of range is not sent.
  const id = await openBalancer(page, 'web-lb');
  const web1 = page.getByLabel('Weight of web-1');
  await expectRefused(web1, '0', 'Use 1 to 100');
  await expectAccepted(web1, '100');
  await expectRefused(web1, '101', 'Use 1 to 100');
  await page.getByLabel('Timeout').fill('10');
  await expect(
    page.getByText('Use less than the interval (10 s)'),
  ).toBeVisible();
  await page.getByRole('button', { name: 'Save changes' }).click();
  expect(await api.count('PATCH', new RegExp(`/load-balancers/${id}`))).toBe(0);
});

test('a revoked token mid-save loses no edit and sends each change once', async ({
  page,
  api,
  mock,
}) => {
  const id = await openBalancer(page, 'web-lb');
  const web1 = await instanceIdOf(page, 'web-1');
  const web2 = await instanceIdOf(page, 'web-2');
  await page.getByLabel('Path').fill('/ready');
  await page.getByLabel('Weight of web-1').fill('50');
  await page.getByLabel('Weight of web-2').fill('70');

  await mock.fault({ type: 'unauthorized', method: 'PATCH', count: 1 });
  await page.getByRole('button', { name: 'Save changes' }).click();
  const dialog = page.getByRole('dialog', { name: 'Sign in again' });
  await expect(dialog).toBeVisible();
  await dialog.getByRole('button', { name: 'Use the demo token' }).click();
  await expect(dialog).toBeHidden();

  await expect(page.getByLabel('Path')).toHaveValue('/ready');
  await expect(page.getByLabel('Weight of web-1')).toHaveValue('50');
  await expect(page.getByLabel('Weight of web-2')).toHaveValue('70');

  await api.clear();
  await page.getByRole('button', { name: 'Save changes' }).click();
  await expect(page.getByText('You have unsaved changes.')).toBeHidden();
  expect(await api.count('PATCH', `/load-balancers/${id}`)).toBe(1);
  const backend = (instanceId: string) =>
    `/load-balancers/${id}/backends/${instanceId}`;
  expect(await api.count('PATCH', backend(web1))).toBe(1);
  expect(await api.count('PATCH', backend(web2))).toBe(1);
  expect(await api.count('PATCH', /backends/)).toBe(2);

  const saved = await mock.request('GET', `/load-balancers/${id}`);
  expect(saved.body.data.health_check.path).toBe('/ready');
  expect(
    saved.body.data.backends.map((b: { weight: number }) => b.weight),
  ).toEqual([50, 70, 100]);
});

test('a stopped backend turns unhealthy at the next refresh, and back', async ({
  page,
  clock,
  mock,
}) => {
  await openBalancer(page, 'web-lb');
  const web1 = await instanceIdOf(page, 'web-1');
  const row = backendRow(page, 'web-1');
  await expect(row).toContainText('Healthy');

  const stop = await mock.request('POST', `/instances/${web1}/actions`, {
    type: 'stop',
  });
  expect(stop.status).toBe(202);
  // Stopping takes 10 s, then 3 failed checks of 10 s; a refresh every 30 s.
  await clock.advance(70_000);
  await expect(row).toContainText('Unhealthy');

  await mock.request('POST', `/instances/${web1}/actions`, { type: 'start' });
  // Starting takes 15 s, then two passed checks of 10 s.
  await clock.advance(70_000);
  await expect(row).toContainText('Healthy');
  await expect(row).not.toContainText('Unhealthy');
});

test('an instance cannot be added twice; forced, the 409 is explained', async ({
  page,
  mock,
}) => {
  const id = await openBalancer(page, 'web-lb');
  const choices = page.getByLabel('Instance', { exact: true });
  const offered = await choices.locator('option').allTextContents();
  expect(offered.some((text) => text.startsWith('web-1'))).toBe(false);
  expect(offered.some((text) => text.startsWith('api-1'))).toBe(true);
  expect(offered.some((text) => text.startsWith('mpesa'))).toBe(false);

  const twice = await mock.request('POST', `/load-balancers/${id}/backends`, {
    instance_id: 'web-1',
    weight: 10,
  });
  expect(twice.status).toBe(409);
  expect(twice.body.error.message).toBe(
    "Instance 'web-1' is already a backend of 'web-lb'",
  );

  // Another client adds api-1 while the form still offers it.
  await mock.request('POST', `/load-balancers/${id}/backends`, {
    instance_id: 'api-1',
    weight: 10,
  });
  await choices.selectOption({ label: 'api-1 (running)' });
  await page.getByRole('button', { name: 'Add backend' }).click();
  // Not only the API's sentence: what to do instead.
  const alert = page.getByRole('alert').filter({ hasText: 'Conflict' });
  await expect(alert).toContainText(
    'api-1 is already a backend of web-lb: change its weight in the table instead.',
  );
  await expect(alert).not.toContainText("Instance 'api-1'");
  await expect(alert).toContainText(/Request ID req-/);
  await expect(backendRow(page, 'api-1')).toBeVisible();
  await expect(page.getByLabel('Weight of api-1')).toHaveValue('10');
  await expect(choices).toHaveValue('');
});

test('a backend added from the form: its weight checked under the field, then shown in the table', async ({
  page,
  api,
  mock,
}) => {
  const id = await openBalancer(page, 'web-lb');
  const choices = page.getByLabel('Instance', { exact: true });
  await choices.selectOption({ label: 'api-1 (running)' });
  const weight = page.getByLabel('Weight', { exact: true });
  const add = page.getByRole('button', { name: 'Add backend' });

  await expectRefused(weight, '0', 'Use 1 to 100');
  await add.click();
  await expectRefused(weight, '', 'Enter a weight');
  await expectRefused(weight, '101', 'Use 1 to 100');
  await add.click();
  await expect(weight).toBeFocused();
  const posts = `/load-balancers/${id}/backends`;
  expect(await api.count('POST', posts)).toBe(0);

  await expectAccepted(weight, '35');
  await add.click();
  await expect(backendRow(page, 'api-1')).toBeVisible();
  await expect(page.getByLabel('Weight of api-1')).toHaveValue('35');
  expect(await api.count('POST', posts)).toBe(1);
  // It is no longer offered, and the form is ready for another.
  const offered = await choices.locator('option').allTextContents();
  expect(offered.some((text) => text.startsWith('api-1'))).toBe(false);
  await expect(weight).toHaveValue('100');

  const apiId = await instanceIdOf(page, 'api-1');
  const saved = await mock.request('GET', `/load-balancers/${id}`);
  expect(saved.body.data.backends).toContainEqual(
    expect.objectContaining({ instance_id: apiId, weight: 35 }),
  );
});

test('the list keeps its page and region in the URL', async ({ page }) => {
  const names = () =>
    page.getByRole('main').getByRole('rowheader').allTextContents();
  await page.goto('/load-balancers?per_page=1');
  await expect(page.getByText('Showing 1–1 of 2')).toBeVisible();
  const [first] = await names();

  await page.getByRole('button', { name: 'Next' }).click();
  await expect(page).toHaveURL(/\/load-balancers\?per_page=1&page=2$/);
  await expect(page.getByText('Showing 2–2 of 2')).toBeVisible();
  const [second] = await names();
  expect(second).not.toBe(first);

  await page.reload();
  await expect(page.getByText('Showing 2–2 of 2')).toBeVisible();
  expect(await names()).toEqual([second]);

  // A region goes back to page 1 in the same navigation.
  await page.getByLabel('Region').selectOption('nairobi-1');
  await expect(page).toHaveURL(
    /\/load-balancers\?per_page=1&region=nairobi-1$/,
  );
  const row = page.getByRole('main').getByRole('row').nth(1);
  await expect(row).toContainText('nairobi-1');
  await expect(page.getByText('Showing 1–1 of 1')).toBeVisible();

  // The address changes first; the rows follow once the page is drawn.
  await page.goBack();
  await expect(page).toHaveURL(/\/load-balancers\?per_page=1&page=2$/);
  await expect.poll(names).toEqual([second]);
  await page.goBack();
  await expect(page).toHaveURL(/\/load-balancers\?per_page=1$/);
  await expect.poll(names).toEqual([first]);
});

test('a provisioning balancer turns active on the list without a reload', async ({
  page,
  api,
  clock,
  mock,
}) => {
  await page.goto('/load-balancers');
  await expect(
    page.getByRole('heading', { name: 'Load balancers' }),
  ).toBeVisible();
  const made = await mock.request('POST', '/load-balancers', {
    name: 'edge-lb',
    region: 'lagos-1',
    algorithm: 'round_robin',
    protocol: 'http',
    port: 80,
    backend_port: 8080,
    health_check: {
      path: '/health',
      interval: 10,
      timeout: 5,
      unhealthy_threshold: 3,
    },
  });
  expect(made.status).toBe(201);

  // Loaded afresh, the list shows it provisioning; from here, no reload.
  await page.goto('/load-balancers');
  const row = page.getByRole('row').filter({
    has: page.getByRole('link', { name: 'edge-lb', exact: true }),
  });
  await expect(row).toContainText('Provisioning');
  const fetched = await api.count('GET', /^\/load-balancers\?/);

  await clock.advance(70_000);
  await expect(row).toContainText('Active');
  expect(await api.count('GET', /^\/load-balancers\?/)).toBeGreaterThan(
    fetched,
  );
  // Settled, the list stops asking.
  const settled = await api.count('GET', /^\/load-balancers\?/);
  await clock.advance(3 * 60_000);
  expect(await api.count('GET', /^\/load-balancers\?/)).toBe(settled);
});

test('change the algorithm, remove a backend, guard edits, then delete', async ({
  page,
  api,
}) => {
  const id = await openBalancer(page, 'web-lb');
  await page
    .getByLabel('Algorithm')
    .selectOption({ label: 'Least connections' });
  await page.getByRole('button', { name: 'Save changes' }).click();
  await expect(page.getByText('You have unsaved changes.')).toBeHidden();
  expect(await api.count('PATCH', `/load-balancers/${id}`)).toBe(1);
  await expect(page.getByLabel('Algorithm')).toHaveValue('least_connections');

  await page.getByRole('button', { name: 'Remove web-3' }).click();
  const confirm = page.getByRole('alertdialog', { name: 'Remove web-3?' });
  await expect(confirm).toContainText('keeps running');
  await confirm.getByRole('button', { name: 'Remove backend' }).click();
  await expect(backendRow(page, 'web-3')).toHaveCount(0);

  // Unsaved edits hold a navigation until the user agrees to lose them.
  await page.getByLabel('Interval').fill('20');
  await page
    .getByRole('navigation', { name: 'Breadcrumb' })
    .getByRole('link', { name: 'Load balancers' })
    .click();
  const leave = page.getByRole('alertdialog', {
    name: 'Leave without saving?',
  });
  await expect(leave).toBeVisible();
  await leave.getByRole('button', { name: 'Cancel' }).click();
  await expect(page).toHaveURL(`/load-balancers/${id}`);
  await expect(page.getByLabel('Interval')).toHaveValue('20');
  await page
    .getByRole('navigation', { name: 'Breadcrumb' })
    .getByRole('link', { name: 'Load balancers' })
    .click();
  await leave.getByRole('button', { name: 'Leave and lose changes' }).click();
  await expect(page).toHaveURL('/load-balancers');
  await page.getByRole('link', { name: 'web-lb', exact: true }).click();
  await expect(page.getByLabel('Interval')).toHaveValue('10');
  await expect(page.getByLabel('Algorithm')).toHaveValue('least_connections');

  // Unsaved edits do not stand in the way of a delete.
  await page.getByLabel('Interval').fill('20');

  await page.getByRole('button', { name: 'Delete…' }).click();
  const remove = page.getByRole('alertdialog', { name: 'Delete web-lb?' });
  await expect(remove).toContainText('web-1, web-2');
  await remove.getByLabel('Type web-lb to confirm').fill('web-lb');
  await remove.getByRole('button', { name: 'Delete load balancer' }).click();
  await expect(page).toHaveURL('/load-balancers');
  await expect(page.getByRole('link', { name: 'mpesa-lb' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'web-lb' })).toHaveCount(0);
});

test.describe('on a 360-pixel phone', () => {
  test.use({ viewport: { width: 360, height: 740 } });

  test('every load balancer page fits without sideways scrolling', async ({
    page,
  }) => {
    const fits = async () =>
      expect(
        await page.evaluate(() => document.documentElement.scrollWidth),
      ).toBeLessThanOrEqual(360);
    await page.goto('/load-balancers');
    await expect(page.getByRole('link', { name: 'web-lb' })).toBeVisible();
    await fits();
    await page.getByRole('link', { name: 'web-lb' }).click();
    await expect(page.getByLabel('Weight of web-1')).toBeVisible();
    await fits();
    await page.goto('/load-balancers/new');
    await expect(page.getByLabel('Name')).toBeVisible();
    await fits();
  });
});
