import { render, screen } from '@testing-library/react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { describe, expect, it } from 'vitest';
import { PageHeader } from './page-header';
import { StatusBadge } from './status-badge';

describe('PageHeader', () => {
  it('has one h1, its actions, and a way back', () => {
    const router = createMemoryRouter([
      {
        path: '/',
        element: (
          <PageHeader
            title="web-1"
            description="Ubuntu 24.04 in lagos-1"
            meta={<StatusBadge status="running" />}
            actions={<button>Reboot</button>}
            back={{ to: '/instances', label: 'Instances' }}
          />
        ),
      },
    ]);
    render(<RouterProvider router={router} />);

    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(
      'web-1',
    );
    expect(screen.getByText('Running')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Reboot' })).toBeInTheDocument();
    const breadcrumb = screen.getByRole('navigation', { name: 'Breadcrumb' });
    expect(breadcrumb.querySelector('a')).toHaveAttribute('href', '/instances');
    expect(screen.getByRole('link', { name: 'Instances' })).toBeInTheDocument();
  });
});
