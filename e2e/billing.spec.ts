import { readdir, readFile } from 'node:fs/promises';
import type { Browser, Page } from '@playwright/test';
import Papa from 'papaparse';
import type { Usage } from '../src/api/types';
import { demoToken, expect, startTime, test } from './fixtures';
import { ports } from './ports';

const usageRequests = async (api: {
  matching: (m: string, p: RegExp) => Promise<{ path: string }[]>;
}) => (await api.matching('GET', /^\/account\/usage/)).map((r) => r.path);

const period = (page: Page) => page.getByLabel('Period');

// The first answer can be slow on a busy machine: wait longer for it.
const firstLoad = { timeout: 20_000 };

/** The usage the page is about to be given, as the API sent it. */
async function usageAnswer(page: Page): Promise<Usage> {
  const response = await page.waitForResponse(
    (r) => r.url().includes('/v1/account/usage') && r.status() === 200,
    firstLoad,
  );
  return ((await response.json()) as { data: Usage }).data;
}

/** "$1,234.50" as 1234.5 */
const amount = (shown: string) => Number(shown.replace(/[$,]/g, ''));

// The mock bills whole cents, so each of its costs shows two decimals.
const dollars = new Intl.NumberFormat('en-US', {
  style: 'currency',
  currency: 'USD',
});

