import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

test.beforeEach(async ({ signIn }) => {
  await signIn();
});

async function openForm(page: Page) {
  await page.goto('/instances/new');
  await expect(
    page.getByRole('heading', { name: 'Create instance' }),
  ).toBeVisible();
  await expect(page.getByRole('radio', { name: 'Standard 1' })).toBeVisible();
}

/** Fills every field a user typically touches. */
async function fillForm(page: Page, name = 'web-new') {
  await page.getByLabel('Name').fill(name);
  await page.getByLabel('Region').selectOption('lagos-1');
  await page.getByRole('radio', { name: 'Standard 1' }).check();
  await page.getByLabel('Tags').fill('production, web');
  await page.getByLabel('Automatic backups').check();
}

const createButton = (page: Page) =>
  page.getByRole('button', { name: 'Create instance' });

test('a new instance comes up without a reload', async ({
  page,
  api,
  clock,
  expectAccessible,
}) => {
  await openForm(page);
  await expectAccessible('create instance form');
  await fillForm(page);

  const curl = page.getByText(/curl -X POST/);
  await page.getByText('Equivalent API request').click();
  await expect(curl).toContainText('$FUGOKU_API_TOKEN');
  await expect(curl).toContainText('"name": "web-new"');
  await expect(curl).not.toContainText('fgk_demo');

  await createButton(page).click();

  await expect(page).toHaveURL(/\/instances\/inst-[a-z0-9]+$/);
  await expect(page.getByRole('heading', { name: 'web-new' })).toBeVisible();
  await expect(page.getByText('Provisioning').first()).toBeVisible();
  expect(await api.count('POST', '/instances')).toBe(1);

  // Provisioning takes the mock 40 s; polling, backing off to 30 s between
  // looks, sees it through within a minute and a half.
  await clock.advance(90_000);
  await expect(page.getByText('Running').first()).toBeVisible();
  await expectAccessible('new instance page');
});

test('bad input is refused where it was typed, before any request', async ({
  page,
  api,
}) => {
  await openForm(page);
  const name = page.getByLabel('Name');
  await name.fill('Web_1');
  await expect(name).toHaveAttribute('aria-invalid', 'true');
  await expect(name).toHaveAccessibleDescription(/lowercase/i);

  await page.getByLabel('Tags').fill('a b c d e f g h i j k');
  await createButton(page).click();

  await expect(name).toBeFocused();
  await expect(page.getByLabel('Tags')).toHaveAccessibleDescription(/10/);
  expect(await api.count('POST', '/instances')).toBe(0);
});

test('a 422 puts each message in its place and keeps every value', async ({
  page,
  mock,
}) => {
  await openForm(page);
  await fillForm(page, 'web-clash');
  await mock.fault({
    type: 'reject',
    status: 422,
    method: 'POST',
    path: '/instances',
    message: 'Some values are not valid',
    details: {
      name: 'An instance named web-clash already exists',
      quota: 'The account has reached its limit of 50 instances',
    },
    count: 1,
  });

  await createButton(page).click();

  const name = page.getByLabel('Name');
  await expect(name).toHaveAccessibleDescription(/already exists/);
  await expect(name).toHaveAttribute('aria-invalid', 'true');
  await expect(name).toBeFocused();
  await expect(page.getByRole('alert').first()).toContainText(
    'limit of 50 instances',
  );
  await expect(name).toHaveValue('web-clash');
  await expect(page.getByLabel('Tags')).toHaveValue('production, web');
  await expect(page.getByRole('radio', { name: 'Standard 1' })).toBeChecked();
  await expect(page.getByLabel('Automatic backups')).toBeChecked();
  await expect(createButton(page)).toBeEnabled();
});

test('a reload keeps what was typed; leaving the form forgets it', async ({
  page,
}) => {
  await openForm(page);
  await fillForm(page, 'web-draft');
  // Outside the default region, with a network of its own.
  await page.getByLabel('Region').selectOption('nairobi-1');
  await page.getByRole('checkbox', { name: 'nairobi-private' }).check();
  await page.getByLabel('User data').fill('#cloud-config\npackages: [nginx]');

  // The browser asks before a reload of a filled form; the user goes on.
  page.on('dialog', (dialog) => void dialog.accept());
  await page.reload();
  await expect(page.getByRole('radio', { name: 'Standard 1' })).toBeChecked();
  await expect(
    page.getByText('What you typed before the page reloaded is back'),
  ).toBeVisible();
  await expect(page.getByLabel('Name')).toHaveValue('web-draft');
  await expect(page.getByLabel('Region')).toHaveValue('nairobi-1');
  await expect(
    page.getByRole('checkbox', { name: 'nairobi-private' }),
  ).toBeChecked();
  await expect(page.getByLabel('Tags')).toHaveValue('production, web');
  await expect(page.getByLabel('User data')).toHaveValue(
    '#cloud-config\npackages: [nginx]',
  );
  await expect(page.getByLabel('Automatic backups')).toBeChecked();

  // Cancel means discard: the draft goes with the form.
  await page.getByRole('link', { name: 'Cancel' }).click();
  await expect(page).toHaveURL('/instances');
  await openForm(page);
  await expect(page.getByLabel('Name')).toHaveValue('');
  await expect(page.getByText(/before the page reloaded/)).toHaveCount(0);
});

test('Reset demo goes through even from a filled form, and forgets it', async ({
  page,
}) => {
  await openForm(page);
  await fillForm(page, 'web-before-reset');
  await page.getByRole('button', { name: 'Reset demo' }).click();
  await page
    .getByRole('alertdialog', { name: 'Reset the demo?' })
    .getByRole('button', { name: 'Reset demo' })
    .click();
  await expect(
    page.getByText('The demo is as it started: every change was undone.'),
  ).toBeVisible();
  await expect(page).toHaveURL('/');
  await openForm(page);
  await expect(page.getByLabel('Name')).toHaveValue('');
});

test('two quick clicks send one POST', async ({ page, api }) => {
  await openForm(page);
  await fillForm(page);

  await createButton(page).dblclick();

  await expect(page).toHaveURL(/\/instances\/inst-/);
  expect(await api.count('POST', '/instances')).toBe(1);
});

test('a token revoked mid-form: sign in again, nothing lost, one POST', async ({
  page,
  api,
  mock,
}) => {
  await openForm(page);
  await fillForm(page, 'web-after');
  await mock.fault({ type: 'unauthorized', method: 'POST', count: 1 });

  await createButton(page).click();

  const dialog = page.getByRole('dialog', { name: 'Sign in again' });
  await expect(dialog).toBeVisible();
  await dialog.getByRole('button', { name: 'Use the demo token' }).click();
  await expect(dialog).toBeHidden();
  // Signed in again: the alert saying the session ended goes.
  await expect(page.getByRole('alert')).toHaveCount(0);

  await expect(page.getByLabel('Name')).toHaveValue('web-after');
  await expect(page.getByLabel('Tags')).toHaveValue('production, web');
  await expect(page.getByRole('radio', { name: 'Standard 1' })).toBeChecked();

  await createButton(page).click();
  await expect(page).toHaveURL(/\/instances\/inst-/);
  await expect(page.getByRole('heading', { name: 'web-after' })).toBeVisible();
  // The refused attempt and the one that went through.
  expect(await api.count('POST', '/instances')).toBe(2);
});
