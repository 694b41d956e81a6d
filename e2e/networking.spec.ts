import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

test.beforeEach(async ({ signIn }) => {
  // Long journeys across several pages, each with an accessibility scan.
  test.slow();
  await signIn();
});

/** An instance's id, read from the mock's account in the page. */
async function instanceId(page: Page, name: string) {
  await page.waitForFunction(() => '__fugokuMock' in window);
  return page.evaluate((wanted) => {
    const mock = (
      window as unknown as {
        __fugokuMock: {
          state(): { instances: { id: string; name: string }[] };
        };
      }
    ).__fugokuMock;
    return mock.state().instances.find((i) => i.name === wanted)!.id;
  }, name);
}

/** The name of the seeded network on a subnet, read from the mock. */
async function networkOn(page: Page, subnet: string) {
  await page.waitForFunction(() => '__fugokuMock' in window);
  return page.evaluate((wanted) => {
    const mock = (
      window as unknown as {
        __fugokuMock: {
          state(): { networks: { name: string; subnet: string }[] };
        };
      }
    ).__fugokuMock;
    return mock.state().networks.find((n) => n.subnet === wanted)!.name;
  }, subnet);
}

test('networks: the form catches a bad subnet before sending, then creates', async ({
  page,
  api,
  clock,
  expectAccessible,
}) => {
  await page.goto('/networks');
  const backend = await networkOn(page, '10.10.0.0/24');
  await expect(page.getByRole('link', { name: backend })).toBeVisible();
  await expectAccessible('networks list');

  await page.getByRole('link', { name: 'Create network' }).click();
  await page.getByLabel('Name').fill('edge-net');
  const subnet = page.getByLabel('Subnet');
  for (const [value, why] of [
    ['10.0.0.0', /Add a prefix length/],
    ['10.0.0.0/33', /Use a whole prefix length from \/16 to \/28/],
    ['010.0.0.0/24', /without leading zeros/],
    ['8.8.8.0/24', /Use a private range/],
    ['10.10.0.5/24', /did you mean 10\.10\.0\.0\/24/],
    // A network's name has no character special to a RegExp.
    ['10.10.0.0/16', new RegExp(`Overlaps ${backend} `)],
  ] as const) {
    await subnet.fill(value);
    await expect(page.getByText(why)).toBeVisible();
  }
  await page.getByRole('button', { name: 'Create network' }).click();
  expect(await api.count('POST', '/networks')).toBe(0);
  await expectAccessible('create network form');

  await subnet.fill('10.40.0.0/24');
  await page.getByRole('button', { name: 'Create network' }).click();
  await expect(
    page.getByRole('heading', { name: 'edge-net', level: 1 }),
  ).toBeVisible();
  await expect(page.getByText('No members')).toBeVisible();
  // Let the toast go first: its fade-in confuses the contrast check.
  await clock.advance(10_000);
  await expect(page.locator('[data-sonner-toast]')).toHaveCount(0);
  await expectAccessible('network page');
});

