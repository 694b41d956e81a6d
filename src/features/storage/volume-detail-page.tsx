import { useQuery } from '@tanstack/react-query';
import { useState, type ReactNode } from 'react';
import { useNavigate, useParams, type LoaderFunctionArgs } from 'react-router';
import { queryKeys } from '../../api/keys';
import { prefetch, seedFromList } from '../../api/prefetch';
import { currentTokenQuery } from '../../api/queries/account';
import { snapshotQueries } from '../../api/queries/snapshots';
import { volumeQueries } from '../../api/queries/volumes';
import type { Volume } from '../../api/types';
import { Copyable } from '../../components/copy-button';
import { DescriptionList } from '../../components/description-list';
import { PageHeader } from '../../components/page-header';
import {
  isNotFound,
  ResourceNotFound,
} from '../../components/resource-not-found';
import { QueryError, QueryLoading } from '../../components/query-error';
import { SkeletonText } from '../../components/skeleton';
import { StatusBadge } from '../../components/status-badge';
import { GatedButton } from '../../components/write-gate';
import { formatDateTime } from '../../lib/format';
import { AttachedInstance } from './attached-instance';
import { DeleteVolumeDialog } from './delete-dialogs';
import { instanceNamesQuery, useInstanceNames } from './instance-names';
import { RestoredFrom } from './restored-from';
import { VolumeAttachment } from './volume-attachment';
import { VolumeSnapshots } from './volume-snapshots';

export function loader({ params }: LoaderFunctionArgs) {
  const id = params.volumeId ?? '';
  seedFromList(queryKeys.volumes, id);
  prefetch(
    volumeQueries.detail(id),
    snapshotQueries.ofVolume(id),
    instanceNamesQuery,
    currentTokenQuery,
  );
  return null;
}

const back = { to: '/volumes', label: 'Volumes' };

export function VolumeDetailPage() {
  const { volumeId = '' } = useParams();
  const query = useQuery(volumeQueries.detail(volumeId));
  const volume = query.data;
  const retry = { onRetry: query.refetch, retrying: query.isFetching };

  if (isNotFound(query.error)) {
    return <ResourceNotFound what="Volume" error={query.error} back={back} />;
  }
  if (query.isPending)
    return (
      <QueryLoading query={query}>
        <SkeletonText lines={8} label="Loading the volume" />
      </QueryLoading>
    );
  if (!volume) return <QueryError error={query.error} {...retry} />;
  return (
    <>
      {query.isError && (
        <QueryError error={query.error} {...retry} className="mb-4" />
      )}
      <VolumeDetail volume={volume} />
    </>
  );
}

function VolumeDetail({ volume }: { volume: Volume }) {
  const names = useInstanceNames([volume.instance_id]);
  const instanceName = names.get(volume.instance_id ?? '');
  return (
    <>
      <PageHeader
        back={back}
        title={volume.name}
        meta={<StatusBadge status={volume.status} />}
        description={<Copyable value={volume.id} label="Copy volume ID" />}
        actions={<DeleteAction volume={volume} />}
      />
      <div className="space-y-8">
        <DescriptionList
          items={[
            { label: 'Size', value: `${volume.size_gb} GB` },
            { label: 'Region', value: volume.region },
            {
              label: 'Attached to',
              value: (
                <AttachedInstance
                  instanceId={volume.instance_id}
                  name={instanceName}
                />
              ),
            },
            {
              label: 'Restored from',
              value: volume.snapshot_id && (
                <RestoredFrom snapshotId={volume.snapshot_id} />
              ),
            },
            { label: 'Created', value: formatDateTime(volume.created_at) },
          ]}
        />
        <Section title="Attachment">
          <VolumeAttachment volume={volume} instanceName={instanceName} />
        </Section>
        <Section title="Snapshots">
          <VolumeSnapshots volume={volume} />
        </Section>
      </div>
    </>
  );
}

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <section className="space-y-3">
      <h2 className="text-base font-semibold text-slate-900">{title}</h2>
      {children}
    </section>
  );
}

/** Delete, disabled with the reason while the volume is attached. */
function DeleteAction({ volume }: { volume: Volume }) {
  const navigate = useNavigate();
  const [open, setOpen] = useState(false);
  const attached = volume.instance_id !== null;
  return (
    <div className="flex flex-col items-start gap-1">
      <GatedButton
        variant="danger"
        disabled={attached}
        onClick={() => setOpen(true)}
      >
        Delete…
      </GatedButton>
      {attached && (
        <p className="max-w-56 text-xs text-slate-600">
          Attached volumes cannot be deleted: detach it first.
        </p>
      )}
      <DeleteVolumeDialog
        volume={volume}
        open={open}
        onOpenChange={setOpen}
        onDeleted={() => navigate('/volumes')}
      />
    </div>
  );
}

export { VolumeDetailPage as Component };
