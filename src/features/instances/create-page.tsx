import { useQueries, type UseQueryResult } from '@tanstack/react-query';
import type { Page } from '../../api/client';
import { prefetch } from '../../api/prefetch';
import { currentTokenQuery } from '../../api/queries/account';
import {
  regionNetworksQuery,
  sshKeysQuery,
} from '../../api/queries/attachments';
import {
  imagesQuery,
  plansQuery,
  pricingQuery,
  regionsQuery,
} from '../../api/queries/reference';
import type { Image, Plan, Pricing, Region, SshKey } from '../../api/types';
import { PageHeader } from '../../components/page-header';
import {
  QueryError,
  QueryLoading,
  retriedOf,
} from '../../components/query-error';
import { CreateInstanceForm } from './create-instance-form';
import type { InstanceChoices } from './create-instance-schema';
import { CreateInstanceSkeleton } from './create-instance-skeleton';

const choiceQueries = [
  regionsQuery,
  plansQuery,
  imagesQuery,
  sshKeysQuery,
  pricingQuery,
] as const;

// The form's choices, its token check and the default region's networks,
// all at once while the page's code loads.
export function loader() {
  prefetch(...choiceQueries, currentTokenQuery, regionNetworksQuery('lagos-1'));
  return null;
}

type Results = [
  UseQueryResult<Region[]>,
  UseQueryResult<Plan[]>,
  UseQueryResult<Image[]>,
  UseQueryResult<Page<SshKey>>,
  UseQueryResult<Pricing>,
];

/** The choices once all have arrived; the first failure otherwise. */
function combine(results: Results) {
  const [regions, plans, images, sshKeys, pricing] = results;
  const failed = results.filter((result) => result.isError);
  const choices: InstanceChoices | undefined =
    regions.data && plans.data && images.data && sshKeys.data && pricing.data
      ? {
          regions: regions.data,
          plans: plans.data,
          images: images.data,
          sshKeys: sshKeys.data.items,
          currency: pricing.data.currency,
        }
      : undefined;
  return {
    choices,
    error: failed[0]?.error ?? null,
    retrying: failed.some((result) => result.isFetching),
    retry: () => failed.forEach((result) => void result.refetch()),
    retried: retriedOf(results),
  };
}

export function CreateInstancePage() {
  const reference = useQueries({ queries: choiceQueries, combine });

  return (
    <>
      <PageHeader
        title="Create instance"
        description="A virtual machine: pick where it runs, its size and its system."
        back={{ to: '/instances', label: 'Instances' }}
      />
      {reference.choices ? (
        <CreateInstanceForm choices={reference.choices} />
      ) : reference.error ? (
        <QueryError
          error={reference.error}
          onRetry={reference.retry}
          retrying={reference.retrying}
        />
      ) : (
        <QueryLoading query={reference.retried}>
          <CreateInstanceSkeleton />
        </QueryLoading>
      )}
    </>
  );
}

export { CreateInstancePage as Component };
