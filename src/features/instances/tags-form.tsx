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
import { checkTags, MAX_TAGS, parseTags } from '../../lib/validation';

/** Typed as one line of text; sent as the list it parses to. */
const tagsSchema = z.object({
  tags: z
    .string()
    .transform(parseTags)
    .superRefine((tags, context) => {
      const problem = checkTags(tags);
      if (problem) context.addIssue({ code: 'custom', message: problem });
    }),
});

type TagsInput = z.input<typeof tagsSchema>;
type TagsOutput = z.output<typeof tagsSchema>;

/** Replaces the instance's tags; an empty field removes them all. */
export function TagsForm({ instance }: { instance: Instance }) {
  const update = useUpdateInstance(instance.id);
  const { reason } = useWriteAccess();
  const form = useForm<TagsInput, unknown, TagsOutput>({
    resolver: zodResolver(tagsSchema),
    mode: 'onChange',
    defaultValues: { tags: instance.tags.join(', ') },
  });

  async function retag({ tags }: TagsOutput) {
    const updated = await update.mutateAsync({ tags });
    form.reset({ tags: updated.tags.join(', ') });
    notify.success(
      updated.tags.length > 0
        ? `Tags of ${updated.name} saved.`
        : `Tags of ${updated.name} removed.`,
    );
  }

  // A dropped connection leaves the outcome unknown: the instance tells.
  const checkOutcome = ({ tags }: TagsOutput) =>
    lookForSaved({
      query: instanceQueries.detail(instance.id),
      saved: (fresh) => fresh.tags.join(',') === tags.join(','),
      done: tags.length > 0 ? 'The tags were saved.' : 'The tags were removed.',
      notDone: 'The tags were not changed. You can save them again.',
      onHappened: (fresh) => form.reset({ tags: fresh.tags.join(', ') }),
    });

  return (
    <ApiForm
      form={form}
      onSubmit={retag}
      submitLabel="Save tags"
      pendingLabel="Saving…"
      disabledReason={reason}
      checkOutcome={checkOutcome}
    >
      <TextField
        name="tags"
        label="Tags"
        description={
          <>
            Comma or space separated, up to {MAX_TAGS}: lowercase letters,
            digits, <code>-</code>, <code>_</code> and <code>:</code>.
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
