import { useQuery } from '@tanstack/react-query';
import { Link, type LoaderFunctionArgs } from 'react-router';
import { prefetch } from '../../api/prefetch';
import { currentTokenQuery } from '../../api/queries/account';
import { regionsQuery } from '../../api/queries/reference';
import { volumeQueries } from '../../api/queries/volumes';
import type { Volume } from '../../api/types';
import {
  EmptyState,
  ListStates,
  Pagination,
  RegionFilter,
  DataTable,
  TableSkeleton,
  tableClasses,
  readListParams,
  useListParams,
} from '../../components/list';
import { PageHeader } from '../../components/page-header';
import { StatusBadge } from '../../components/status-badge';
import { GatedLink } from '../../components/write-gate';
import { formatDate } from '../../lib/format';
import { AttachedInstance } from './attached-instance';
import { instanceNamesQuery, useInstanceNames } from './instance-names';
import { volumePath } from './paths';

const filters = ['region'] as const;

const columns = ['Name', 'Size', 'Region', 'Status', 'Attached to', 'Created'];

export function loader({ request }: LoaderFunctionArgs) {
  const search = new URL(request.url).searchParams;
  prefetch(
    volumeQueries.list(readListParams(search, { filters }).query),
    instanceNamesQuery,
    regionsQuery,
    currentTokenQuery,
  );
  return null;
}

const createLink = <GatedLink to="/volumes/new">Create volume</GatedLink>;

export function VolumesListPage() {
  const list = useListParams({ filters });
  const query = useQuery(volumeQueries.list(list.query));

  return (
    <>
      <PageHeader
        title="Volumes"
        description="Block storage: disks you attach to an instance in the same region."
        actions={createLink}
      />
      <RegionFilter
        label="Filter volumes"
        value={list.filters.region}
        onChange={(region) => list.setFilter('region', region)}
      />
      <ListStates
        query={query}
        loading={<TableSkeleton columns={columns} />}
        isEmpty={(page) => page.items.length === 0}
        empty={
          list.filters.region ? (
            <EmptyState
              title={`No volumes in ${list.filters.region}`}
              description="Choose another region, or create a volume here."
              action={createLink}
            />
          ) : (
            <EmptyState
              title="No volumes yet"
              description="A volume keeps data apart from an instance's own disk. Create one, then attach it to an instance."
              action={createLink}
            />
          )
        }
      >
        {(page) => (
          <>
            <VolumesTable
              volumes={page.items}
              updating={query.isPlaceholderData}
            />
            <Pagination
              label="Volume pages"
              pagination={page.pagination}
              onPageChange={list.setPage}
            />
          </>
        )}
      </ListStates>
    </>
  );
}

function VolumesTable({
  volumes,
  updating,
}: {
  volumes: Volume[];
  updating: boolean;
}) {
  const names = useInstanceNames(volumes.map((volume) => volume.instance_id));
  const { cell, row } = tableClasses;
  return (
    <DataTable label="Volumes" columns={columns} updating={updating}>
      {volumes.map((volume) => (
        <tr key={volume.id} className={row}>
          <th scope="row" className={`${cell} font-medium`}>
            <Link
              to={volumePath(volume.id)}
              className="text-brand-800 hover:underline"
            >
              {volume.name}
            </Link>
          </th>
          <td className={`${cell} tabular-nums`}>{volume.size_gb} GB</td>
          <td className={cell}>{volume.region}</td>
          <td className={cell}>
            <StatusBadge status={volume.status} />
          </td>
          <td className={cell}>
            <AttachedInstance
              instanceId={volume.instance_id}
              name={names.get(volume.instance_id ?? '')}
            />
          </td>
          <td className={cell}>
            <time dateTime={volume.created_at}>
              {formatDate(volume.created_at)}
            </time>
          </td>
        </tr>
      ))}
    </DataTable>
  );
}

export { VolumesListPage as Component };
