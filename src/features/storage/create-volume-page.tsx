import { useQueries, type UseQueryResult } from '@tanstack/react-query';
import { useSearchParams, type LoaderFunctionArgs } from 'react-router';
import type { Page } from '../../api/client';
import { prefetch } from '../../api/prefetch';
import { currentTokenQuery } from '../../api/queries/account';
import { pricingQuery, regionsQuery } from '../../api/queries/reference';
import { snapshotQueries } from '../../api/queries/snapshots';
import type { Pricing, Region, Snapshot } from '../../api/types';
import { PageHeader } from '../../components/page-header';
import {
  QueryError,
  QueryLoading,
  retriedOf,
} from '../../components/query-error';
import { SkeletonText } from '../../components/skeleton';
import { CreateVolumeForm } from './create-volume-form';
import type { VolumeChoices } from './create-volume-schema';

const snapshotsQuery = snapshotQueries.list({ per_page: 100 });

// A snapshot named by a link is looked at afresh: a copy cached while it
// was being taken would hide that it is now available.
const linkedSnapshotQuery = (id: string) => ({
  ...snapshotQueries.detail(id),
  staleTime: 0,
  enabled: id !== '',
});

export function loader({ request }: LoaderFunctionArgs) {
  const snapshotId = new URL(request.url).searchParams.get('snapshot');
  prefetch(regionsQuery, pricingQuery, snapshotsQuery, currentTokenQuery);
  if (snapshotId) prefetch(linkedSnapshotQuery(snapshotId));
  return null;
}

type Results = [
  UseQueryResult<Region[]>,
  UseQueryResult<Pricing>,
  UseQueryResult<Page<Snapshot>>,
  UseQueryResult<Snapshot>,
];

/** The form's choices once all have arrived; the first failure otherwise. */
function combine(results: Results) {
  const [regions, pricing, snapshots, chosen] = results;
  // The snapshot a link names is not needed for the form: it is told apart.
  const failed = [regions, pricing, snapshots].filter(
    (result) => result.isError,
  );
  const available = (snapshots.data?.items ?? []).filter(
    (snapshot) => snapshot.status === 'available',
  );
  const extra = chosen.data;
  // The snapshot asked for may lie beyond the first page: offer it too.
  if (
    extra?.status === 'available' &&
    !available.some((s) => s.id === extra.id)
  ) {
    available.unshift(extra);
  }
  // A snapshot last seen not yet available may be by now: the form waits
  // for a look taken since the page opened, or would start without it.
  const settling =
    extra !== undefined &&
    extra.status !== 'available' &&
    !chosen.isFetchedAfterMount;
  const choices: VolumeChoices | undefined =
    regions.data &&
    pricing.data &&
    snapshots.data &&
    !chosen.isLoading &&
    !settling
      ? {
          regions: regions.data,
          snapshots: available,
          gbMonth: pricing.data.volume_gb_month,
          currency: pricing.data.currency,
        }
      : undefined;
  return {
    choices,
    snapshot: available.find((s) => s.id === extra?.id),
    // Named by the link, but not one to restore from (yet).
    unusable: extra && extra.status !== 'available' ? extra : undefined,
    missing: chosen.isError,
    error: failed[0]?.error ?? null,
    retrying: failed.some((result) => result.isFetching),
    retry: () => failed.forEach((result) => void result.refetch()),
    retried: retriedOf(results),
  };
}

export function CreateVolumePage() {
  const [search] = useSearchParams();
  const snapshotId = search.get('snapshot') ?? '';
  const reference = useQueries({
    queries: [
      regionsQuery,
      pricingQuery,
      snapshotsQuery,
      linkedSnapshotQuery(snapshotId),
    ],
    combine,
  });

  return (
    <>
      <PageHeader
        title="Create volume"
        description="A block storage disk to attach to an instance in the same region."
        back={{ to: '/volumes', label: 'Volumes' }}
      />
      {reference.choices && (
        <LinkedSnapshotNotice
          snapshotId={snapshotId}
          unusable={reference.unusable}
          missing={reference.missing}
        />
      )}
      {reference.choices ? (
        <CreateVolumeForm
          choices={reference.choices}
          snapshot={reference.snapshot}
        />
      ) : reference.error ? (
        <QueryError
          error={reference.error}
          onRetry={reference.retry}
          retrying={reference.retrying}
        />
      ) : (
        <QueryLoading query={reference.retried}>
          <SkeletonText lines={6} label="Loading the form" />
        </QueryLoading>
      )}
    </>
  );
}

const noticeClass =
  'mb-4 rounded-md border border-amber-200 bg-amber-50 px-3 py-2 text-sm text-amber-900';

/**
 * Why the form does not start from the snapshot its link named, rather
 * than start empty without a word.
 */
function LinkedSnapshotNotice({
  snapshotId,
  unusable,
  missing,
}: {
  snapshotId: string;
  unusable?: Snapshot;
  missing: boolean;
}) {
  if (unusable?.status === 'failed') {
    return (
      <p role="status" className={noticeClass}>
        The snapshot {unusable.name} failed, so no volume can be restored from
        it. The form starts with an empty volume.
      </p>
    );
  }
  if (unusable) {
    return (
      <p role="status" className={noticeClass}>
        The snapshot {unusable.name} is {unusable.status}: a volume can be
        restored from it once it is available, and it is then offered under
        Start from a snapshot. Until then the form starts with an empty volume.
      </p>
    );
  }
  if (snapshotId && missing) {
    return (
      <p role="status" className={noticeClass}>
        The snapshot {snapshotId} could not be found, so the form starts with an
        empty volume.
      </p>
    );
  }
  return null;
}

export { CreateVolumePage as Component };
