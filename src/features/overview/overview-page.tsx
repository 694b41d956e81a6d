import {
  useQueries,
  useQuery,
  type UseQueryResult,
} from '@tanstack/react-query';
import { Link } from 'react-router';
import type { Page } from '../../api/client';
import { prefetch } from '../../api/prefetch';
import { overviewQueries } from '../../api/queries/overview';
import { usageQuery } from '../../api/queries/usage';
import { PageHeader } from '../../components/page-header';
import {
  QueryError,
  RetryNotice,
  retriedOf,
} from '../../components/query-error';
import { Skeleton } from '../../components/skeleton';
import { StatusBadge } from '../../components/status-badge';
import { formatMoney } from '../../lib/format';
import {
  instancePath,
  loadBalancerPath,
  snapshotsOfVolumePath,
  volumePath,
} from '../../lib/paths';
import { isTransitional } from '../../lib/resource-states';
import { presetRange } from '../../lib/usage-range';

/** This month so far, as the billing page's default asks for it. */
function monthToDate() {
  const { start, end } = presetRange('this-month', Date.now());
  return usageQuery({ start_date: start, end_date: end });
}

// Eight requests in all: one per query here.
export function loader() {
  prefetch(...Object.values(overviewQueries), monthToDate());
  return null;
}

interface Changing {
  kind: string;
  id: string;
  name: string;
  status: string;
  href: string;
}

const cardClass =
  'block rounded-lg border border-slate-200 bg-white p-4 hover:border-brand-600';

export function OverviewPage() {
  const kinds = useKinds();
  const changing = useChanging();
  // One notice for the page while any of its requests is sent again.
  const retried = useQueries({
    queries: [...Object.values(overviewQueries), monthToDate()],
    combine: retriedOf,
  });

  return (
    <>
      <PageHeader
        title="Overview"
        description="Your whole account at a glance."
      />
      <RetryNotice query={retried} />
      <div className="space-y-8">
        <SpendCard />
        <section aria-labelledby="counts-heading">
          <h2 id="counts-heading" className="mb-3 text-lg font-semibold">
            Resources
          </h2>
          <ul className="grid grid-cols-2 gap-3 sm:grid-cols-3 lg:grid-cols-6">
            {kinds.map((kind) => (
              <li key={kind.label}>
                <CountCard {...kind} />
              </li>
            ))}
          </ul>
        </section>
        <ChangingList items={changing} />
      </div>
    </>
  );
}

function useKinds() {
  const q = overviewQueries;
  return [
    { label: 'Instances', to: '/instances', query: useQuery(q.instanceCount) },
    { label: 'Volumes', to: '/volumes', query: useQuery(q.volumes) },
    { label: 'Snapshots', to: '/snapshots', query: useQuery(q.snapshots) },
    { label: 'Networks', to: '/networks', query: useQuery(q.networks) },
    {
      label: 'Floating IPs',
      to: '/floating-ips',
      query: useQuery(q.floatingIps),
    },
    {
      label: 'Load balancers',
      to: '/load-balancers',
      query: useQuery(q.loadBalancers),
    },
  ];
}

type Named = { id: string; name?: string; status: string };

function changingIn<T extends Named>(
  page: Page<T> | undefined,
  kind: string,
  href: (item: T) => string,
): Changing[] {
  return (page?.items ?? [])
    .filter((item) => isTransitional(item.status))
    .map((item) => ({
      kind,
      id: item.id,
      name: item.name ?? item.id,
      status: item.status,
      href: href(item),
    }));
}

function useChanging(): Changing[] | undefined {
  const q = overviewQueries;
  const instances = useQuery(q.changingInstances).data;
  const volumes = useQuery(q.volumes).data;
  const snapshots = useQuery(q.snapshots).data;
  const balancers = useQuery(q.loadBalancers).data;
  if (!instances) return undefined;
  return [
    ...changingIn(instances, 'Instance', (i) => instancePath(i.id)),
    ...changingIn(volumes, 'Volume', (v) => volumePath(v.id)),
    // A snapshot has no page: its volume's snapshots list shows it.
    ...changingIn(snapshots, 'Snapshot', (s) =>
      snapshotsOfVolumePath(s.volume_id),
    ),
    ...changingIn(balancers, 'Load balancer', (b) => loadBalancerPath(b.id)),
  ];
}

interface CountCardProps {
  label: string;
  to: string;
  query: UseQueryResult<Page<unknown>>;
}

function CountCard({ label, to, query }: CountCardProps) {
  const count = query.data?.pagination.total_count;
  return (
    <Link to={to} className={cardClass}>
      <span className="block text-sm text-slate-600">{label}</span>
      <span className="mt-1 block h-8 text-2xl font-semibold tabular-nums">
        {count ?? (query.isError ? '—' : <Skeleton className="h-7 w-10" />)}
      </span>
    </Link>
  );
}

function SpendCard() {
  const query = useQuery(monthToDate());
  const usage = query.data;
  return (
    <section
      aria-labelledby="spend-heading"
      className="rounded-lg border border-slate-200 bg-white p-4"
    >
      <h2 id="spend-heading" className="text-sm text-slate-600">
        Spent this month so far
      </h2>
      <div className="mt-1 flex h-9 flex-wrap items-baseline gap-3">
        {usage ? (
          <span className="text-3xl font-semibold tabular-nums">
            {formatMoney(usage.summary.total, usage.currency)}
          </span>
        ) : query.isError ? (
          <QueryError error={query.error} onRetry={query.refetch} />
        ) : (
          <Skeleton className="h-8 w-32" />
        )}
        <Link to="/billing" className="text-sm text-brand-800 hover:underline">
          See billing
        </Link>
      </div>
    </section>
  );
}

function ChangingList({ items }: { items: Changing[] | undefined }) {
  return (
    <section aria-labelledby="changing-heading">
      <h2 id="changing-heading" className="mb-3 text-lg font-semibold">
        In progress
      </h2>
      {items === undefined ? (
        <Skeleton className="h-14 w-full" />
      ) : items.length === 0 ? (
        <p className="text-sm text-slate-600">
          Nothing is changing right now: every resource has settled.
        </p>
      ) : (
        <ul className="divide-y divide-slate-200 rounded-lg border border-slate-200 bg-white">
          {items.map((item) => (
            <li
              key={`${item.kind}:${item.id}`}
              className="flex flex-wrap items-center gap-3 px-4 py-3"
            >
              <span className="w-28 text-sm text-slate-600">{item.kind}</span>
              <Link
                to={item.href}
                className="font-medium text-brand-800 hover:underline"
              >
                {item.name}
              </Link>
              <StatusBadge status={item.status} />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

export { OverviewPage as Component };
