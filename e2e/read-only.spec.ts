import type { Page } from '@playwright/test';
import { expect, readOnlyToken, test } from './fixtures';

const reason = /This API token is read-only/;

/** Buttons whose names say they would change something. */
const writes =
  /^(Create|Add|Delete|Remove|Attach|Detach|Assign|Reassign|Unassign|Reserve|Release|Revoke|Start|Stop|Reboot|Rebuild|Resize|Rename|Save)\b/;

/**
 * Every write control on the page is disabled and says why. `last` is
 * the control that appears last (in the last table to load), so that the
 * check starts once the page is whole.
 */
async function expectEveryWriteGated(page: Page, last: string | RegExp) {
  const main = page.getByRole('main');
  await expect(main.getByRole('button', { name: last }).last()).toBeVisible();
  // One look at the whole page: a locator per button would take minutes.
  const controls = await main.evaluate((root) =>
    [...root.querySelectorAll('button')].map((button) => ({
      name: (
        button.getAttribute('aria-label') ??
        button.textContent ??
        ''
      ).trim(),
      disabled: button.disabled,
      description: (button.getAttribute('aria-describedby') ?? '')
        .split(' ')
        .map((id) => document.getElementById(id)?.textContent ?? '')
        .join(' '),
    })),
  );
  const gated = controls.filter((control) => writes.test(control.name));
  expect(gated.length).toBeGreaterThan(0);
  for (const control of gated) {
    expect(control, control.name).toMatchObject({
      disabled: true,
      description: expect.stringMatching(reason),
    });
  }
}

/** The address of the first row's link in the page's table. */
async function firstRowHref(page: Page, path: string) {
  await page.goto(path);
  const link = page.getByRole('main').getByRole('table').getByRole('link');
  await expect(link.first()).toBeVisible();
  return (await link.first().getAttribute('href')) ?? '';
}

test.beforeEach(async ({ signIn }) => {
  await signIn(readOnlyToken);
});

test('every list page offers no write a read-only token could make', async ({
  page,
}) => {
  const lists: [string, string | RegExp][] = [
    ['/instances', 'Delete'],
    ['/volumes', 'Create volume'],
    ['/snapshots', 'Delete'],
    ['/networks', 'Create network'],
    ['/floating-ips', 'Release'],
    ['/load-balancers', 'Create load balancer'],
    ['/account/tokens', 'Revoke'],
    ['/account/ssh-keys', 'Delete'],
  ];
  for (const [path, last] of lists) {
    await page.goto(path);
    await expectEveryWriteGated(page, last);
  }
});

test('every instance tab offers no write a read-only token could make', async ({
  page,
}) => {
  const instance = await firstRowHref(page, '/instances?status=running');
  const tabs: [string, string | RegExp][] = [
    ['', 'Delete…'],
    ['/networking', 'Assign'],
    ['/storage', 'Attach volume'],
    ['/firewall', 'Add rule'],
    ['/settings', 'Delete instance…'],
  ];
  for (const [tab, last] of tabs) {
    await page.goto(instance + tab);
    await expectEveryWriteGated(page, last);
  }
  await page.goto(instance + '/firewall');
  await expect(
    page.getByRole('button', { name: /^Delete rule/ }).first(),
  ).toBeDisabled();
});

test('every detail page offers no write a read-only token could make', async ({
  page,
}) => {
  const details: [string, string | RegExp][] = [
    [await firstRowHref(page, '/volumes'), 'Create snapshot'],
    [await firstRowHref(page, '/networks'), 'Attach'],
    [await firstRowHref(page, '/load-balancers'), 'Add backend'],
  ];
  for (const [path, last] of details) {
    await page.goto(path);
    await expectEveryWriteGated(page, last);
  }
});
