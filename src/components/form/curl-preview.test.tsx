import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { CurlPreview } from './curl-preview';

describe('CurlPreview', () => {
  it('shows the request as curl and copies it', async () => {
    const user = userEvent.setup();
    const writeText = vi
      .spyOn(navigator.clipboard, 'writeText')
      .mockResolvedValue(undefined);
    render(
      <CurlPreview
        method="POST"
        path="/volumes"
        body={{ name: "bob's-disk", size_gb: 20, snapshot_id: '' }}
      />,
    );

    const summary = screen.getByText('Equivalent API request');
    expect(summary.closest('details')).not.toHaveAttribute('open');
    await user.click(summary);
    expect(summary.closest('details')).toHaveAttribute('open');

    const code = screen.getByText(/curl -X POST/);
    expect(code).toHaveTextContent('$FUGOKU_API_TOKEN');
    expect(code.textContent).toContain(`"name": "bob'\\''s-disk"`);
    expect(code).not.toHaveTextContent('snapshot_id');

    await user.click(screen.getByRole('button', { name: 'Copy curl command' }));
    expect(writeText).toHaveBeenCalledWith(code.textContent);
  });
});
