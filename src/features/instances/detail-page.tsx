import { useQuery } from '@tanstack/react-query';
import {
  Outlet,
  useNavigate,
  useParams,
  type LoaderFunctionArgs,
} from 'react-router';
import { queryKeys } from '../../api/keys';
import { prefetch, seedFromList } from '../../api/prefetch';
import { currentTokenQuery } from '../../api/queries/account';
import { instanceQueries } from '../../api/queries/instances';
import { Copyable } from '../../components/copy-button';
import { PageHeader } from '../../components/page-header';
import {
  isNotFound,
  ResourceNotFound,
} from '../../components/resource-not-found';
import { QueryError, QueryLoading } from '../../components/query-error';
import { RouteTabs, type RouteTab } from '../../components/route-tabs';
import { Skeleton } from '../../components/skeleton';
import { StatusBadge } from '../../components/status-badge';
import { InstanceActions } from './instance-actions';
import type { InstanceOutlet } from './instance-outlet';

export function loader({ params }: LoaderFunctionArgs) {
  const id = params.instanceId ?? '';
  // The action bar needs the token's scopes to offer its controls.
  seedFromList(queryKeys.instances, id);
  prefetch(instanceQueries.detail(id), currentTokenQuery);
  return null;
}

const tabs: readonly RouteTab[] = [
  { to: '', label: 'Overview' },
  { to: 'networking', label: 'Networking' },
  { to: 'storage', label: 'Storage' },
  { to: 'firewall', label: 'Firewall' },
  { to: 'settings', label: 'Settings' },
];

const back = { to: '/instances', label: 'Instances' };

/**
 * One instance: its name, state and actions above tabs that each have
 * their own URL. The instance is polled while it is changing, so the
 * badge moves from resizing to running without a reload.
 */
export function InstanceDetailPage() {
  const { instanceId = '' } = useParams();
  const navigate = useNavigate();
  const query = useQuery(instanceQueries.detail(instanceId));
  const instance = query.data;
  const retry = {
    onRetry: query.refetch,
    retrying: query.isFetching,
  };

  if (isNotFound(query.error)) {
    return <ResourceNotFound what="Instance" error={query.error} back={back} />;
  }
  if (query.isPending)
    return (
      <QueryLoading query={query}>
        <DetailSkeleton />
      </QueryLoading>
    );
  if (!instance) return <QueryError error={query.error} {...retry} />;
  return (
    <>
      <PageHeader
        back={back}
        title={instance.name}
        meta={<StatusBadge status={instance.status} />}
        description={<Copyable value={instance.id} label="Copy instance ID" />}
        actions={
          <InstanceActions
            instance={instance}
            onDeleted={() => navigate('/instances')}
          />
        }
      />
      {/* A refresh that failed keeps the instance on screen, with why. */}
      {query.isError && (
        <QueryError error={query.error} {...retry} className="mb-4" />
      )}
      <RouteTabs label="Instance sections" tabs={tabs} />
      <div className="pt-6">
        <Outlet context={{ instance } satisfies InstanceOutlet} />
      </div>
    </>
  );
}

/** The page's shape while the instance loads, so nothing jumps after. */
function DetailSkeleton() {
  return (
    <div role="status" aria-busy="true">
      <span className="sr-only">Loading the instance…</span>
      <div aria-hidden="true" className="mb-6 space-y-2">
        <Skeleton className="h-5 w-24" />
        <Skeleton className="h-8 w-56" />
        <Skeleton className="h-7 w-64" />
        <Skeleton className="h-10 w-full max-w-md" />
      </div>
      <div aria-hidden="true">
        <Skeleton className="h-10 w-full" />
        <div className="space-y-4 pt-6">
          {Array.from({ length: 6 }, (_, index) => (
            <Skeleton key={index} className="h-5 w-full max-w-xl" />
          ))}
        </div>
      </div>
    </div>
  );
}

export { InstanceDetailPage as Component };
