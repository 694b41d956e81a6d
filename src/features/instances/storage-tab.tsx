import { zodResolver } from '@hookform/resolvers/zod';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { Link, type LoaderFunctionArgs } from 'react-router';
import { z } from 'zod';
import { prefetch } from '../../api/prefetch';
import { useWriteAccess } from '../../api/queries/account';
import { instanceVolumesQuery } from '../../api/queries/attachments';
import {
  useAttachVolume,
  useDetachVolume,
  volumeQueries,
} from '../../api/queries/volumes';
import type { Instance, Volume } from '../../api/types';
import { ConfirmDialog } from '../../components/confirm-dialog';
import { lookFor } from '../../components/outcome-check';
import { ApiForm, SelectField } from '../../components/form';
import {
  EmptyState,
  ListStates,
  DataTable,
  RowActions,
  TableSkeleton,
  tableClasses,
} from '../../components/list';
import { SkeletonText } from '../../components/skeleton';
import { StatusBadge } from '../../components/status-badge';
import { notify } from '../../components/toast';
import { GatedButton } from '../../components/write-gate';
import { useInstance } from './instance-outlet';
import { TabSection } from './tab-section';

export function loader({ params }: LoaderFunctionArgs) {
  if (params.instanceId) prefetch(instanceVolumesQuery(params.instanceId));
  return null;
}

const columns = ['Name', 'Size', 'Status', ''];

export function StorageTab() {
  const instance = useInstance();
  const query = useQuery(instanceVolumesQuery(instance.id));
  const [detaching, setDetaching] = useState<Volume | null>(null);

  return (
    <div className="space-y-8">
      <TabSection
        title="Volumes"
        description={
          <>
            Volumes are extra disks. Their data is kept apart from the
            instance&apos;s own disk: it survives a rebuild, and the volume can
            move to another instance in the same region.
          </>
        }
      >
        <ListStates
          query={query}
          loading={<TableSkeleton columns={columns} rows={2} />}
          isEmpty={(page) => page.items.length === 0}
          empty={
            <EmptyState
              title="No volumes attached"
              description={
                <>
                  Attach a volume in {instance.region} to give {instance.name}{' '}
                  more storage than its plan&apos;s disk.
                </>
              }
            />
          }
        >
          {(page) => (
            <VolumesTable volumes={page.items} onDetach={setDetaching} />
          )}
        </ListStates>
      </TabSection>
      <TabSection
        title="Attach a volume"
        description={`Volumes in ${instance.region} that are not attached to an instance.`}
      >
        <AttachVolumeForm instance={instance} />
      </TabSection>
      {detaching && (
        <DetachDialog
          volume={detaching}
          instance={instance}
          onClose={() => setDetaching(null)}
        />
      )}
    </div>
  );
}

function VolumesTable({
  volumes,
  onDetach,
}: {
  volumes: Volume[];
  onDetach: (volume: Volume) => void;
}) {
  const { cell, row } = tableClasses;
  return (
    <DataTable label="Attached volumes" columns={columns}>
      {volumes.map((volume) => (
        <tr key={volume.id} className={row}>
          <th scope="row" className={`${cell} font-medium`}>
            <Link
              to={`/volumes/${volume.id}`}
              className="text-brand-800 hover:underline"
            >
              {volume.name}
            </Link>
          </th>
          <td className={`${cell} tabular-nums`}>{volume.size_gb} GB</td>
          <td className={cell}>
            <StatusBadge status={volume.status} />
          </td>
          <RowActions>
            <GatedButton
              variant="ghost"
              size="sm"
              aria-label={`Detach ${volume.name}`}
              onClick={() => onDetach(volume)}
            >
              Detach
            </GatedButton>
          </RowActions>
        </tr>
      ))}
    </DataTable>
  );
}

function DetachDialog({
  volume,
  instance,
  onClose,
}: {
  volume: Volume;
  instance: Instance;
  onClose: () => void;
}) {
  const detach = useDetachVolume();

  async function confirm() {
    await detach.mutateAsync({ id: volume.id, instanceId: instance.id });
    notify.success(`Detached ${volume.name} from ${instance.name}`);
  }

  return (
    <ConfirmDialog
      open
      onOpenChange={(open) => !open && onClose()}
      title={`Detach ${volume.name} from ${instance.name}?`}
      description={
        <p>
          Unmount its filesystem on {instance.name} first (for example with{' '}
          <code>umount</code>): detaching a mounted volume can lose writes still
          in memory.
        </p>
      }
      consequences={
        <p>
          The volume and its data are kept; it can be attached again to any
          instance in {volume.region}.
        </p>
      }
      confirmLabel="Detach volume"
      pendingLabel="Detaching…"
      onConfirm={confirm}
    />
  );
}

const attachSchema = z.object({
  volume_id: z.string().min(1, 'Choose a volume'),
});

type AttachValues = z.infer<typeof attachSchema>;

/** Free volumes of the instance's region: the only ones it can take. */
function useFreeVolumes(region: string) {
  const query = useQuery(volumeQueries.inRegion(region));
  const volumes = (query.data?.items ?? []).filter(
    (volume) => volume.status === 'available',
  );
  return { volumes, pending: query.isPending };
}

function AttachVolumeForm({ instance }: { instance: Instance }) {
  const attach = useAttachVolume();
  const { reason } = useWriteAccess();
  const { volumes, pending } = useFreeVolumes(instance.region);
  const form = useForm<AttachValues>({
    resolver: zodResolver(attachSchema),
    mode: 'onChange',
    defaultValues: { volume_id: '' },
  });

  async function send({ volume_id }: AttachValues) {
    const volume = await attach.mutateAsync({
      id: volume_id,
      instanceId: instance.id,
    });
    notify.success(`Attached ${volume.name} to ${instance.name}`);
    form.reset();
  }

  // A lost answer: the volume itself tells where it is attached.
  function checkOutcome({ volume_id }: AttachValues) {
    const name = volumes.find((v) => v.id === volume_id)?.name ?? volume_id;
    return lookFor({
      query: volumeQueries.detail(volume_id),
      checking: `Looking at where ${name} is attached…`,
      outcome: (current) =>
        current.instance_id === instance.id
          ? {
              happened: true,
              message: `${name} was attached to ${instance.name}.`,
            }
          : {
              happened: false,
              message: `${name} is not attached to ${instance.name}. You can attach it again.`,
            },
      onHappened: () => form.reset(),
    });
  }

  if (pending) return <SkeletonText lines={2} label="Loading volumes" />;
  if (volumes.length === 0) {
    return (
      <p className="text-sm text-slate-600">
        No free volume in {instance.region}.{' '}
        <Link to="/volumes/new" className="text-brand-800 hover:underline">
          Create a volume
        </Link>{' '}
        there, then attach it here.
      </p>
    );
  }
  return (
    <ApiForm
      form={form}
      onSubmit={send}
      checkOutcome={checkOutcome}
      submitLabel="Attach volume"
      pendingLabel="Attaching…"
      disabledReason={reason}
    >
      <SelectField
        name="volume_id"
        label="Volume"
        placeholder="Choose a volume"
        options={volumes.map((volume) => ({
          value: volume.id,
          label: `${volume.name} (${volume.size_gb} GB)`,
        }))}
      />
    </ApiForm>
  );
}

export { StorageTab as Component };
