import { zodResolver } from '@hookform/resolvers/zod';
import { useForm } from 'react-hook-form';
import { z } from 'zod';
import { useWriteAccess } from '../../api/queries/account';
import {
  instanceQueries,
  useUpdateInstance,
} from '../../api/queries/instances';
import type { Instance } from '../../api/types';
import { ApiForm, TextField } from '../../components/form';
import { lookForSaved } from '../../components/outcome-check';
import { notify } from '../../components/toast';
import { checkName, NAME_MAX_LENGTH } from '../../lib/validation';

function renameSchema(current: string) {
  return z.object({
    name: z.string().superRefine((name, context) => {
      const problem =
        checkName(name) ?? (name === current ? 'Enter a new name' : undefined);
      if (problem) context.addIssue({ code: 'custom', message: problem });
    }),
  });
}

type RenameValues = z.infer<ReturnType<typeof renameSchema>>;

/**
 * Renames the instance. Links and caches go by id, so nothing that points
 * at it breaks; a name already taken comes back as a 422 under the field.
 */
export function RenameForm({ instance }: { instance: Instance }) {
  const update = useUpdateInstance(instance.id);
  const { reason } = useWriteAccess();
  const form = useForm<RenameValues>({
    resolver: zodResolver(renameSchema(instance.name)),
    mode: 'onChange',
    defaultValues: { name: instance.name },
  });

  async function rename({ name }: RenameValues) {
    const renamed = await update.mutateAsync({ name });
    form.reset({ name: renamed.name });
    notify.success(`Renamed to ${renamed.name}.`);
  }

  // A dropped connection leaves the outcome unknown: the instance tells.
  const checkOutcome = ({ name }: RenameValues) =>
    lookForSaved({
      query: instanceQueries.detail(instance.id),
      saved: (fresh) => fresh.name === name,
      done: `Renamed to ${name}.`,
      notDone: `The instance is still named ${instance.name}. You can rename it again.`,
      onHappened: (fresh) => form.reset({ name: fresh.name }),
    });

  return (
    <ApiForm
      form={form}
      onSubmit={rename}
      submitLabel="Rename"
      pendingLabel="Renaming…"
      disabledReason={reason}
      checkOutcome={checkOutcome}
    >
      <TextField
        name="name"
        label="Name"
        description={
          <>
            1–{NAME_MAX_LENGTH} lowercase letters, digits and hyphens, starting
            with a letter.
          </>
        }
        autoComplete="off"
        autoCapitalize="none"
        spellCheck={false}
        mono
      />
    </ApiForm>
  );
}
