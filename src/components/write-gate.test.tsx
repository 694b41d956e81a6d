import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen } from '@testing-library/react';
import type { ReactNode } from 'react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { describe, expect, it, vi } from 'vitest';
import { currentTokenQuery, readOnlyReason } from '../api/queries/account';
import type { CurrentToken } from '../api/types';
import { Button } from './button';
import { DataTable } from './list';
import { GatedButton, GatedLink, WriteGate } from './write-gate';

function renderWith(scopes: CurrentToken['scopes'] | 'unknown', ui: ReactNode) {
  const queryClient = new QueryClient({
    defaultOptions: { queries: { retry: false } },
  });
  if (scopes !== 'unknown') {
    queryClient.setQueryData(currentTokenQuery.queryKey, {
      id: 'tok-1',
      name: 'ci',
      scopes,
      expires_at: null,
    } as CurrentToken);
  }
  const router = createMemoryRouter([{ path: '/', element: ui }]);
  return render(
    <QueryClientProvider client={queryClient}>
      <RouterProvider router={router} />
    </QueryClientProvider>,
  );
}

describe('GatedButton', () => {
  it('works for a token that can write', () => {
    renderWith(['read', 'write'], <GatedButton>Reboot</GatedButton>);
    const button = screen.getByRole('button', { name: 'Reboot' });
    expect(button).toBeEnabled();
    expect(button).not.toHaveAttribute('aria-describedby');
  });

  it('is disabled, and says why, for a read-only token', () => {
    renderWith(['read'], <GatedButton>Reboot</GatedButton>);
    const button = screen.getByRole('button', { name: 'Reboot' });
    expect(button).toBeDisabled();
    expect(button).toHaveAccessibleDescription(readOnlyReason);
    expect(screen.getByText(readOnlyReason)).toBeVisible();
  });

  it('waits, without a reason, while the scopes are unknown', () => {
    vi.spyOn(globalThis, 'fetch').mockReturnValue(new Promise(() => {}));
    renderWith('unknown', <GatedButton>Reboot</GatedButton>);
    const button = screen.getByRole('button', { name: 'Reboot' });
    expect(button).toBeDisabled();
    expect(screen.queryByText(readOnlyReason)).not.toBeInTheDocument();
  });

  it('in a table row, keeps the reason for screen readers but does not print it', () => {
    renderWith(
      ['read'],
      <DataTable label="SSH keys" columns={['Name', '']}>
        <tr>
          <td>laptop</td>
          <td>
            <GatedButton>Delete laptop</GatedButton>
          </td>
        </tr>
      </DataTable>,
    );
    const button = screen.getByRole('button', { name: 'Delete laptop' });
    expect(button).toBeDisabled();
    expect(button).toHaveAccessibleDescription(readOnlyReason);
    expect(screen.getByText(readOnlyReason)).toHaveClass('sr-only');
  });

  it('keeps its own disabled state', () => {
    renderWith(['read', 'write'], <GatedButton disabled>Reboot</GatedButton>);
    expect(screen.getByRole('button', { name: 'Reboot' })).toBeDisabled();
  });
});

describe('WriteGate', () => {
  it('gives the reason once for several controls', () => {
    renderWith(
      ['read'],
      <WriteGate>
        {(gate) => (
          <>
            <Button {...gate}>Start</Button>
            <Button {...gate}>Stop</Button>
          </>
        )}
      </WriteGate>,
    );
    expect(screen.getAllByText(readOnlyReason)).toHaveLength(1);
    for (const name of ['Start', 'Stop']) {
      const button = screen.getByRole('button', { name });
      expect(button).toBeDisabled();
      expect(button).toHaveAccessibleDescription(readOnlyReason);
    }
  });
});

describe('GatedLink', () => {
  it('is a link for a token that can write', () => {
    renderWith(
      ['read', 'write'],
      <GatedLink to="/instances/new">Create instance</GatedLink>,
    );
    expect(
      screen.getByRole('link', { name: 'Create instance' }),
    ).toHaveAttribute('href', '/instances/new');
  });

  it('is a disabled button with the reason for a read-only token', () => {
    renderWith(
      ['read'],
      <GatedLink to="/instances/new">Create instance</GatedLink>,
    );
    expect(screen.queryByRole('link')).not.toBeInTheDocument();
    const button = screen.getByRole('button', { name: 'Create instance' });
    expect(button).toBeDisabled();
    expect(button).toHaveAccessibleDescription(readOnlyReason);
  });
});
