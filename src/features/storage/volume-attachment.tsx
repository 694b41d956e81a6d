import { zodResolver } from '@hookform/resolvers/zod';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { z } from 'zod';
import { useWriteAccess } from '../../api/queries/account';
import { instanceQueries } from '../../api/queries/instances';
import {
  useAttachVolume,
  useDetachVolume,
  volumeQueries,
} from '../../api/queries/volumes';
import type { Volume } from '../../api/types';
import { ConfirmDialog } from '../../components/confirm-dialog';
import { ApiForm, SelectField } from '../../components/form';
import { lookFor } from '../../components/outcome-check';
import { SkeletonText } from '../../components/skeleton';
import { notify } from '../../components/toast';
import { GatedButton } from '../../components/write-gate';
import { AttachedInstance } from './attached-instance';

const attachSchema = z.object({
  instance_id: z.string().min(1, 'Choose an instance'),
});

type AttachValues = z.infer<typeof attachSchema>;

/** Instances a volume can go to: those of its region, not being deleted. */
function useSameRegionInstances(region: string) {
  const query = useQuery(instanceQueries.list({ region, per_page: 100 }));
  const instances = (query.data?.items ?? []).filter(
    (instance) => instance.status !== 'deleting',
  );
  return { instances, pending: query.isPending };
}

/** Where the volume is attached, with detach; or a form to attach it. */
export function VolumeAttachment({
  volume,
  instanceName,
}: {
  volume: Volume;
  instanceName: string | undefined;
}) {
  if (volume.instance_id) {
    return <AttachedTo volume={volume} instanceName={instanceName} />;
  }
  return <AttachForm volume={volume} />;
}

function AttachedTo({
  volume,
  instanceName,
}: {
  volume: Volume;
  instanceName: string | undefined;
}) {
  const [detaching, setDetaching] = useState(false);
  return (
    <div className="flex flex-wrap items-center gap-3 text-sm">
      <p>
        Attached to{' '}
        <AttachedInstance instanceId={volume.instance_id} name={instanceName} />
        .
      </p>
      <GatedButton
        variant="secondary"
        size="sm"
        onClick={() => setDetaching(true)}
      >
        Detach…
      </GatedButton>
      <DetachVolumeDialog
        volume={volume}
        instanceName={instanceName ?? volume.instance_id ?? ''}
        open={detaching}
        onOpenChange={setDetaching}
      />
    </div>
  );
}

export function DetachVolumeDialog({
  volume,
  instanceName,
  open,
  onOpenChange,
}: {
  volume: Volume;
  instanceName: string;
  open: boolean;
  onOpenChange: (open: boolean) => void;
}) {
  const detach = useDetachVolume();

  async function confirm() {
    await detach.mutateAsync({ id: volume.id, instanceId: volume.instance_id });
    notify.success(`Detached ${volume.name} from ${instanceName}`);
  }

  return (
    <ConfirmDialog
      open={open}
      onOpenChange={onOpenChange}
      title={`Detach ${volume.name} from ${instanceName}?`}
      description={
        <p>
          Unmount its filesystem on {instanceName} first (for example with{' '}
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

function AttachForm({ volume }: { volume: Volume }) {
  const attach = useAttachVolume();
  const { reason } = useWriteAccess();
  const { instances, pending } = useSameRegionInstances(volume.region);
  const form = useForm<AttachValues>({
    resolver: zodResolver(attachSchema),
    mode: 'onChange',
    defaultValues: { instance_id: '' },
  });
  const creating = volume.status === 'creating';

  async function send({ instance_id }: AttachValues) {
    await attach.mutateAsync({ id: volume.id, instanceId: instance_id });
    const name = instances.find((i) => i.id === instance_id)?.name;
    notify.success(`Attached ${volume.name} to ${name ?? instance_id}`);
    form.reset();
  }

  // A lost answer: the volume itself tells where it is attached.
  function checkOutcome({ instance_id }: AttachValues) {
    const name = instances.find((i) => i.id === instance_id)?.name;
    const target = name ?? instance_id;
    return lookFor({
      query: volumeQueries.detail(volume.id),
      checking: `Looking at where ${volume.name} is attached…`,
      outcome: (current) =>
        current.instance_id === instance_id
          ? {
              happened: true,
              message: `${volume.name} was attached to ${target}.`,
            }
          : {
              happened: false,
              message: `${volume.name} is not attached to ${target}. You can attach it again.`,
            },
      onHappened: () => form.reset(),
    });
  }

  if (pending) return <SkeletonText lines={2} label="Loading instances" />;
  if (instances.length === 0) {
    return (
      <p className="text-sm text-slate-600">
        Not attached. There is no instance in {volume.region} to attach it to.
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
      disabledReason={
        reason ??
        (creating ? 'The volume can be attached once it is available.' : null)
      }
    >
      <SelectField
        name="instance_id"
        label="Attach to instance"
        placeholder="Choose an instance"
        description={`Only instances in ${volume.region}, the volume's region, are offered.`}
        options={instances.map((instance) => ({
          value: instance.id,
          label: `${instance.name} (${instance.status})`,
        }))}
      />
    </ApiForm>
  );
}