test('a network: attach an instance, detach it, and delete only when empty', async ({
  page,
  mock,
}) => {
  await page.goto('/networks?region=lagos-1');
  await page.getByRole('link', { name: 'lagos-workers' }).click();
  const members = page.getByRole('region', { name: 'Members' });
  await expect(members.getByRole('row')).toHaveCount(5);

  await page.getByLabel('Attach an instance of lagos-1').selectOption({
    label: 'bastion',
  });
  await page.getByRole('button', { name: 'Attach', exact: true }).click();
  await expect(members.getByRole('link', { name: 'bastion' })).toBeVisible();
  await expect(members.getByRole('row')).toHaveCount(6);

  await page.getByRole('button', { name: 'Detach bastion' }).click();
  const detach = page.getByRole('alertdialog');
  await expect(detach).toContainText('Detach bastion from lagos-workers?');
  await detach.getByRole('button', { name: 'Detach instance' }).click();
  await expect(detach).toBeHidden();
  await expect(members.getByRole('row')).toHaveCount(5);
  await expect(members.getByRole('link', { name: 'bastion' })).toHaveCount(0);

  // With members, delete is refused up front, saying why.
  const remove = page.getByRole('button', { name: 'Delete network' });
  await expect(remove).toBeDisabled();
  await expect(remove).toHaveAccessibleDescription(
    /Detach its 4 members first/,
  );

  // An empty network gains a member behind the page's back: the 409 on
  // delete is explained in the dialog, and the page catches up.
  await page.goto('/networks?region=accra-1');
  await page.getByRole('link', { name: 'gh-net' }).click();
  await expect(page.getByRole('heading', { name: 'gh-net' })).toBeVisible();
  const networkId = page.url().split('/').pop()!;
  const joined = await mock.request('POST', `/networks/${networkId}/attach`, {
    instance_id: 'gh-db',
  });
  expect(joined.status).toBe(202);
  await remove.click();
  const dialog = page.getByRole('alertdialog');
  await dialog.getByRole('textbox').fill('gh-net');
  await dialog.getByRole('button', { name: 'Delete network' }).click();
  await expect(dialog.getByRole('alert')).toContainText(
    'detach them before deleting it',
  );
  await expect(dialog).toContainText('It still has 1 member');
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(members.getByRole('link', { name: 'gh-db' })).toBeVisible();
  await expect(remove).toBeDisabled();

  // Emptied again, it is deleted by typing its name.
  await page.getByRole('button', { name: 'Detach gh-db' }).click();
  await page
    .getByRole('alertdialog')
    .getByRole('button', { name: 'Detach instance' })
    .click();
  await expect(remove).toBeEnabled();
  await remove.click();
  await dialog.getByRole('textbox').fill('gh-net');
  await dialog.getByRole('button', { name: 'Delete network' }).click();
  await expect(page).toHaveURL(/\/networks$/);
  await expect(page.getByRole('link', { name: 'gh-net' })).toBeHidden();
});

test('floating IPs: reserve, assign, reassign, unassign and release', async ({
  page,
  expectAccessible,
}) => {
  await page.goto('/floating-ips?region=lagos-1');
  await expect(
    page.getByRole('region', { name: 'Floating IPs' }),
  ).toBeVisible();
  await expectAccessible('floating IPs');
  const table = page.getByRole('region', { name: 'Floating IPs' });
  const rows = table.getByRole('row');
  await expect(rows).toHaveCount(4);

  // The picker opens in view, with focus on it; Escape gives focus back.
  const seeded = table.getByRole('button', { name: /^Reassign / }).first();
  await seeded.click();
  const firstPicker = page
    .getByRole('dialog')
    .getByLabel('Instance in lagos-1');
  await expect(firstPicker).toBeFocused();
  await expect(firstPicker).toBeInViewport();
  await expectAccessible('assign a floating IP');
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog')).toBeHidden();
  await expect(seeded).toBeFocused();

  await page.getByLabel('Reserve a floating IP in').selectOption('lagos-1');
  await page.getByRole('button', { name: 'Reserve', exact: true }).click();
  await expect(rows).toHaveCount(5);
  const fresh = rows.filter({ hasText: 'Unassigned' }).first();
  const ip = (await fresh.getByRole('cell').first().innerText()).trim();

  await page.getByRole('button', { name: `Assign ${ip}` }).click();
  const assign = page.getByRole('dialog', { name: `Assign ${ip}` });
  const picker = assign.getByLabel('Instance in lagos-1');
  await expect(picker).toBeFocused();
  await picker.selectOption({ label: 'api-1' });
  await assign.getByRole('button', { name: 'Assign', exact: true }).click();
  await expect(assign).toBeHidden();
  const row = rows.filter({ hasText: ip });
  await expect(row.getByRole('link', { name: 'api-1' })).toBeVisible();
  const reassign = page.getByRole('button', { name: `Reassign ${ip}` });
  await expect(reassign).toBeFocused();

  await reassign.click();
  const moving = page.getByRole('dialog', { name: `Reassign ${ip}` });
  await expect(moving.getByLabel('Instance in lagos-1')).toBeFocused();
  await moving
    .getByLabel('Instance in lagos-1')
    .selectOption({ label: 'api-2' });
  await moving.getByRole('button', { name: 'Assign', exact: true }).click();
  await expect(row.getByRole('link', { name: 'api-2' })).toBeVisible();

  await page.getByRole('button', { name: `Unassign ${ip}` }).click();
  const ask = page.getByRole('alertdialog', { name: `Unassign ${ip}?` });
  await expect(ask).toContainText('stops reaching api-2');
  await ask.getByRole('button', { name: 'Unassign address' }).click();
  await expect(row).toContainText('Unassigned');

  await page.getByRole('button', { name: `Release ${ip}` }).click();
  const dialog = page.getByRole('alertdialog');
  await expect(dialog).toContainText('for good');
  await dialog.getByRole('textbox').fill(ip);
  await dialog.getByRole('button', { name: 'Release address' }).click();
  await expect(rows.filter({ hasText: ip })).toHaveCount(0);
});

