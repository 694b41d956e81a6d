import { useQueries } from '@tanstack/react-query';
import { prefetch } from '../../api/prefetch';
import { currentTokenQuery } from '../../api/queries/account';
import { instanceQueries } from '../../api/queries/instances';
import { pricingQuery, regionsQuery } from '../../api/queries/reference';
import { PageHeader } from '../../components/page-header';
import {
  QueryError,
  QueryLoading,
  retriedOf,
} from '../../components/query-error';
import { Skeleton } from '../../components/skeleton';
import { CreateLoadBalancerForm } from './create-load-balancer-form';
import { regionInstances } from './region-instances';

// The form's choices, its token check and the first region's instances
// (offered as backends), all at once while the page's code loads.
export function loader() {
  prefetch(
    regionsQuery,
    pricingQuery,
    currentTokenQuery,
    instanceQueries.list(regionInstances('lagos-1')),
  );
  return null;
}

export function CreateLoadBalancerPage() {
  const [regions, pricing] = useQueries({
    queries: [regionsQuery, pricingQuery],
  });
  const failed = [regions, pricing].find((query) => query.isError);

  return (
    <>
      <PageHeader
        title="Create load balancer"
        description="One public address in front of instances of a region, sending traffic only to those that pass their health check."
        back={{ to: '/load-balancers', label: 'Load balancers' }}
      />
      {regions.data && pricing.data ? (
        <CreateLoadBalancerForm regions={regions.data} pricing={pricing.data} />
      ) : failed ? (
        <QueryError
          error={failed.error}
          onRetry={() => failed.refetch()}
          retrying={failed.isFetching}
        />
      ) : (
        <QueryLoading query={retriedOf([regions, pricing])}>
          <FormSkeleton />
        </QueryLoading>
      )}
    </>
  );
}

function FormSkeleton() {
  return (
    <div role="status" aria-busy="true" className="max-w-xl space-y-5">
      <span className="sr-only">Loading the form…</span>
      {Array.from({ length: 7 }, (_, index) => (
        <Skeleton key={index} className="h-16 w-full" />
      ))}
    </div>
  );
}

export { CreateLoadBalancerPage as Component };
