import { useQuery, type UseQueryResult } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { imagesQuery } from '../../api/queries/reference';
import type { Image, Instance } from '../../api/types';
import { controlClass } from '../../components/form/field';
import { QueryError } from '../../components/query-error';
import { Skeleton } from '../../components/skeleton';
import { notify } from '../../components/toast';
import { ConfirmDialog } from '../../components/confirm-dialog';
import { useSendAction } from './use-send-action';

const warningClass =
  'rounded-md border border-red-200 bg-red-50 p-3 text-red-950';

interface RebuildDialogProps {
  instance: Instance;
  open: boolean;
  onOpenChange: (open: boolean) => void;
}

/**
 * Reinstalls the instance from an image, the current one preselected.
 * Render it only while open, so that each opening starts from that image.
 */
export function RebuildDialog({
  instance,
  open,
  onOpenChange,
}: RebuildDialogProps) {
  const { send } = useSendAction(instance);
  const [imageId, setImageId] = useState(instance.image);
  const images = useQuery({ ...imagesQuery, enabled: open });
  const imageName = nameOf(images.data, imageId);

  async function rebuild() {
    await send({ type: 'rebuild', image: imageId });
    notify.success(`Rebuilding ${instance.name} from ${imageName}.`);
  }

  return (
    <ConfirmDialog
      open={open}
      onOpenChange={onOpenChange}
      title={`Rebuild ${instance.name}?`}
      description={
        <p className={warningClass}>
          Everything on the disk of <b className="break-all">{instance.name}</b>{' '}
          is erased and {imageName} is installed afresh. Its IP addresses,
          attached volumes and firewall rules stay as they are.
        </p>
      }
      confirmLabel="Rebuild instance"
      pendingLabel="Rebuilding…"
      tone="danger"
      ready={images.isSuccess}
      onConfirm={rebuild}
    >
      <ImagePicker
        query={images}
        current={instance.image}
        value={imageId}
        onChange={setImageId}
      />
    </ConfirmDialog>
  );
}

function nameOf(images: Image[] | undefined, id: string) {
  return images?.find((image) => image.id === id)?.name ?? id;
}

interface ImagePickerProps {
  query: UseQueryResult<Image[]>;
  current: string;
  value: string;
  onChange: (id: string) => void;
}

function ImagePicker({ query, current, value, onChange }: ImagePickerProps) {
  const id = useId();

  if (query.isPending) return <Skeleton className="h-16 w-full" />;
  if (query.isError) {
    return <QueryError error={query.error} onRetry={query.refetch} />;
  }
  return (
    <div className="space-y-1">
      <label htmlFor={id} className="block text-sm font-medium text-slate-900">
        Image
      </label>
      <select
        id={id}
        value={value}
        onChange={(event) => onChange(event.target.value)}
        className={controlClass}
      >
        {query.data.map((image) => (
          <option key={image.id} value={image.id}>
            {image.id === current ? `${image.name} (current)` : image.name}
          </option>
        ))}
      </select>
    </div>
  );
}
