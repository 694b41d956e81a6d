import { useQuery } from '@tanstack/react-query';
import { Link, type LoaderFunctionArgs } from 'react-router';
import { prefetch } from '../../api/prefetch';
import { currentTokenQuery } from '../../api/queries/account';
import { loadBalancerQueries } from '../../api/queries/load-balancers';
import { regionsQuery } from '../../api/queries/reference';
import type { LoadBalancer } from '../../api/types';
import {
  EmptyState,
  IgnoredFilters,
  ListStates,
  Pagination,
  RegionFilter,
  DataTable,
  TableSkeleton,
  tableClasses,
  readRegionListParams,
  useRegionListParams,
} from '../../components/list';
import { PageHeader } from '../../components/page-header';
import { StatusBadge } from '../../components/status-badge';
import { GatedLink } from '../../components/write-gate';
import { formatDate } from '../../lib/format';
import { healthSummary, listenerText } from './load-balancer-format';

const columns = ['Name', 'Status', 'Region', 'Listener', 'Backends', 'Created'];
const filters = ['region'] as const;

export function loader({ request }: LoaderFunctionArgs) {
  const search = new URL(request.url).searchParams;
  prefetch(
    loadBalancerQueries.list(readRegionListParams(search, { filters }).query),
    regionsQuery,
    currentTokenQuery,
  );
  return null;
}

const createLink = (
  <GatedLink to="/load-balancers/new">Create load balancer</GatedLink>
);

export function LoadBalancersListPage() {
  const list = useRegionListParams({ filters });
  const query = useQuery(loadBalancerQueries.list(list.query));

  return (
    <>
      <PageHeader
        title="Load balancers"
        description="Spread traffic over instances of one region, and stop sending it to those that fail their health checks."
        actions={createLink}
      />
      <RegionFilter
        label="Filter load balancers"
        value={list.filters.region}
        onChange={(region) => list.setFilters({ region })}
      />
      <IgnoredFilters ignored={list.ignored} />
      <ListStates
        query={query}
        loading={<TableSkeleton columns={columns} />}
        isEmpty={(page) => page.items.length === 0}
        empty={
          list.filters.region ? (
            <EmptyState
              title="No load balancer in this region"
              description="Choose another region, or create one here."
            />
          ) : (
            <EmptyState
              title="No load balancers yet"
              description="A load balancer gives several instances one address and checks that each is answering."
              action={createLink}
            />
          )
        }
      >
        {(page) => (
          <>
            <LoadBalancersTable
              balancers={page.items}
              updating={query.isPlaceholderData}
            />
            <Pagination
              label="Load balancer pages"
              pagination={page.pagination}
              onPageChange={list.setPage}
            />
          </>
        )}
      </ListStates>
    </>
  );
}

function LoadBalancersTable({
  balancers,
  updating,
}: {
  balancers: LoadBalancer[];
  /** Showing the previous page while the next one loads. */
  updating: boolean;
}) {
  return (
    <DataTable label="Load balancers" columns={columns} updating={updating}>
      {balancers.map((balancer) => (
        <LoadBalancerRow key={balancer.id} balancer={balancer} />
      ))}
    </DataTable>
  );
}

function LoadBalancerRow({ balancer }: { balancer: LoadBalancer }) {
  const { cell, row } = tableClasses;
  return (
    <tr className={row}>
      <th scope="row" className={`${cell} font-medium`}>
        <Link
          to={`/load-balancers/${balancer.id}`}
          className="text-brand-800 hover:underline"
        >
          {balancer.name}
        </Link>
      </th>
      <td className={cell}>
        <StatusBadge status={balancer.status} />
      </td>
      <td className={cell}>{balancer.region}</td>
      <td className={cell}>{listenerText(balancer)}</td>
      <td className={cell}>{healthSummary(balancer.backends)}</td>
      <td className={cell}>
        <time dateTime={balancer.created_at}>
          {formatDate(balancer.created_at)}
        </time>
      </td>
    </tr>
  );
}

export { LoadBalancersListPage as Component };
