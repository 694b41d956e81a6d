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

export function loader({ request }: LoaderFunctionArgs) {
  const snapshotId = new URL(request.url).searchParams.get('snapshot');
  prefetch(regionsQuery, pricingQuery, snapshotsQuery, currentTokenQuery);
  if (snapshotId) prefetch(snapshotQueries.detail(snapshotId));
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
  const failed = results.filter((result) => result.isError);
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
  const choices: VolumeChoices | undefined =
    regions.data && pricing.data && snapshots.data && !chosen.isLoading
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
      { ...snapshotQueries.detail(snapshotId), enabled: snapshotId !== '' },
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

export { CreateVolumePage as Component };
