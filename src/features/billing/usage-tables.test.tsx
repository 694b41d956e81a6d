import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import Papa from 'papaparse';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { describe, expect, it } from 'vitest';
import { usageCsv } from './usage-csv';
import type { UsageLine } from './usage-lines';
import { UsageTables } from './usage-tables';

const line = (name: string, cost: number, hours = 10): UsageLine => ({
  category: 'instances',
  id: `inst-${name}`,
  name,
  detail: 'standard-1',
  hours,
  cost,
  deleted: false,
  href: `/instances/inst-${name}`,
});

// Half cents and amounts under a tenth: where two rounding rules differ.
const lines = [
  line('web-1', 1.345, 3),
  line('web-2', 0.0335, 30),
  line('web-3', 1.005, 20),
  line('web-4', 12.5, 1),
];

let router: ReturnType<typeof createMemoryRouter>;

function renderTables(url = '/billing') {
  router = createMemoryRouter(
    [
      {
        path: '/billing',
        element: <UsageTables lines={lines} currency="USD" />,
      },
    ],
    { initialEntries: [url] },
  );
  render(<RouterProvider router={router} />);
  return screen.getByRole('region', { name: 'Instances usage' });
}

/** Each body row as [name, cost shown]. */
function shownRows(table: HTMLElement) {
  return within(table)
    .getAllByRole('row')
    .slice(1)
    .map((row) => {
      const cells = row.querySelectorAll('th, td');
      return [cells[0]!.textContent, cells[3]!.textContent];
    });
}

describe('the usage tables', () => {
  it('show each cost rounded as Intl rounds it, dearest first', () => {
    expect(shownRows(renderTables())).toEqual([
      ['web-4', '$12.50'],
      ['web-1', '$1.35'],
      ['web-3', '$1.01'],
      ['web-2', '$0.0335'],
    ]);
  });

  it('hold the same figures as the CSV export, line for line', () => {
    const shown = shownRows(renderTables()).map(([name, cost]) => [
      name,
      cost!.replace(/[$,]/g, ''),
    ]);
    const exported = Papa.parse<string[]>(usageCsv(lines, 'USD'), {
      skipEmptyLines: true,
    })
      .data.slice(1)
      .map((row) => [row[2], row[5]]);
    const byName = (a: (string | null | undefined)[], b: typeof a) =>
      String(a[0]).localeCompare(String(b[0]));
    expect(exported.sort(byName)).toEqual(shown.sort(byName));
    expect(exported).toContainEqual(['web-1', '1.35']);
    expect(exported).toContainEqual(['web-2', '0.0335']);
  });

  it('order rows by cost, then hours, then name when asked', async () => {
    const user = userEvent.setup();
    const table = renderTables();
    const names = () => shownRows(table).map(([name]) => name);
    const header = (label: string) =>
      within(table).getByRole('columnheader', { name: new RegExp(label) });

    await user.click(within(header('Cost')).getByRole('button'));
    expect(header('Cost')).toHaveAttribute('aria-sort', 'ascending');
    expect(names()).toEqual(['web-2', 'web-3', 'web-1', 'web-4']);

    await user.click(within(header('Cost')).getByRole('button'));
    expect(names()).toEqual(['web-4', 'web-1', 'web-3', 'web-2']);

    await user.click(within(header('Hours')).getByRole('button'));
    expect(header('Hours')).toHaveAttribute('aria-sort', 'descending');
    expect(names()).toEqual(['web-2', 'web-3', 'web-1', 'web-4']);

    await user.click(within(header('Name')).getByRole('button'));
    expect(names()).toEqual(['web-1', 'web-2', 'web-3', 'web-4']);
  });

  it("keep each table's order in the URL, for a reload or a shared link", async () => {
    const user = userEvent.setup();
    const table = renderTables('/billing?range=last-month');
    const sortBy = (label: string) =>
      user.click(
        within(
          within(table).getByRole('columnheader', { name: new RegExp(label) }),
        ).getByRole('button'),
      );

    await sortBy('Name');
    expect(router.state.location.search).toBe(
      '?range=last-month&sort-instances=name-asc',
    );
    // Dearest first is the default, and needs no mention.
    await sortBy('Cost');
    expect(router.state.location.search).toBe('?range=last-month');
    expect(shownRows(table).map(([name]) => name)[0]).toBe('web-4');
  });

  it('open in the order a link gives, and ignore one they do not know', () => {
    const names = (url: string) =>
      shownRows(renderTables(url)).map(([name]) => name);
    expect(names('/billing?sort-instances=name-desc')).toEqual([
      'web-4',
      'web-3',
      'web-2',
      'web-1',
    ]);
    document.body.innerHTML = '';
    expect(names('/billing?sort-instances=price-up')).toEqual([
      'web-4',
      'web-1',
      'web-3',
      'web-2',
    ]);
  });
});
