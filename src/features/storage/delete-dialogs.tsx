import { useQueryClient, type QueryClient } from '@tanstack/react-query';
import { ApiError, isApiError } from '../../api/errors';
import { useDeleteSnapshot } from '../../api/queries/snapshots';
import { useDeleteVolume, volumeQueries } from '../../api/queries/volumes';
import type { Snapshot, Volume } from '../../api/types';
import { ConfirmDialog } from '../../components/confirm-dialog';
import { notify } from '../../components/toast';
import { fetchInstanceName } from './instance-names';

interface DialogProps {
  open: boolean;
  onOpenChange: (open: boolean) => void;
}

/** Deleting a volume, confirmed by typing its name. */
export function DeleteVolumeDialog({
  volume,
  onDeleted,
  ...dialog
}: DialogProps & { volume: Volume; onDeleted?: () => void }) {
  const remove = useDeleteVolume({ onDeleted });
  const client = useQueryClient();

  async function confirm() {
    try {
      await remove.mutateAsync(volume.id);
    } catch (error) {
      throw await explainConflict(client, error, volume);
    }
    notify.success(`Deleted volume ${volume.name}`);
  }

  return (
    <ConfirmDialog
      {...dialog}
      title={`Delete ${volume.name}?`}
      description={
        <p>
          The volume and its {volume.size_gb} GB of data are deleted. This
          cannot be undone.
        </p>
      }
      consequences={
        <p>Its snapshots are kept: a new volume can be restored from them.</p>
      }
      confirmLabel="Delete volume"
      pendingLabel="Deleting…"
      tone="danger"
      typeToConfirm={volume.name}
      onConfirm={confirm}
    />
  );
}

/**
 * A 409 on delete usually means the volume was attached after this page
 * loaded (the button is disabled while it shows attached). The volume is
 * read again (the refetch the conflict started, not a second request): if
 * it is attached, the user is told to detach it from that instance, by
 * name, whatever words the API used; otherwise the API's own reason stands.
 */
async function explainConflict(
  client: QueryClient,
  error: unknown,
  volume: Volume,
) {
  if (!isApiError(error) || error.status !== 409) return error;
  const current = await client
    .fetchQuery(volumeQueries.detail(volume.id))
    .catch(() => null);
  if (!current?.instance_id) return error;
  const instance = await fetchInstanceName(client, current.instance_id);
  return new ApiError(
    409,
    error.code,
    `${volume.name} is attached to ${instance}: detach it from ${instance} first, then delete it.`,
    error.details,
    error.requestId,
  );
}

/** Deleting a snapshot, confirmed by typing its name. */
export function DeleteSnapshotDialog({
  snapshot,
  ...dialog
}: DialogProps & { snapshot: Snapshot }) {
  const remove = useDeleteSnapshot();

  async function confirm() {
    await remove.mutateAsync(snapshot.id);
    notify.success(`Deleted snapshot ${snapshot.name}`);
  }

  return (
    <ConfirmDialog
      {...dialog}
      title={`Delete ${snapshot.name}?`}
      description={
        <p>
          The snapshot&apos;s {snapshot.size_gb} GB copy is deleted; no volume
          can be restored from it after. This cannot be undone.
        </p>
      }
      confirmLabel="Delete snapshot"
      pendingLabel="Deleting…"
      tone="danger"
      typeToConfirm={snapshot.name}
      onConfirm={confirm}
    />
  );
}
