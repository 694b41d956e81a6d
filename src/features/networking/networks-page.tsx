import { useQuery } from '@tanstack/react-query';
import { Link, type LoaderFunctionArgs } from 'react-router';
import { prefetch } from '../../api/prefetch';
import { currentTokenQuery } from '../../api/queries/account';
import { networkQueries } from '../../api/queries/networks';
import { regionsQuery } from '../../api/queries/reference';
import type { Network } from '../../api/types';
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
import { GatedLink } from '../../components/write-gate';
import { formatDate } from '../../lib/format';

const columns = ['Name', 'Region', 'Subnet', 'DHCP', 'Members', 'Created'];

const listOptions = { filters: ['region'] } as const;

export function loader({ request }: LoaderFunctionArgs) {
  const search = new URL(request.url).searchParams;
  prefetch(
    networkQueries.list(readRegionListParams(search, listOptions).query),
    regionsQuery,
    currentTokenQuery,
  );
  return null;
}

export function NetworksPage() {
  const list = useRegionListParams(listOptions);
  const query = useQuery(networkQueries.list(list.query));
  const create = <GatedLink to="/networks/new">Create network</GatedLink>;

  return (
    <>
      <PageHeader
        title="Networks"
        description="Private networks let instances of one region talk over private addresses."
        actions={create}
      />
      <RegionFilter
        label="Filter networks"
        value={list.filters.region}
        onChange={(region) => list.setFilters({ region })}
      />
      <IgnoredFilters ignored={list.ignored} />
      <ListStates
        query={query}
        loading={<TableSkeleton columns={columns} />}
        isEmpty={(page) => page.items.length === 0}
        empty={
          <EmptyState
            title={
              list.filters.region
                ? `No networks in ${list.filters.region}`
                : 'No networks yet'
            }
            description="Create a private network, then attach instances of its region to it."
            action={create}
          />
        }
      >
        {(page) => (
          <>
            <NetworksTable networks={page.items} />
            <Pagination
              label="Network pages"
              pagination={page.pagination}
              onPageChange={list.setPage}
            />
          </>
        )}
      </ListStates>
    </>
  );
}

function NetworksTable({ networks }: { networks: Network[] }) {
  const { cell, row } = tableClasses;
  return (
    <DataTable label="Networks" columns={columns}>
      {networks.map((network) => (
        <tr key={network.id} className={row}>
          <td className={cell}>
            <Link
              to={`/networks/${network.id}`}
              className="font-medium text-brand-700 hover:underline"
            >
              {network.name}
            </Link>
          </td>
          <td className={cell}>{network.region}</td>
          <td className={`${cell} font-mono`}>{network.subnet}</td>
          <td className={cell}>{network.dhcp_enabled ? 'On' : 'Off'}</td>
          <td className={cell}>{network.members.length}</td>
          <td className={cell}>{formatDate(network.created_at)}</td>
        </tr>
      ))}
    </DataTable>
  );
}

export { NetworksPage as Component };