test('a floating IP moved to another instance: both pages agree without a reload', async ({
  page,
}) => {
  await page.goto('/floating-ips');
  const web = await instanceId(page, 'web-1');
  const api = await instanceId(page, 'api-1');
  await page.goto(`/instances/${web}/networking`);
  const copy = page.getByRole('button', { name: /^Copy floating IP / });
  await expect(copy).toHaveCount(1);
  const label = await copy.getAttribute('aria-label');
  const ip = label!.replace('Copy floating IP ', '');

  // From here on the app moves by its own links and history: no reload.
  await page
    .getByRole('link', { name: await networkOn(page, '10.10.0.0/24') })
    .click();
  await page
    .getByRole('region', { name: 'Members' })
    .getByRole('link', { name: 'api-1', exact: true })
    .click();
  await expect(page).toHaveURL(`/instances/${api}/networking`);
  await page.getByLabel('Assign a floating IP').selectOption(ip);
  await page.getByRole('button', { name: 'Assign', exact: true }).click();
  await expect(
    page.getByRole('button', { name: `Copy floating IP ${ip}` }),
  ).toBeVisible();

  await page.goBack();
  await page.goBack();
  await expect(page).toHaveURL(`/instances/${web}/networking`);
  await expect(page.getByText('No floating IP assigned')).toBeVisible();
  await page.goForward();
  await page.goForward();
  await expect(
    page.getByRole('button', { name: `Copy floating IP ${ip}` }),
  ).toBeVisible();
});

test('the networking tab shows the addresses and unassigns a floating IP', async ({
  page,
  mock,
}) => {
  await page.goto('/floating-ips');
  const id = await instanceId(page, 'web-1');
  const web = (await mock.request('GET', `/instances/${id}`)).body.data;
  const floating = (await mock.state()).floatingIps.find(
    (f) => f.instance_id === id,
  )!;
  await page.goto(`/instances/${id}/networking`);

  for (const [label, ip] of [
    ['Copy public IP', web.public_ip],
    ['Copy private IP', web.private_ip],
  ]) {
    expect(ip).toMatch(/^\d+\.\d+\.\d+\.\d+$/);
    const copy = page.getByRole('button', { name: label });
    await expect(copy).toBeVisible();
    // The address sits beside its copy button.
    await expect(copy.locator('..')).toHaveText(ip);
  }

  const unassign = page.getByRole('button', {
    name: `Unassign ${floating.ip}`,
  });
  await unassign.click();
  const ask = page.getByRole('alertdialog', {
    name: `Unassign ${floating.ip}?`,
  });
  await expect(ask).toContainText('stops reaching web-1');
  // Cancel leaves the address where it was.
  await ask.getByRole('button', { name: 'Cancel' }).click();
  await expect(unassign).toBeFocused();
  const before = await mock.request('GET', `/floating-ips/${floating.ip}`);
  expect(before.body.data.instance_id).toBe(id);

  await unassign.click();
  await ask.getByRole('button', { name: 'Unassign address' }).click();
  await expect(page.getByText('No floating IP assigned')).toBeVisible();
  await expect(
    page.getByRole('button', { name: `Copy floating IP ${floating.ip}` }),
  ).toHaveCount(0);
  const after = await mock.request('GET', `/floating-ips/${floating.ip}`);
  expect(after.body.data.instance_id).toBeNull();
  // Still reserved, it is offered back to the instance.
  await expect(
    page.getByLabel('Assign a floating IP').getByRole('option', {
      name: `${floating.ip} (unassigned)`,
    }),
  ).toBeAttached();
});

