import { zodResolver } from '@hookform/resolvers/zod';
import { useRef, useState, type Ref } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { z } from 'zod';
import { useWriteAccess } from '../../api/queries/account';
import { tokensQuery, useCreateToken } from '../../api/queries/tokens';
import type { TokenCreate } from '../../api/types';
import { Button } from '../../components/button';
import { CopyButton } from '../../components/copy-button';
import {
  ApiForm,
  CurlPreview,
  SelectField,
  TextField,
} from '../../components/form';
import { FormDialog } from '../../components/form-dialog';
import { lookFor } from '../../components/outcome-check';
import { checkName } from '../../lib/validation';

const schema = z.object({
  name: z.string().superRefine((name, context) => {
    const problem = checkName(name);
    if (problem) context.addIssue({ code: 'custom', message: problem });
  }),
  scopes: z.enum(['read', 'read-write']),
  expiry: z.enum(['30', '90', '365', 'never']),
});

type TokenValues = z.infer<typeof schema>;

const scopeOptions = [
  { value: 'read', label: 'Read only' },
  { value: 'read-write', label: 'Read and write' },
];

const expiryOptions = [
  { value: '30', label: '30 days' },
  { value: '90', label: '90 days' },
  { value: '365', label: '365 days' },
  { value: 'never', label: 'Never' },
];

// The request's names for what the form holds as `expiry`.
const serverNames = { expires_in_days: 'expiry' } as const;

function toRequest(values: TokenValues): TokenCreate {
  return {
    name: values.name,
    scopes: values.scopes === 'read' ? ['read'] : ['read', 'write'],
    expires_in_days:
      values.expiry === 'never'
        ? null
        : (Number(values.expiry) as 30 | 90 | 365),
  };
}

interface CreateTokenDialogProps {
  open: boolean;
  onOpenChange: (open: boolean) => void;
}

/**
 * Creates a token, then shows its secret once. The secret lives in this
 * dialog's state only: closing the dialog unmounts it, and it is gone.
 */
export function CreateTokenDialog({
  open,
  onOpenChange,
}: CreateTokenDialogProps) {
  const [created, setCreated] = useState<{
    name: string;
    secret: string;
  } | null>(null);
  const doneRef = useRef<HTMLButtonElement>(null);
  const title = created ? 'Copy your new token' : 'Create an API token';

  // Once the secret is shown, Escape or a tap beside the dialog would lose
  // it for good: only "I have copied it" closes it, and they lead there.
  return (
    <FormDialog
      open={open}
      onOpenChange={onOpenChange}
      title={title}
      dismissible={!created}
      onDismissRefused={() => doneRef.current?.focus()}
    >
      {created ? (
        <SecretOnce
          {...created}
          doneRef={doneRef}
          onDone={() => onOpenChange(false)}
        />
      ) : (
        <TokenForm
          onCreated={setCreated}
          onCancel={() => onOpenChange(false)}
        />
      )}
    </FormDialog>
  );
}

interface TokenFormProps {
  onCreated: (token: { name: string; secret: string }) => void;
  onCancel: () => void;
}

function TokenForm({ onCreated, onCancel }: TokenFormProps) {
  const create = useCreateToken();
  const { reason } = useWriteAccess();
  const form = useForm<TokenValues>({
    resolver: zodResolver(schema),
    mode: 'onChange',
    defaultValues: { name: '', scopes: 'read', expiry: '90' },
  });
  const values = useWatch({ control: form.control }) as TokenValues;

  async function submit(values: TokenValues) {
    const { name, secret } = await create.mutateAsync(toRequest(values));
    // The mutation keeps its last result: drop it, so that the secret is
    // held by the dialog alone.
    create.reset();
    onCreated({ name, secret });
  }

  // A lost answer lost the secret with it: the list tells whether the
  // token was made, and one that was cannot be used without its secret.
  const checkOutcome = ({ name }: TokenValues) =>
    lookFor({
      query: tokensQuery,
      checking: `Looking for a token named ${name}…`,
      outcome: (page) =>
        page.items.some((token) => token.name === name)
          ? {
              happened: true,
              message: `The token ${name} was created, but its secret was lost with the answer and cannot be shown again. Revoke ${name}, then create another.`,
            }
          : {
              happened: false,
              message: `No token named ${name} exists. You can create it again.`,
            },
    });

  return (
    <ApiForm
      form={form}
      onSubmit={submit}
      checkOutcome={checkOutcome}
      submitLabel="Create token"
      pendingLabel="Creating…"
      disabledReason={reason}
      renamed={serverNames}
      secondaryAction={
        <Button variant="secondary" onClick={onCancel}>
          Cancel
        </Button>
      }
    >
      <TextField
        name="name"
        label="Name"
        description="What uses it, such as ci-deploy: lowercase letters, digits and hyphens."
        autoComplete="off"
        autoCapitalize="none"
        spellCheck={false}
        mono
      />
      <SelectField name="scopes" label="Access" options={scopeOptions} />
      <SelectField
        name="expiry"
        label="Expires after"
        options={expiryOptions}
      />
      <CurlPreview
        method="POST"
        path="/account/tokens"
        body={toRequest(values)}
      />
    </ApiForm>
  );
}

interface SecretOnceProps {
  name: string;
  secret: string;
  doneRef: Ref<HTMLButtonElement>;
  onDone: () => void;
}

function SecretOnce({ name, secret, doneRef, onDone }: SecretOnceProps) {
  const [copied, setCopied] = useState(false);
  return (
    <div className="space-y-4">
      <p className="text-sm text-slate-700">
        This is the only time the secret of <b className="break-all">{name}</b>{' '}
        is shown. Copy it now and keep it somewhere safe, such as a secret
        manager; if it is lost, revoke the token and create another.
      </p>
      <div className="flex items-center gap-2 rounded-md border border-slate-300 bg-slate-50 p-2">
        <code
          aria-label="Token secret"
          className="min-w-0 flex-1 font-mono text-sm break-all"
        >
          {secret}
        </code>
        <CopyButton
          value={secret}
          label="Copy the token secret"
          onCopied={() => setCopied(true)}
        />
      </div>
      <div className="flex flex-wrap items-center justify-end gap-3">
        <p className="text-sm text-slate-600">
          {copied
            ? 'Copied. Close this when you have stored it safely.'
            : 'This stays open until you have copied it.'}
        </p>
        <Button ref={doneRef} onClick={onDone}>
          I have copied it
        </Button>
      </div>
    </div>
  );
}
