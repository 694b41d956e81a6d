import type { Page } from '@playwright/test';
import { claimWriteScope, expect, readOnlyToken, test } from './fixtures';

// Made with ssh-keygen -t ed25519; ssh-keygen -l printed FINGERPRINT.
const KEY =
  'ssh-ed25519 ' +
  'AAAAC3NzaC1lZDI1NTE5AAAAIHvQuEw1rfR91oPxu/flqD4qfqbAmN+008RxnjRkzlZe ' +
  'test@host';
const FINGERPRINT = 'SHA256:Tk3Xs0AFHY6YtE8VmykudD7V70koBmvh0xaKXAdPk2I';
const readOnlyReason = /This API token is read-only/;

const tabs = (page: Page) =>
  page.getByRole('navigation', { name: 'Account sections' });

test.describe('with the demo token', () => {
  test.beforeEach(async ({ signIn }) => {
    await signIn();
  });

  test('each tab has its own address and passes an accessibility scan', async ({
    page,
    expectAccessible,
  }) => {
    await page.goto('/');
    await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'Account' })
      .click();
    await expect(page).toHaveURL('/account');
    await expect(page.getByText('Adaeze Okafor')).toBeVisible();
    await expectAccessible('account details');

    await tabs(page).getByRole('link', { name: 'API tokens' }).click();
    await expect(page).toHaveURL('/account/tokens');
    await expect(page.getByRole('cell', { name: 'fgk_ro_d…' })).toBeVisible();
    await expectAccessible('API tokens');

    await tabs(page).getByRole('link', { name: 'SSH keys' }).click();
    await expect(page).toHaveURL('/account/ssh-keys');
    await expect(page.getByRole('rowheader', { name: 'laptop' })).toBeVisible();
    await expectAccessible('SSH keys');
  });

  test('the details tab shows who holds the account and its balance', async ({
    page,
  }) => {
    await page.goto('/account');
    const details = page.getByRole('main').locator('dl');
    await expect(details.getByRole('definition').first()).toHaveText(
      'Adaeze Okafor',
    );
    const pairs = await details.evaluate((dl) =>
      Object.fromEntries(
        [...dl.querySelectorAll('dt')].map((dt) => [
          dt.textContent,
          dt.nextElementSibling?.textContent,
        ]),
      ),
    );
    expect(pairs).toMatchObject({
      Name: 'Adaeze Okafor',
      Email: 'ada@kilimo.dev',
      Company: 'Kilimo Labs',
      Currency: 'USD',
      Credit: '$250.00',
    });
  });

  test("a new token's secret is shown once, then is nowhere", async ({
    page,
    expectAccessible,
  }) => {
    const logged: string[] = [];
    page.on('console', (message) => logged.push(message.text()));
    await page.goto('/account/tokens');
    await page.getByRole('button', { name: 'Create token' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Name').fill('ci-deploy');
    await dialog.getByLabel('Access').selectOption('read-write');
    await dialog.getByLabel('Expires after').selectOption('30');
    const created = page.waitForResponse(
      (r) => r.url().endsWith('/v1/account/tokens') && r.status() === 201,
    );
    await dialog.getByRole('button', { name: 'Create token' }).click();
    const response = await created;
    expect(response.headers()['cache-control']).toBe('no-store');

    const secret = (await dialog
      .getByLabel('Token secret', { exact: true })
      .textContent())!;
    expect(secret).toMatch(/^fgk_[A-Za-z0-9]{32}$/);
    await expectAccessible('the new token and its secret');
    // Escape and a click beside the dialog keep the secret on screen.
    const done = dialog.getByRole('button', { name: 'I have copied it' });
    await page.keyboard.press('Escape');
    await expect(dialog).toContainText(secret);
    await expect(done).toBeFocused();
    await page.mouse.click(5, 5);
    await expect(dialog).toContainText(secret);
    await done.click();
    await expect(dialog).toBeHidden();
    const row = page.getByRole('row', { name: /ci-deploy/ });
    await expect(row).toContainText(`${secret.slice(0, 8)}…`);

    await expectSecretGone(page, secret, logged);
    await page.reload();
    await expect(page.getByRole('row', { name: /ci-deploy/ })).toBeVisible();
    await expectSecretGone(page, secret, logged);
    await page.goBack();
    await page.goForward();
    await expectSecretGone(page, secret, logged);
  });

  test('revoking the token the console uses signs out, saying why', async ({
    page,
  }) => {
    await page.goto('/account/tokens');
    const own = page.getByRole('row', { name: /This console/ });
    await own.getByRole('button', { name: /Revoke/ }).click();
    const dialog = page.getByRole('alertdialog');
    await expect(dialog).toContainText('you will be signed out');
    await dialog.getByRole('button', { name: 'Revoke token' }).click();

    await expect(page).toHaveURL(/\/sign-in/);
    await expect(page.getByRole('status')).toContainText(
      'You revoked the API token this console was signed in with',
    );
    expect(
      await page.evaluate(() => sessionStorage.getItem('fugoku.session')),
    ).toBeNull();

    // The demo token is gone for good, until the demo is reset.
    const useDemo = page.getByRole('button', { name: 'Use the demo token' });
    await useDemo.click();
    await expect(
      page.getByText(
        'The demo token was not accepted: it has been revoked in this demo. Reset demo, above, restores it',
      ),
    ).toBeVisible();
    // Reset demo asks first, naming what is lost.
    await page.getByRole('button', { name: 'Reset demo' }).click();
    const reset = page.getByRole('alertdialog', { name: 'Reset the demo?' });
    await expect(reset).toContainText(
      'every resource you created or changed in the demo',
    );
    await reset.getByRole('button', { name: 'Reset demo' }).click();
    await expect(page.getByText('The demo is as it started')).toBeVisible();
    await useDemo.click();
    await expect(page.getByRole('heading', { name: 'Overview' })).toBeVisible();
  });

  test('revoking another token asks, then removes it', async ({ page }) => {
    await page.goto('/account/tokens');
    await page.getByRole('button', { name: 'Revoke terraform' }).click();
    await page.getByRole('button', { name: 'Revoke token' }).click();
    await expect(
      page.getByRole('rowheader', { name: 'terraform' }),
    ).toHaveCount(0);
  });

  test('Reset demo in the header asks, then undoes every change and says so', async ({
    page,
    expectAccessible,
  }) => {
    await page.goto('/account/tokens');
    await page.getByRole('button', { name: 'Revoke terraform' }).click();
    await page.getByRole('button', { name: 'Revoke token' }).click();
    await expect(
      page.getByRole('rowheader', { name: 'terraform' }),
    ).toHaveCount(0);

    await page.getByRole('button', { name: 'Reset demo' }).click();
    const reset = page.getByRole('alertdialog', { name: 'Reset the demo?' });
    await expect(reset).toContainText('back to the seeded one');
    await reset.getByRole('button', { name: 'Reset demo' }).click();
    await expect(
      page.getByText('The demo is as it started: every change was undone.'),
    ).toBeVisible();
    // A toast is read as well as any page.
    await expectAccessible('overview with a toast');
    await page.goto('/account/tokens');
    await expect(
      page.getByRole('rowheader', { name: 'terraform' }),
    ).toBeVisible();
  });

  test('SSH keys: added with a fingerprint, refused when not a key, deleted', async ({
    page,
  }) => {
    await page.goto('/account/ssh-keys');
    await page.getByRole('button', { name: 'Add SSH key' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Name').fill('work');
    const field = dialog.getByLabel('Public key');
    await field.fill('ssh-dss AAAAB3NzaC1kc3M= me@old');
    await expect(field).toHaveAccessibleDescription(
      /Use an ssh-ed25519, ecdsa-sha2-nistp256\/384\/521 or ssh-rsa key/,
    );
    await field.fill(KEY);
    await dialog.getByRole('button', { name: 'Add key' }).click();
    await expect(dialog).toBeHidden();
    const row = page.getByRole('row', { name: /work/ });
    await expect(row).toContainText(FINGERPRINT);

    await row.getByRole('button', { name: 'Delete work' }).click();
    await page.getByRole('button', { name: 'Delete key' }).click();
    await expect(page.getByRole('rowheader', { name: 'work' })).toHaveCount(0);
  });

  test('the create-instance form adds a key and checks it', async ({
    page,
  }) => {
    await page.goto('/instances/new');
    await page.getByRole('button', { name: 'Add SSH key' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Name').fill('work');
    await dialog.getByLabel('Public key').fill(KEY);
    await dialog.getByRole('button', { name: 'Add key' }).click();
    await expect(dialog).toBeHidden();
    await expect(
      page.getByRole('checkbox', { name: 'work', exact: true }),
    ).toBeChecked();
    await expect(page).toHaveURL('/instances/new');
  });
});

async function expectSecretGone(page: Page, secret: string, logged: string[]) {
  await expect(page.locator('body')).not.toContainText(secret);
  const places = await page.evaluate(() => ({
    url: location.href,
    history: JSON.stringify(history.state),
    local: JSON.stringify({ ...localStorage }),
    session: JSON.stringify({ ...sessionStorage }),
  }));
  for (const text of Object.values(places)) expect(text).not.toContain(secret);
  expect(logged.join('\n')).not.toContain(secret);
}

test.describe('with a read-only token', () => {
  test.beforeEach(async ({ signIn }) => {
    await signIn(readOnlyToken);
  });

  test('every write control says the token cannot write', async ({ page }) => {
    await page.goto('/account/tokens');
    const create = page.getByRole('button', { name: 'Create token' });
    await expect(create).toBeDisabled();
    await expect(create).toHaveAccessibleDescription(readOnlyReason);
    for (const revoke of await page
      .getByRole('button', { name: /^Revoke / })
      .all()) {
      await expect(revoke).toBeDisabled();
      await expect(revoke).toHaveAccessibleDescription(readOnlyReason);
    }

    await page.goto('/account/ssh-keys');
    const add = page.getByRole('button', { name: 'Add SSH key' });
    await expect(add).toBeDisabled();
    await expect(add).toHaveAccessibleDescription(readOnlyReason);
    for (const remove of await page
      .getByRole('button', { name: /^Delete / })
      .all()) {
      await expect(remove).toBeDisabled();
      await expect(remove).toHaveAccessibleDescription(readOnlyReason);
    }

    await page.goto('/instances/new');
    const addKey = page.getByRole('button', { name: 'Add SSH key' });
    await expect(addKey).toBeDisabled();
    await expect(addKey).toHaveAccessibleDescription(readOnlyReason);
  });

  test('a write forced through gets a clear 403 message', async ({ page }) => {
    await claimWriteScope(page);
    await page.goto('/account/ssh-keys');
    await page.getByRole('button', { name: 'Add SSH key' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Name').fill('work');
    await dialog.getByLabel('Public key').fill(KEY);
    await dialog.getByRole('button', { name: 'Add key' }).click();
    await expect(dialog.getByRole('alert')).toContainText(
      'This API token is not allowed to make this change',
    );
  });
});
