import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { ApiError } from '../api/errors';
import { ConfirmDialog } from './confirm-dialog';

function DeleteVolume({
  onConfirm,
  typeToConfirm = 'data-1',
  tone = 'danger' as const,
}: {
  onConfirm: () => Promise<unknown>;
  typeToConfirm?: string;
  tone?: 'danger' | 'default';
}) {
  const [open, setOpen] = useState(true);
  return (
    <>
      <button onClick={() => setOpen(true)}>Open</button>
      <ConfirmDialog
        open={open}
        onOpenChange={setOpen}
        title="Delete volume data-1?"
        description="The volume and its data are deleted."
        consequences={
          <ul>
            <li>Snapshots of data-1 are kept.</li>
          </ul>
        }
        confirmLabel="Delete volume"
        pendingLabel="Deleting…"
        tone={tone}
        typeToConfirm={typeToConfirm || undefined}
        onConfirm={onConfirm}
      />
    </>
  );
}

const confirmButton = () =>
  screen.getByRole('button', { name: /^(Delete volume|Deleting…)$/ });

describe('ConfirmDialog', () => {
  it('names what is lost and is described by it', () => {
    render(<DeleteVolume onConfirm={vi.fn()} />);
    const dialog = screen.getByRole('alertdialog', {
      name: 'Delete volume data-1?',
    });
    expect(dialog).toHaveAccessibleDescription(
      /The volume and its data are deleted\.\s*Snapshots of data-1 are kept\./,
    );
  });

  it('enables confirm only once the name is typed exactly', async () => {
    const user = userEvent.setup();
    render(<DeleteVolume onConfirm={vi.fn()} />);
    const input = screen.getByLabelText('Type data-1 to confirm');

    expect(input).toHaveFocus();
    expect(confirmButton()).toBeDisabled();
    await user.type(input, 'data-');
    expect(confirmButton()).toBeDisabled();
    await user.type(input, '1');
    expect(confirmButton()).toBeEnabled();
    await user.type(input, 'x');
    expect(confirmButton()).toBeDisabled();
  });

  it('sends one request, shows it pending, and closes on success', async () => {
    const user = userEvent.setup();
    let finish!: () => void;
    const onConfirm = vi.fn(
      () => new Promise<void>((resolve) => (finish = resolve)),
    );
    render(<DeleteVolume onConfirm={onConfirm} />);

    await user.type(screen.getByLabelText(/to confirm/), 'data-1');
    await user.dblClick(confirmButton());
    await user.keyboard('{Enter}');
    expect(onConfirm).toHaveBeenCalledTimes(1);
    expect(confirmButton()).toHaveTextContent('Deleting…');
    expect(confirmButton()).toBeDisabled();
    expect(screen.getByRole('button', { name: 'Cancel' })).toBeDisabled();

    // Escape does not hide a request whose outcome is not known yet.
    await user.keyboard('{Escape}');
    expect(screen.getByRole('alertdialog')).toBeInTheDocument();

    finish();
    await waitFor(() =>
      expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument(),
    );
  });

  it('stays open with a conflict in the API words and its request id', async () => {
    const user = userEvent.setup();
    const onConfirm = vi
      .fn()
      .mockRejectedValueOnce(
        new ApiError(
          409,
          'conflict',
          'Volume data-1 is attached to web-1. Detach it first.',
          {},
          'req_409',
        ),
      )
      .mockResolvedValueOnce(undefined);
    render(<DeleteVolume onConfirm={onConfirm} />);

    await user.type(screen.getByLabelText(/to confirm/), 'data-1');
    await user.click(confirmButton());

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(
      'Volume data-1 is attached to web-1. Detach it first.',
    );
    expect(alert).toHaveTextContent('req_409');
    expect(alert).toHaveFocus();
    expect(screen.getByRole('alertdialog')).toBeInTheDocument();

    // The typed name is kept: one more click tries again.
    await user.click(confirmButton());
    expect(onConfirm).toHaveBeenCalledTimes(2);
    await waitFor(() =>
      expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument(),
    );
  });

  it('focuses Cancel in a plain danger confirmation, and cancels', async () => {
    const user = userEvent.setup();
    const onConfirm = vi.fn();
    render(<DeleteVolume onConfirm={onConfirm} typeToConfirm="" />);

    const cancel = screen.getByRole('button', { name: 'Cancel' });
    expect(cancel).toHaveFocus();
    expect(confirmButton()).toBeEnabled();
    await user.click(cancel);
    expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument();
    expect(onConfirm).not.toHaveBeenCalled();
  });

  it('starts afresh when opened again', async () => {
    const user = userEvent.setup();
    render(<DeleteVolume onConfirm={vi.fn()} />);
    await user.type(screen.getByLabelText(/to confirm/), 'data-1');
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Open' }));
    expect(screen.getByLabelText(/to confirm/)).toHaveValue('');
  });

  it('focuses confirm in a default confirmation', () => {
    render(
      <DeleteVolume onConfirm={vi.fn()} typeToConfirm="" tone="default" />,
    );
    expect(confirmButton()).toHaveFocus();
  });

  it('gives focus back to the button that opened it', async () => {
    const user = userEvent.setup();
    function Page() {
      const [open, setOpen] = useState(false);
      return (
        <>
          <button onClick={() => setOpen(true)}>Remove web-2</button>
          <ConfirmDialog
            open={open}
            onOpenChange={setOpen}
            title="Remove web-2?"
            description="It stops receiving traffic."
            confirmLabel="Remove"
            onConfirm={vi.fn()}
          />
        </>
      );
    }
    render(<Page />);
    const opener = screen.getByRole('button', { name: 'Remove web-2' });
    await user.click(opener);
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument();
    expect(opener).toHaveFocus();

    await user.keyboard('{Enter}');
    expect(screen.getByRole('alertdialog')).toBeInTheDocument();
    await user.keyboard('{Escape}');
    expect(opener).toHaveFocus();
  });

  it('gives focus to the heading when its action disabled the opener', async () => {
    const user = userEvent.setup();
    function Page() {
      const [open, setOpen] = useState(false);
      const [stopped, setStopped] = useState(false);
      return (
        <main>
          <h1>web-2</h1>
          <button disabled={stopped} onClick={() => setOpen(true)}>
            Stop
          </button>
          <ConfirmDialog
            open={open}
            onOpenChange={setOpen}
            title="Stop web-2?"
            description="It shuts down."
            confirmLabel="Stop instance"
            onConfirm={async () => setStopped(true)}
          />
        </main>
      );
    }
    render(<Page />);
    await user.click(screen.getByRole('button', { name: 'Stop' }));
    await user.click(screen.getByRole('button', { name: 'Stop instance' }));

    await waitFor(() =>
      expect(screen.getByRole('heading', { name: 'web-2' })).toHaveFocus(),
    );
  });
});
