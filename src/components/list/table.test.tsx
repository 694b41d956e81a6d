import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { DataTable } from './table';

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
        <td>
          <button type="button">Delete</button>
        </td>
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
