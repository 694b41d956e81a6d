import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { Pagination } from './pagination';

const meta = (page: number, total_count = 234, per_page = 25) => ({
  page,
  per_page,
  total_count,
  total_pages: Math.ceil(total_count / per_page),
});

describe('Pagination', () => {
  it('says which rows are shown and moves a page at a time', async () => {
    const user = userEvent.setup();
    const onPageChange = vi.fn();
    render(<Pagination pagination={meta(2)} onPageChange={onPageChange} />);

    const nav = screen.getByRole('navigation', { name: 'Pagination' });
    expect(nav).toHaveTextContent('Showing 26–50 of 234');
    await user.click(screen.getByRole('button', { name: 'Previous' }));
    await user.click(screen.getByRole('button', { name: 'Next' }));
    expect(onPageChange.mock.calls).toEqual([[1], [3]]);
  });

  it('disables Previous on the first page and Next on the last', () => {
    const { rerender } = render(
      <Pagination pagination={meta(1)} onPageChange={vi.fn()} />,
    );
    expect(screen.getByRole('button', { name: 'Previous' })).toBeDisabled();
    expect(screen.getByRole('button', { name: 'Next' })).toBeEnabled();

    rerender(<Pagination pagination={meta(10)} onPageChange={vi.fn()} />);
    expect(screen.getByText('Showing 226–234 of 234')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Previous' })).toBeEnabled();
    expect(screen.getByRole('button', { name: 'Next' })).toBeDisabled();
  });

  it('offers no buttons for a single page', () => {
    render(<Pagination pagination={meta(1, 3)} onPageChange={vi.fn()} />);
    expect(screen.getByText('Showing 1–3 of 3')).toBeInTheDocument();
    expect(screen.queryByRole('button')).not.toBeInTheDocument();
  });

  it('leads back from a page past the end', async () => {
    const user = userEvent.setup();
    const onPageChange = vi.fn();
    render(
      <Pagination
        pagination={meta(40)}
        onPageChange={onPageChange}
        label="Instances pages"
      />,
    );
    expect(
      screen.getByRole('navigation', { name: 'Instances pages' }),
    ).toHaveTextContent('Page 40 is past the end (10 pages)');
    await user.click(screen.getByRole('button', { name: 'Previous' }));
    expect(onPageChange).toHaveBeenCalledWith(10);
  });
});
