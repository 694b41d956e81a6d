import type { Page } from '@playwright/test';
import { claimWriteScope, expect, readOnlyToken, test } from './fixtures';

const reason = /This API token is read-only/;

/**
 * Controls that only read, copy, sort, page or fill in the form on screen.
 * Every other control is taken for a write and must be gated, so that a
 * new one is checked whatever it is called.
 */
const readOnlyControls =
  /^(Copy\b|Previous$|Next$|Clear filters$|Export CSV$|Show$|Cancel$|Discard changes$|(Name|Hours|Cost)\s*[↕↑↓]$|SSH$|HTTP$|HTTPS$|Ping$)/;

interface GateOptions {
  /** Controls that change only the form on screen, sent by its submit. */
  formOnly?: string[];
}

/**
 * Every write control on the page is disabled and says why, and no link
 * leads to a create page. `last` is the control that appears last (in
 * the last table to load), so that the check starts once the page is
 * whole.
 */
async function expectEveryWriteGated(
  page: Page,
  last: string | RegExp,
  { formOnly = [] }: GateOptions = {},
) {
  const main = page.getByRole('main');
  await expect(main.getByRole('button', { name: last }).last()).toBeVisible();
  // One look at the whole page: a locator per control would take minutes.
  const { controls, createLinks } = await main.evaluate((root) => ({
    controls: [
      ...root.querySelectorAll<HTMLElement>(
        'button, [role="button"], [role="menuitem"], input[type="submit"]',
      ),
    ].map((control) => ({
      name: (control.getAttribute('aria-label') ?? control.textContent ?? '')
        .replace(/\s+/g, ' ')
        .trim(),
      disabled:
        (control as HTMLButtonElement).disabled === true ||
        control.getAttribute('aria-disabled') === 'true',
      description: (control.getAttribute('aria-describedby') ?? '')
        .split(' ')
        .map((id) => document.getElementById(id)?.textContent ?? '')
        .join(' '),
    })),
    createLinks: [...root.querySelectorAll('a[href$="/new"]')].map((link) =>
      link.getAttribute('href'),
    ),
  }));
  const gated = controls.filter(
    (control) =>
      !readOnlyControls.test(control.name) && !formOnly.includes(control.name),
  );
  expect(gated.length).toBeGreaterThan(0);
  for (const control of gated) {
    expect(control, control.name).toMatchObject({
      disabled: true,
      description: expect.stringMatching(reason),
    });
  }
  expect(createLinks).toEqual([]);
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

test('every create form offers no write a read-only token could make', async ({
  page,
}) => {
  const forms: [string, string, GateOptions?][] = [
    ['/instances/new', 'Create instance'],
    ['/volumes/new', 'Create volume'],
    ['/networks/new', 'Create network'],
    // Its Add backend puts an instance into the form, not into the API.
    [
      '/load-balancers/new',
      'Create load balancer',
      { formOnly: ['Add backend'] },
    ],
  ];
  for (const [path, last, options] of forms) {
    await page.goto(path);
    await expectEveryWriteGated(page, last, options);
    // Said before the first field, not only once it has all been filled.
    const note = page.getByRole('main').getByRole('note');
    await expect(note).toHaveText(reason);
    const [noteTop, nameTop] = await Promise.all([
      note.evaluate((element) => element.getBoundingClientRect().top),
      page
        .getByLabel('Name')
        .evaluate((element) => element.getBoundingClientRect().top),
    ]);
    expect(noteTop).toBeLessThan(nameTop);
  }
});

test("the firewalls page offers no write once an instance's rules show", async ({
  page,
}) => {
  await page.goto('/firewalls');
  const picker = page.getByLabel('Instance');
  await expect(picker.locator('option').nth(1)).toBeAttached();
  await picker.selectOption({ index: 1 });
  await expect(page).toHaveURL(/\/firewalls\?instance=inst-/);
  await expectEveryWriteGated(page, 'Add rule');
  await expect(
    page.getByRole('button', { name: /^Delete rule/ }).first(),
  ).toBeDisabled();
});

test('the API refuses every kind of write from a read-only token', async ({
  page,
  mock,
}) => {
  await page.goto('/volumes');
  await expect(page.getByRole('heading', { name: 'Volumes' })).toBeVisible();
  const read = (path: string) =>
    mock.request('GET', path, undefined, readOnlyToken);
  const instance = (await read('/instances?status=running&per_page=1')).body
    .data[0];
  const network = (await read('/networks?per_page=1')).body.data[0];
  const volumesBefore = (await read('/volumes?per_page=1')).body.meta.pagination
    .total_count;

  const writes: [string, string, object?][] = [
    ['POST', '/volumes', { name: 'forced', size_gb: 10, region: 'lagos-1' }],
    ['POST', `/instances/${instance.id}/actions`, { type: 'reboot' }],
    ['DELETE', `/networks/${network.id}`],
  ];
  for (const [method, path, body] of writes) {
    const reply = await mock.request(method, path, body, readOnlyToken);
    expect(reply.status, `${method} ${path}`).toBe(403);
    expect(reply.body.error).toMatchObject({
      code: 'forbidden',
      message: expect.stringMatching(/read-only.*write scope/),
    });
  }

  // Nothing happened.
  expect(
    (await read('/volumes?per_page=1')).body.meta.pagination,
  ).toMatchObject({ total_count: volumesBefore });
  expect((await read(`/instances/${instance.id}`)).body.data.status).toBe(
    'running',
  );
  expect((await read(`/networks/${network.id}`)).status).toBe(200);
});

test('a create form forced past the gate shows the refusal in its words', async ({
  page,
}) => {
  await claimWriteScope(page);
  await page.goto('/volumes/new');
  await page.getByLabel('Name').fill('forced-data');
  await page.getByLabel('Size').fill('20');
  const refused = page.waitForResponse(
    (r) => r.url().endsWith('/v1/volumes') && r.request().method() === 'POST',
  );
  await page.getByRole('button', { name: 'Create volume' }).click();
  expect((await refused).status()).toBe(403);
  await expect(page.getByRole('alert')).toContainText(
    'This API token is not allowed to make this change',
  );
  await expect(page).toHaveURL('/volumes/new');
});
