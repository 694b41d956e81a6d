import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { signIn, signOut } from '../api/session';
import type { SshKey } from '../api/types';
import { ED25519 } from '../lib/validation/ssh-key.fixtures';
import { setFault, state } from '../mocks/control';
import { DEMO_TOKEN } from '../mocks/seed';
import { SshKeyForm } from './ssh-key-form';

// The shape of a private key file, with made-up contents.
const PRIVATE_KEY = [
  '-----BEGIN OPENSSH PRIVATE KEY-----',
  'b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2',
  '-----END OPENSSH PRIVATE KEY-----',
].join('\n');

function renderForm(onAdded: (key: SshKey) => void = () => {}) {
  const client = new QueryClient({
    defaultOptions: { queries: { retry: false } },
  });
  render(
    <QueryClientProvider client={client}>
      <SshKeyForm onAdded={onAdded} onCancel={() => {}} />
    </QueryClientProvider>,
  );
}

afterEach(() => signOut());

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

  it('after a lost answer, finds the key and hands it on as added', async () => {
    signIn(DEMO_TOKEN);
    setFault({ type: 'drop', method: 'POST', count: 1 });
    const onAdded = vi.fn();
    const user = userEvent.setup();
    renderForm(onAdded);
    await user.type(screen.getByLabelText('Name'), 'laptop');
    fireEvent.change(screen.getByLabelText('Public key'), {
      target: { value: ED25519.line },
    });
    await user.click(screen.getByRole('button', { name: 'Add key' }));

    await waitFor(() => expect(onAdded).toHaveBeenCalledTimes(1));
    const made = state().sshKeys.find((key) => key.name === 'laptop')!;
    expect(onAdded).toHaveBeenCalledWith(
      expect.objectContaining({ id: made.id, name: 'laptop' }),
    );
    expect(screen.getByText('The SSH key laptop was added.')).toHaveAttribute(
      'role',
      'status',
    );
  });
});
