import { zodResolver } from '@hookform/resolvers/zod';
import { useQuery } from '@tanstack/react-query';
import { useForm } from 'react-hook-form';
import { Link } from 'react-router';
import { z } from 'zod';
import { useWriteAccess } from '../../api/queries/account';
import {
  snapshotQueries,
  useCreateSnapshot,
} from '../../api/queries/snapshots';
import type { Volume } from '../../api/types';
import { ApiForm, TextField } from '../../components/form';
import { EmptyState, ListStates, TableSkeleton } from '../../components/list';
import { lookForCreated } from '../../components/outcome-check';
import { notify } from '../../components/toast';
import { checkName } from '../../lib/validation';
import { snapshotsOfVolumePath } from './paths';
import { SnapshotsTable } from './snapshots-table';

const snapshotSchema = z.object({
  name: z.string().superRefine((value, context) => {
    const message = checkName(value);
    if (message) context.addIssue({ code: 'custom', message });
  }),
});

type SnapshotValues = z.infer<typeof snapshotSchema>;

/** The volume's snapshots, polled while one is pending, and a new one. */
export function VolumeSnapshots({ volume }: { volume: Volume }) {
  const query = useQuery(snapshotQueries.ofVolume(volume.id));
  return (
    <div className="space-y-4">
      <SnapshotForm volume={volume} />
      <ListStates
        query={query}
        loading={<TableSkeleton columns={4} rows={2} />}
        isEmpty={(page) => page.items.length === 0}
        empty={
          <EmptyState
            title="No snapshots of this volume"
            description="Take one before an upgrade: a new volume can be restored from it."
          />
        }
      >
        {(page) => (
          <>
            <SnapshotsTable
              label={`Snapshots of ${volume.name}`}
              snapshots={page.items}
            />
            <Link
              to={snapshotsOfVolumePath(volume.id)}
              className="mt-3 inline-block text-sm text-brand-800 hover:underline"
            >
              Manage these on the snapshots list
            </Link>
          </>
        )}
      </ListStates>
    </div>
  );
}

function SnapshotForm({ volume }: { volume: Volume }) {
  const create = useCreateSnapshot(volume.id);
  const { reason } = useWriteAccess();
  const form = useForm<SnapshotValues>({
    resolver: zodResolver(snapshotSchema),
    mode: 'onChange',
    defaultValues: { name: '' },
  });
  const creating = volume.status === 'creating';

  async function send({ name }: SnapshotValues) {
    const snapshot = await create.mutateAsync(name);
    notify.success(`Taking snapshot ${snapshot.name}`);
    form.reset();
  }

  // A lost answer: the volume's snapshots tell whether it was made.
  const checkOutcome = ({ name }: SnapshotValues) =>
    lookForCreated({
      what: 'snapshot',
      name,
      query: snapshotQueries.ofVolume(volume.id),
      made: (page) =>
        page.items.some((snapshot) => snapshot.name === name) ? {} : undefined,
      onHappened: () => form.reset(),
    });

  return (
    <ApiForm
      form={form}
      onSubmit={send}
      checkOutcome={checkOutcome}
      submitLabel="Create snapshot"
      pendingLabel="Starting…"
      disabledReason={
        reason ??
        (creating
          ? 'A snapshot can be taken once the volume is available.'
          : null)
      }
    >
      <TextField
        name="name"
        label="Snapshot name"
        description="Lowercase letters, digits and hyphens: before-upgrade, say."
        autoComplete="off"
        autoCapitalize="none"
        spellCheck={false}
      />
    </ApiForm>
  );
}
