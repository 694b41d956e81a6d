import { zodResolver } from '@hookform/resolvers/zod';
import { useForm, useWatch } from 'react-hook-form';
import { z } from 'zod';
import { useWriteAccess } from '../api/queries/account';
import { sshKeysQuery, useAddSshKey } from '../api/queries/ssh-keys';
import type { SshKey } from '../api/types';
import { checkName, checkPublicKey } from '../lib/validation';
import { Button } from './button';
import { ApiForm, CurlPreview, TextAreaField, TextField } from './form';
import { lookForCreated } from './outcome-check';

// The same rules as the API's: a key refused here is refused there too.
const schema = z.object({
  name: z.string().superRefine((name, context) => {
    const problem = checkName(name);
    if (problem) context.addIssue({ code: 'custom', message: problem });
  }),
  public_key: z.string().superRefine((key, context) => {
    const problem = checkPublicKey(key);
    if (problem) context.addIssue({ code: 'custom', message: problem });
  }),
});

type KeyValues = z.infer<typeof schema>;

/**
 * The key as the preview shows it: only a key the form would send. Anything
 * else may be a private key pasted by mistake, which must not sit on screen
 * ready to copy.
 */
function previewedKey(key: string) {
  return checkPublicKey(key) ? '<your public key>' : key.trim();
}

interface SshKeyFormProps {
  onAdded: (key: SshKey) => void;
  onCancel: () => void;
}

/** Adds a public key to the account; the account page and the create-instance form both offer it. */
export function SshKeyForm({ onAdded, onCancel }: SshKeyFormProps) {
  const add = useAddSshKey();
  const { reason } = useWriteAccess();
  const form = useForm<KeyValues>({
    resolver: zodResolver(schema),
    mode: 'onChange',
    defaultValues: { name: '', public_key: '' },
  });
  const values = useWatch({ control: form.control });

  async function submit(body: KeyValues) {
    onAdded(
      await add.mutateAsync({ ...body, public_key: body.public_key.trim() }),
    );
  }

  // A lost answer: the account's keys tell whether it was added.
  const checkOutcome = ({ name }: KeyValues) => {
    const find = (keys: SshKey[]) => keys.find((key) => key.name === name);
    return lookForCreated({
      what: 'SSH key',
      name,
      verb: 'add',
      query: sshKeysQuery,
      made: (page) => (find(page.items) ? {} : undefined),
      onHappened: (page) => onAdded(find(page.items)!),
    });
  };

  return (
    <ApiForm
      form={form}
      onSubmit={submit}
      checkOutcome={checkOutcome}
      submitLabel="Add key"
      pendingLabel="Adding…"
      disabledReason={reason}
      secondaryAction={
        <Button variant="secondary" onClick={onCancel}>
          Cancel
        </Button>
      }
    >
      <TextField
        name="name"
        label="Name"
        description="Such as laptop: lowercase letters, digits and hyphens."
        autoComplete="off"
        autoCapitalize="none"
        spellCheck={false}
        mono
      />
      <TextAreaField
        name="public_key"
        label="Public key"
        description="The one line of your .pub file: an ssh-ed25519, ecdsa-sha2-nistp256/384/521 or ssh-rsa key."
        rows={4}
        autoComplete="off"
        autoCapitalize="none"
        spellCheck={false}
        mono
      />
      <CurlPreview
        method="POST"
        path="/ssh-keys"
        body={{
          name: values.name ?? '',
          public_key: previewedKey(values.public_key ?? ''),
        }}
      />
    </ApiForm>
  );
}
