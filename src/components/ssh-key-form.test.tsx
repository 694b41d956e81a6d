import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { fireEvent, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { ED25519 } from '../lib/validation/ssh-key.fixtures';
import { SshKeyForm } from './ssh-key-form';

// The shape of a private key file, with made-up contents.
const PRIVATE_KEY = [
  '-----BEGIN OPENSSH PRIVATE KEY-----',
  'b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2',
  '-----END OPENSSH PRIVATE KEY-----',
].join('\n');

function renderForm() {
  const client = new QueryClient({
    defaultOptions: { queries: { retry: false } },
  });
  render(
    <QueryClientProvider client={client}>
      <SshKeyForm onAdded={() => {}} onCancel={() => {}} />
    </QueryClientProvider>,
  );
}

const preview = () => screen.getByText(/curl -X POST/);

describe('SshKeyForm', () => {
  it('never shows a refused private key in the curl preview', async () => {
    renderForm();
    fireEvent.change(screen.getByLabelText('Public key'), {
      target: { value: PRIVATE_KEY },
    });

    expect(
      await screen.findByText(/This is a private key/),
    ).toBeInTheDocument();
    expect(preview()).toHaveTextContent('<your public key>');
    expect(preview().textContent).not.toContain('b3BlbnNzaC1rZXkt');
    expect(preview().textContent).not.toContain('PRIVATE KEY');
  });

  it('shows a valid public key as it will be sent', async () => {
    const user = userEvent.setup();
    renderForm();
    await user.type(screen.getByLabelText('Name'), 'laptop');
    fireEvent.change(screen.getByLabelText('Public key'), {
      target: { value: `  ${ED25519.line}\n` },
    });

    expect(preview()).toHaveTextContent(`"public_key": "${ED25519.line}"`);
    expect(preview()).toHaveTextContent('"name": "laptop"');
  });
});