test('the networking tab attaches to a network and detaches', async ({
  page,
}) => {
  await page.goto('/floating-ips');
  const id = await instanceId(page, 'bastion');
  await page.goto(`/instances/${id}/networking`);
  await page
    .getByLabel('Attach to a network')
    .selectOption({ label: 'lagos-workers (10.20.0.0/24)' });
  await page.getByRole('button', { name: 'Attach', exact: true }).click();
  const detach = page.getByRole('button', {
    name: 'Detach from lagos-workers',
  });
  await expect(detach).toBeVisible();
  await expect(
    page.getByRole('button', { name: 'Copy address on lagos-workers' }),
  ).toBeVisible();
  await detach.click();
  await expect(detach).toBeHidden();
});

test('firewalls: rules checked as typed, warnings, add, delete and test', async ({
  page,
  api,
  expectAccessible,
}) => {
  await page.goto('/firewalls');
  await expectAccessible('firewalls page');
  await page.getByLabel('Instance', { exact: true }).selectOption({
    label: 'dev-ada (lagos-1)',
  });
  await expect(page.getByRole('heading', { name: 'Add a rule' })).toBeVisible();
  await expectAccessible('an instance firewall');

  const port = page.getByLabel('Port or range');
  for (const [value, why] of [
    ['0', /1 to 65535/],
    ['65536', /1 to 65535/],
    ['1--10', /one port/],
    ['1-2-3', /one port/],
    ['8080-8000', /lower port first/],
    ['022', /leading zeros/],
    ['abc', /one port/],
  ] as const) {
    await port.fill(value);
    await expect(page.getByText(why)).toBeVisible();
  }
  // A port means nothing to icmp, whichever of the two is set first.
  const protocol = page
    .getByRole('region', { name: 'Add a rule' })
    .getByLabel('Protocol');
  await port.fill('22');
  await protocol.selectOption('icmp');
  await expect(port).toHaveAccessibleDescription(
    /Leave the port empty for ICMP/,
  );
  await page.getByRole('button', { name: 'Add rule' }).click();
  await protocol.selectOption('tcp');
  await expect(port).not.toHaveAttribute('aria-invalid');
  await page.getByLabel('Source').fill('203.0.113.7/24');
  await expect(page.getByText('did you mean 203.0.113.0/24?')).toBeVisible();
  await page.getByRole('button', { name: 'Add rule' }).click();
  expect(await api.count('POST', /firewall\/rules/)).toBe(0);

  await page.getByLabel('Source').fill('0.0.0.0/0');
  await port.fill('20-30');
  await expect(page.getByText(/SSH \(22\) is open to the world/)).toBeVisible();

  await page.getByRole('button', { name: 'Ping' }).click();
  await expect(protocol).toHaveValue('icmp');
  await expect(port).toHaveValue('');
  await expect(page.getByText(/open to the world/)).toBeHidden();
  await page.getByRole('button', { name: 'SSH' }).click();
  await expect(protocol).toHaveValue('tcp');
  await expect(port).toHaveValue('22');
  await expect(page.getByText(/SSH \(22\) is open to the world/)).toBeVisible();

  await page.getByRole('button', { name: 'HTTPS' }).click();
  await expect(port).toHaveValue('443');
  await expect(page.getByText(/open to the world/)).toBeHidden();
  await page.getByRole('button', { name: 'Add rule' }).click();
  const https = page.getByRole('row', { name: /^tcp 443 / });
  await expect(https).toBeVisible();

  const tester = page.getByRole('region', { name: 'Test the rules' });
  await tester.getByLabel('From address').fill('198.51.100.20');
  await tester.getByLabel('Port').fill('443');
  await expect(tester.getByRole('status')).toContainText(
    'Allowed by the rule inbound tcp port 443 from 0.0.0.0/0',
  );
  await tester.getByLabel('Port').fill('5432');
  await expect(tester.getByRole('status')).toContainText('Blocked');

  await page
    .getByRole('button', {
      name: 'Delete rule inbound tcp port 443 from 0.0.0.0/0',
    })
    .click();
  await page
    .getByRole('alertdialog')
    .getByRole('button', { name: 'Delete rule' })
    .click();
  await expect(https).toBeHidden();
});
