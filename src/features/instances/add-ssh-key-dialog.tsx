import { useState } from 'react';
import type { SshKey } from '../../api/types';
import { FormDialog } from '../../components/form-dialog';
import { SshKeyForm } from '../../components/ssh-key-form';
import { GatedButton } from '../../components/write-gate';

/**
 * Adds an SSH key without leaving the create-instance form; the new key
 * joins the account's list (through the cache) and is handed back to be
 * checked.
 */
export function AddSshKeyButton({
  onAdded,
}: {
  onAdded: (key: SshKey) => void;
}) {
  const [open, setOpen] = useState(false);

  function added(key: SshKey) {
    setOpen(false);
    onAdded(key);
  }

  return (
    <>
      <GatedButton
        type="button"
        variant="secondary"
        size="sm"
        onClick={() => setOpen(true)}
      >
        Add SSH key
      </GatedButton>
      <FormDialog open={open} onOpenChange={setOpen} title="Add an SSH key">
        <SshKeyForm onAdded={added} onCancel={() => setOpen(false)} />
      </FormDialog>
    </>
  );
}
