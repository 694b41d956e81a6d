import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactNode } from 'react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { describe, expect, it, vi } from 'vitest';
import { ApiError } from '../api/errors';
import { QueryError } from './query-error';

function renderInRouter(ui: ReactNode) {
  const router = createMemoryRouter([{ path: '/', element: ui }]);
  return render(<RouterProvider router={router} />);
}

describe('QueryError', () => {
  it('shows the message, the request id and a retry', async () => {
    const user = userEvent.setup();
    const onRetry = vi.fn();
    renderInRouter(
      <QueryError
        error={new ApiError(500, 'internal_error', 'It broke.', {}, 'req_5')}
        onRetry={onRetry}
      />,
    );
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent('It broke.');
    expect(alert).toHaveTextContent('req_5');
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    expect(onRetry).toHaveBeenCalledOnce();
  });

  it('says a 404 no longer exists and leads back', () => {
    renderInRouter(
      <QueryError
        error={new ApiError(404, 'resource_not_found', 'No instance i-9.')}
        onRetry={vi.fn()}
        back={{ to: '/instances', label: 'Back to instances' }}
      />,
    );
    expect(screen.getByText('This no longer exists')).toBeInTheDocument();
    expect(
      screen.getByRole('link', { name: 'Back to instances' }),
    ).toHaveAttribute('href', '/instances');
    expect(screen.queryByRole('button', { name: 'Try again' })).toBeNull();
  });

  it('does not show an unexpected error as an API message', () => {
    renderInRouter(<QueryError error={new Error('secret internals')} />);
    expect(screen.getByRole('alert')).not.toHaveTextContent('secret internals');
  });
});