test.describe('the usage dashboard', () => {
  test.beforeEach(async ({ signIn }) => {
    await signIn();
  });

  test('shows this month by default, with a projection, and passes axe', async ({
    page,
    api,
    expectAccessible,
  }) => {
    await page.goto('/billing');
    await expect(period(page)).toHaveValue('this-month');
    await expect(page.getByText('1 Nov 2026 – 20 Nov 2026')).toBeVisible(
      firstLoad,
    );
    expect(await usageRequests(api)).toEqual([
      '/account/usage?start_date=2026-11-01&end_date=2026-11-20',
    ]);
    for (const label of ['Compute', 'Storage', 'Networking', 'Total']) {
      await expect(
        page.getByRole('definition').and(page.locator(`[data-summary]`)),
      ).toHaveCount(4);
      await expect(
        page.getByText(label, { exact: true }).first(),
      ).toBeVisible();
    }
    await expect(page.getByText('Estimated month end:')).toBeVisible();
    await expect(page.getByText(/an estimate/)).toBeVisible();
    const byCategory = page.getByRole('table', { name: 'Cost by category' });
    await expect(byCategory.getByRole('rowheader')).toHaveText(
      ['Compute', 'Storage', 'Networking', 'Total'],
      firstLoad,
    );
    const total = await page.locator('[data-summary="total"]').textContent();
    await expect(
      byCategory.getByRole('row', { name: /Total/ }).getByRole('cell'),
    ).toHaveText(total!);
    await expectAccessible('billing');
  });

  test('keeps the range in the URL; lines link to live resources only', async ({
    page,
    api,
  }) => {
    await page.goto('/billing');
    await expect(page.getByText('Period:')).toBeVisible(firstLoad);
    await period(page).selectOption('last-3-months');
    await expect(page).toHaveURL('/billing?range=last-3-months');
    await expect(page.getByText('1 Aug 2026 – 31 Oct 2026')).toBeVisible();
    expect(await usageRequests(api)).toContain(
      '/account/usage?start_date=2026-08-01&end_date=2026-10-31',
    );
    await expect(page.getByText('Estimated month end:')).toHaveCount(0);

    const instances = page.getByRole('region', { name: 'Instances usage' });
    const deleted = instances.getByRole('row', { name: /old-web/ });
    await expect(deleted).toContainText('Deleted');
    await expect(deleted.getByRole('link')).toHaveCount(0);
    await instances.getByRole('link', { name: 'web-1', exact: true }).click();
    await expect(page).toHaveURL(/\/instances\/inst-/);

    await page.goBack();
    await expect(period(page)).toHaveValue('last-3-months');
  });

  test('sorts a table by a column', async ({ page }) => {
    await page.goto('/billing');
    const table = page.getByRole('region', { name: 'Instances usage' });
    const cost = table.getByRole('columnheader', { name: /Cost/ });
    await expect(cost).toHaveAttribute('aria-sort', 'descending', firstLoad);
    const costs = async () =>
      (await table.locator('tbody td:last-child').allTextContents()).map(
        amount,
      );
    const dearestFirst = await costs();
    expect(dearestFirst.length).toBeGreaterThan(2);
    expect(dearestFirst).toEqual([...dearestFirst].sort((a, b) => b - a));
    expect(dearestFirst[0]).toBeGreaterThan(dearestFirst.at(-1)!);

    await cost.getByRole('button').click();
    await expect(cost).toHaveAttribute('aria-sort', 'ascending');
    expect(await costs()).toEqual([...dearestFirst].sort((a, b) => a - b));
    const name = table.getByRole('columnheader', { name: /Name/ });
    await name.getByRole('button').click();
    await expect(name).toHaveAttribute('aria-sort', 'ascending');
    const names = await table.getByRole('rowheader').allTextContents();
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b)));
  });

  test('refuses a custom range that starts after it ends', async ({
    page,
    api,
    expectAccessible,
  }) => {
    await page.goto('/billing');
    await expect(page.getByText('Period:')).toBeVisible(firstLoad);
    await period(page).selectOption('custom');
    await page.getByLabel('From (UTC)').fill('2026-11-10');
    await page.getByLabel('To, included (UTC)').fill('2026-11-02');
    await page.getByRole('button', { name: 'Show' }).click();
    await expect(page.getByRole('alert')).toHaveText(
      'The start date must be on or before the end date',
    );
    await expect(page).toHaveURL('/billing');
    expect(await usageRequests(api)).toHaveLength(1);
    await expect(page.getByLabel('From (UTC)')).toHaveAccessibleDescription(
      'The start date must be on or before the end date',
    );
    await expectAccessible('custom range error');
  });

  test("projects the month end from the API's total and hourly rate, within the monthly caps", async ({
    page,
  }) => {
    // Time stands still at the fixture's start, 20 Nov 2026, 09:00 UTC.
    await page.clock.setFixedTime(startTime);
    const answer = usageAnswer(page);
    await page.goto('/billing');
    const { summary, hourly_rate, rest_of_month } = await answer;

    const hoursLeft = (Date.UTC(2026, 11, 1) - startTime.getTime()) / 3_600_000;
    expect(hoursLeft).toBe(255);
    // Instances that run all of November reach their plan's monthly price
    // before it ends: the rest of the month costs less than the rate says.
    const atRate = Math.round(hourly_rate * 10_000) * hoursLeft;
    const capped = Math.round(rest_of_month * 10_000);
    expect(capped).toBeLessThan(atRate);
    // Worked in whole ten-thousandths of a dollar, then to the cent.
    const tenThousandths =
      Math.round(summary.total * 10_000) + Math.min(atRate, capped);
    const expected = dollars.format(Math.round(tenThousandths / 100) / 100);

    const projection = page.locator('[data-projection]');
    await expect(projection).toHaveText(expected, firstLoad);
    expect(amount(expected)).toBeGreaterThan(summary.total);
    const note = page.getByText('Estimated month end:').locator('..');
    await expect(note).toContainText(`${expected} — an estimate`);
    const rate = (await note.textContent())!.match(
      /month to date plus (\$[\d,.]+) an hour/,
    )?.[1];
    expect(Math.abs(amount(rate!) - hourly_rate)).toBeLessThan(0.005);
    await expect(note).toContainText('until the month ends (UTC)');
    await expect(note).toContainText(
      'no resource costing more than its monthly price',
    );
  });

  test('lists the five dearest resources, dearest first', async ({ page }) => {
    const answer = usageAnswer(page);
    await page.goto('/billing?range=last-3-months');
    const { breakdown } = await answer;
    const everyResource = [
      ...breakdown.instances.map((l) => ({ ...l, kind: 'Instances' })),
      ...breakdown.volumes.map((l) => ({ ...l, kind: 'Volumes' })),
      ...breakdown.load_balancers.map((l) => ({
        ...l,
        kind: 'Load balancers',
      })),
      ...breakdown.floating_ips.map((l) => ({
        ...l,
        name: l.ip,
        kind: 'Floating IPs',
      })),
    ];
    const dearest = everyResource
      .filter((line) => line.cost > 0)
      .sort((a, b) => b.cost - a.cost)
      .slice(0, 5);
    expect(dearest).toHaveLength(5);

    const table = page.getByRole('table', { name: 'Most expensive resources' });
    await expect(table.getByRole('rowheader')).toHaveText(
      dearest.map((line) => `${line.name} (${line.kind})`),
      firstLoad,
    );
    await expect(table.locator('tbody td')).toHaveText(
      dearest.map((line) => dollars.format(line.cost)),
    );
  });

  test('exports exactly the lines the tables show, as CSV', async ({
    page,
  }) => {
    await page.goto('/billing?range=last-3-months');
    await expect(page.getByText('1 Aug 2026 – 31 Oct 2026')).toBeVisible(
      firstLoad,
    );
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Export CSV' }).click();
    const file = await (await download).path();
    const csv = Papa.parse<Record<string, string>>(
      await readFile(file, 'utf8'),
      { header: true },
    ).data;

    const shown = page.locator('[aria-label$=" usage"] tbody tr');
    const rows = await shown.evaluateAll((trs) =>
      trs.map((tr) => {
        const name = tr.querySelector('th a, th span')?.textContent ?? '';
        const cost = tr.querySelector('td:last-child')?.textContent ?? '';
        // The figure as shown, less its currency symbol and grouping.
        return { name, cost: cost.replace(/[$,]/g, '') };
      }),
    );
    expect(csv).toHaveLength(rows.length);
    const fromCsv = csv.map((row) => ({
      name: row.name ?? '',
      cost: row.cost_usd ?? '',
    }));
    const order = (list: { name: string; cost: string }[]) =>
      [...list].sort(
        (a, b) => a.name.localeCompare(b.name) || a.cost.localeCompare(b.cost),
      );
    expect(order(fromCsv)).toEqual(order(rows));
  });
});

