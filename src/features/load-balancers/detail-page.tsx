import { useQuery } from '@tanstack/react-query';
import { useState, type ReactNode } from 'react';
import { useNavigate, useParams, type LoaderFunctionArgs } from 'react-router';
import { queryKeys } from '../../api/keys';
import { prefetch, seedFromList } from '../../api/prefetch';
import { currentTokenQuery } from '../../api/queries/account';
import { instanceQueries } from '../../api/queries/instances';
import { loadBalancerQueries } from '../../api/queries/load-balancers';
import type { LoadBalancer } from '../../api/types';
import { Copyable } from '../../components/copy-button';
import { DescriptionList } from '../../components/description-list';
import { PageHeader } from '../../components/page-header';
import {
  isNotFound,
  ResourceNotFound,
} from '../../components/resource-not-found';
import { QueryError, QueryLoading } from '../../components/query-error';
import { Skeleton } from '../../components/skeleton';
import { StatusBadge } from '../../components/status-badge';
import { GatedButton } from '../../components/write-gate';
import { formatDateTime } from '../../lib/format';
import { AddBackendForm } from './add-backend-form';
import { DeleteLoadBalancerDialog } from './delete-load-balancer-dialog';
import { LoadBalancerEditor } from './load-balancer-editor';
import { healthSummary, listenerText } from './load-balancer-format';
import { instanceNames, regionInstances } from './region-instances';
import { leaveWithoutAsking } from './use-leave-guard';

export function loader({ params }: LoaderFunctionArgs) {
  const id = params.loadBalancerId ?? '';
  seedFromList(queryKeys.loadBalancers, id);
  prefetch(loadBalancerQueries.detail(id), currentTokenQuery);
  return null;
}

const back = { to: '/load-balancers', label: 'Load balancers' };

/**
 * One load balancer: what it listens on, its settings and backends (with
 * their health, asked again every 30 s while the page is visible), and
 * what can be changed. Polled faster while it provisions.
 */
export function LoadBalancerDetailPage() {
  const { loadBalancerId = '' } = useParams();
  const query = useQuery(loadBalancerQueries.detail(loadBalancerId));
  const balancer = query.data;
  const retry = { onRetry: query.refetch, retrying: query.isFetching };

  if (isNotFound(query.error)) {
    return (
      <ResourceNotFound what="Load balancer" error={query.error} back={back} />
    );
  }
  if (query.isPending)
    return (
      <QueryLoading query={query}>
        <DetailSkeleton />
      </QueryLoading>
    );
  if (!balancer) return <QueryError error={query.error} {...retry} />;
  return (
    <>
      {/* A refresh that failed keeps the balancer on screen, with why. */}
      {query.isError && (
        <QueryError error={query.error} {...retry} className="mb-4" />
      )}
      <BalancerContent key={balancer.id} balancer={balancer} />
    </>
  );
}

function BalancerContent({ balancer }: { balancer: LoadBalancer }) {
  const navigate = useNavigate();
  const [deleting, setDeleting] = useState(false);
  const instances = useQuery(
    instanceQueries.list(regionInstances(balancer.region)),
  );
  const names = instanceNames(instances.data?.items);

  return (
    <>
      <PageHeader
        back={back}
        title={balancer.name}
        meta={<StatusBadge status={balancer.status} />}
        description={
          <Copyable value={balancer.id} label="Copy load balancer ID" />
        }
        actions={
          <GatedButton variant="danger" onClick={() => setDeleting(true)}>
            Delete…
          </GatedButton>
        }
      />
      <div className="space-y-10">
        <Section title="Configuration">
          <DescriptionList items={facts(balancer)} />
        </Section>
        <Section
          title="Settings and backends"
          description="Change how traffic is shared and checked, then save every change at once."
        >
          <LoadBalancerEditor balancer={balancer} names={names} />
        </Section>
        <Section title="Add a backend">
          <AddBackendForm
            balancer={balancer}
            instances={instances.data?.items ?? []}
          />
        </Section>
      </div>
      <DeleteLoadBalancerDialog
        balancer={balancer}
        names={names}
        open={deleting}
        onOpenChange={setDeleting}
        onDeleted={() =>
          navigate('/load-balancers', { state: leaveWithoutAsking })
        }
      />
    </>
  );
}

function facts(balancer: LoadBalancer) {
  return [
    { label: 'Region', value: balancer.region },
    {
      label: 'Public IP',
      value: balancer.public_ip ? (
        <Copyable value={balancer.public_ip} label="Copy the public IP" />
      ) : (
        'Assigned when it is active'
      ),
    },
    { label: 'Listener', value: listenerText(balancer) },
    { label: 'Backends', value: healthSummary(balancer.backends) },
    {
      label: 'Created',
      value: (
        <time dateTime={balancer.created_at}>
          {formatDateTime(balancer.created_at)}
        </time>
      ),
    },
  ];
}

function Section({
  title,
  description,
  children,
}: {
  title: string;
  description?: string;
  children: ReactNode;
}) {
  return (
    <section className="space-y-3">
      <div>
        <h2 className="text-base font-semibold text-slate-900">{title}</h2>
        {description && (
          <p className="mt-1 max-w-prose text-sm text-slate-600">
            {description}
          </p>
        )}
      </div>
      {children}
    </section>
  );
}

/** The page's shape while the balancer loads, so nothing jumps after. */
function DetailSkeleton() {
  return (
    <div role="status" aria-busy="true">
      <span className="sr-only">Loading the load balancer…</span>
      <div aria-hidden="true" className="space-y-4">
        <Skeleton className="h-5 w-24" />
        <Skeleton className="h-8 w-56" />
        {Array.from({ length: 8 }, (_, index) => (
          <Skeleton key={index} className="h-6 w-full max-w-xl" />
        ))}
      </div>
    </div>
  );
}

export { LoadBalancerDetailPage as Component };
