import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CurlPreview } from './curl-preview';

// Which build the preview is drawn in: the demo one, or a live one.
const build = vi.hoisted(() => ({
  isDemo: true,
  apiBaseUrl: 'http://localhost/v1',
}));
vi.mock('../../api/config', () => build);

afterEach(() => {
  build.isDemo = true;
  build.apiBaseUrl = 'http://localhost/v1';
});

/** The line that says how to set the command's variables. */
const hint = () =>
  screen.getByText(
    (_, element) =>
      element?.tagName === 'P' &&
      /FUGOKU_API_TOKEN/.test(element.textContent ?? ''),
  );

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

  it('in the demo, points curl at the mock served over HTTP', () => {
    render(<CurlPreview method="GET" path="/instances" defaultOpen />);
    expect(hint()).toHaveTextContent(
      'This demo runs on a mock cloud inside the browser, which curl cannot reach.',
    );
    expect(hint()).toHaveTextContent(
      'npm run mock:server (from the console’s source; it starts from the seeded account), then set FUGOKU_API_URL to http://127.0.0.1:4010/v1 and FUGOKU_API_TOKEN to the demo token.',
    );
    expect(hint()).toHaveTextContent(
      'For your own account: https://api.fugoku.com/v1 and a token of yours.',
    );
    // The page's own origin answers only the page, not curl.
    expect(hint()).not.toHaveTextContent('http://localhost/v1');
  });

  it('in a live build, names the API the console was built for', () => {
    build.isDemo = false;
    build.apiBaseUrl = 'https://api.fugoku.com/v1';
    render(<CurlPreview method="GET" path="/instances" defaultOpen />);
    expect(hint()).toHaveTextContent(
      'First set FUGOKU_API_TOKEN to a token of yours, and FUGOKU_API_URL to https://api.fugoku.com/v1.',
    );
    expect(hint()).not.toHaveTextContent('mock');
    expect(hint()).not.toHaveTextContent('127.0.0.1');
  });
});