/** The build's script files that hold the charting library. */
async function chartChunks() {
  const assets = `dist-e2e/demo-${ports.demo}/assets`;
  const scripts = (await readdir(assets)).filter((f) => f.endsWith('.js'));
  const holding = await Promise.all(
    scripts.map(async (file) => {
      const code = await readFile(`${assets}/${file}`, 'utf8');
      // A class name every chart recharts draws carries.
      return code.includes('recharts-wrapper') ? file : null;
    }),
  );
  return holding.filter((file): file is string => file !== null);
}

test('loads the charting library on the billing page only', async ({
  page,
  signIn,
}) => {
  await signIn();
  const chunks = await chartChunks();
  expect(chunks.length).toBeGreaterThan(0);
  const scripts: string[] = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'script') scripts.push(request.url());
  });
  const loadedCharts = () =>
    scripts.filter((url) => chunks.some((chunk) => url.endsWith(chunk)));
  const nav = page.getByRole('navigation', { name: 'Main' });

  await page.goto('/');
  await expect(page.getByRole('heading', { name: 'Overview' })).toBeVisible();
  for (const [link, heading] of [
    ['Instances', 'Instances'],
    ['Volumes', 'Volumes'],
  ]) {
    await nav.getByRole('link', { name: link, exact: true }).click();
    await expect(
      page.getByRole('heading', { level: 1, name: heading }),
    ).toBeVisible();
  }
  expect(scripts.length).toBeGreaterThan(0);
  expect(loadedCharts()).toEqual([]);

  await nav.getByRole('link', { name: 'Billing', exact: true }).click();
  await expect(
    page.getByRole('table', { name: 'Most expensive resources' }),
  ).toBeVisible(firstLoad);
  expect(loadedCharts().length).toBeGreaterThan(0);
});

/**
 * Opens the dashboard in a browser set to `timezoneId`, late on the last
 * day of November in UTC (already December in Auckland), picks a custom
 * range and reports what was sent and shown.
 */
async function pickRangeIn(browser: Browser, timezoneId: string, url: string) {
  const context = await browser.newContext({
    baseURL: url,
    locale: 'en-US',
    timezoneId,
  });
  const page = await context.newPage();
  await page.clock.install({ time: new Date('2026-11-30T22:00:00Z') });
  await page.addInitScript((token) => {
    sessionStorage.setItem('fugoku.session', token);
  }, demoToken);
  const sent: string[] = [];
  page.on('request', (request) => {
    const at = request.url().indexOf('/v1/account/usage');
    if (at !== -1) sent.push(request.url().slice(at + 3));
  });
  await page.goto('/billing');
  await expect(page.getByText('1 Nov 2026 – 30 Nov 2026')).toBeVisible(
    firstLoad,
  );
  const thisMonth = await page.locator('[data-summary="total"]').textContent();
  await period(page).selectOption('custom');
  await page.getByLabel('From (UTC)').fill('2026-10-05');
  await page.getByLabel('To, included (UTC)').fill('2026-10-20');
  await page.getByRole('button', { name: 'Show' }).click();
  await expect(page.getByText('5 Oct 2026 – 20 Oct 2026')).toBeVisible(
    firstLoad,
  );
  const custom = await page.locator('[data-summary="total"]').textContent();
  const lines = await page
    .getByRole('region', { name: 'Instances usage' })
    .getByRole('row')
    .allTextContents();
  await context.close();
  return { sent: [...new Set(sent)], thisMonth, custom, lines };
}

test('the same range gives the same dates and figures in any time zone', async ({
  browser,
  baseURL,
}) => {
  const west = await pickRangeIn(browser, 'America/Los_Angeles', baseURL!);
  const east = await pickRangeIn(browser, 'Pacific/Auckland', baseURL!);
  expect(west.sent).toEqual([
    '/account/usage?start_date=2026-11-01&end_date=2026-11-30',
    '/account/usage?start_date=2026-10-05&end_date=2026-10-20',
  ]);
  expect(east).toEqual(west);
});
