import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactNode } from 'react';
import { beforeEach, describe, expect, it } from 'vitest';
import { signIn } from '../../api/session';
import { SshKeyForm } from '../../components/ssh-key-form';
import { DEMO_READONLY_TOKEN } from '../../mocks/seed';
import { CreateTokenDialog } from './create-token-dialog';

const reason = /This API token is read-only/;

// Made with ssh-keygen -t ed25519.
const KEY =
  'ssh-ed25519 ' +
  'AAAAC3NzaC1lZDI1NTE5AAAAIHvQuEw1rfR91oPxu/flqD4qfqbAmN+008RxnjRkzlZe ' +
  'test@host';

function renderWithClient(children: ReactNode) {
  const client = new QueryClient({
    defaultOptions: { queries: { retry: false } },
  });
  render(<QueryClientProvider client={client}>{children}</QueryClientProvider>);
}

/** Once the token's scopes are known, the submit is off and says why. */
async function expectGated(button: HTMLElement) {
  await waitFor(() => expect(button).toHaveAccessibleDescription(reason));
  expect(button).toBeDisabled();
}

// The buttons that open these are gated too; these forms are also the
// last line should one be reached some other way.
describe('with a read-only token', () => {
  beforeEach(() => signIn(DEMO_READONLY_TOKEN));

  it('the create-token dialog cannot be submitted, and says why', async () => {
    const user = userEvent.setup();
    renderWithClient(<CreateTokenDialog open onOpenChange={() => {}} />);
    const dialog = await screen.findByRole('dialog');
    await user.type(within(dialog).getByLabelText('Name'), 'ci-deploy');
    const submit = within(dialog).getByRole('button', {
      name: 'Create token',
    });
    await expectGated(submit);
    await user.click(submit);
    expect(within(dialog).queryByLabelText('Token secret')).toBeNull();
  });

  it('the SSH key form cannot be submitted, and says why', async () => {
    const user = userEvent.setup();
    renderWithClient(<SshKeyForm onAdded={() => {}} onCancel={() => {}} />);
    await user.type(screen.getByLabelText('Name'), 'work');
    await user.type(screen.getByLabelText('Public key'), KEY);
    await expectGated(screen.getByRole('button', { name: 'Add key' }));
  });
});
