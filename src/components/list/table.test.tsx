import { fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DataTable, RowActions } from './table';

function renderTable(updating?: boolean) {
  return render(
    <DataTable
      label="Volumes"
      columns={['Name', 'Size', '']}
      updating={updating}
    >
      <tr>
        <td>data-1</td>
        <td>10 GB</td>
        <RowActions>
          <button type="button">Delete</button>
        </RowActions>
      </tr>
    </DataTable>,
  );
}

describe('DataTable', () => {
  it('names every column, the one of row actions for screen readers only', () => {
    renderTable();
    const headers = screen.getAllByRole('columnheader');
    expect(headers.map((header) => header.textContent)).toEqual([
      'Name',
      'Size',
      'Actions',
    ]);
    expect(screen.getByText('Actions')).toHaveClass('sr-only');
    expect(screen.getByRole('region', { name: 'Volumes' })).toContainElement(
      screen.getByRole('table'),
    );
  });

  it('marks the table busy while it shows the previous page', () => {
    const { rerender } = renderTable(true);
    expect(screen.getByRole('table')).toHaveAttribute('aria-busy', 'true');
    rerender(
      <DataTable label="Volumes" columns={['Name']}>
        <tr>
          <td>data-1</td>
        </tr>
      </DataTable>,
    );
    expect(screen.getByRole('table')).not.toHaveAttribute('aria-busy');
  });
});

/** jsdom lays nothing out: give every element these widths. */
function layOut(widths: { client: number; scroll: number }) {
  vi.spyOn(HTMLElement.prototype, 'clientWidth', 'get').mockReturnValue(
    widths.client,
  );
  vi.spyOn(HTMLElement.prototype, 'scrollWidth', 'get').mockReturnValue(
    widths.scroll,
  );
}

describe('a table wider than its region', () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('says it scrolls sideways, and which edges hide columns', () => {
    layOut({ client: 320, scroll: 900 });
    renderTable();
    const region = screen.getByRole('region', { name: 'Volumes' });
    expect(region).toHaveAccessibleDescription('Scroll sideways for more');
    expect(region).toHaveAttribute('data-more-end');
    expect(region).not.toHaveAttribute('data-more-start');

    region.scrollLeft = 580;
    fireEvent.scroll(region);
    expect(region).toHaveAttribute('data-more-start');
    expect(region).not.toHaveAttribute('data-more-end');
  });

  it('keeps the row actions pinned to the right edge', () => {
    layOut({ client: 320, scroll: 900 });
    renderTable();
    const actions = screen.getByRole('button', { name: 'Delete' });
    expect(actions.closest('td')).toHaveClass('sticky', 'right-0');
    expect(screen.getByText('Actions').closest('th')).toHaveClass('sticky');
  });

  it('says nothing when everything fits', () => {
    layOut({ client: 900, scroll: 900 });
    renderTable();
    const region = screen.getByRole('region', { name: 'Volumes' });
    expect(screen.queryByText(/Scroll sideways/)).not.toBeInTheDocument();
    expect(region).not.toHaveAccessibleDescription();
    expect(region).not.toHaveAttribute('data-more-end');
  });
});
