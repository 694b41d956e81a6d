import { useQuery } from '@tanstack/react-query';
import { Link, type LoaderFunctionArgs } from 'react-router';
import { prefetch } from '../../api/prefetch';
import { currentTokenQuery } from '../../api/queries/account';
import { regionsQuery } from '../../api/queries/reference';
import { volumeQueries } from '../../api/queries/volumes';
import type { Volume } from '../../api/types';
import { buttonClass } from '../../components/button';
import {
  EmptyState,
  IgnoredFilters,
  ListStates,
  Pagination,
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
import { AttachedInstance } from './attached-instance';
import { instanceNamesQuery, useInstanceNames } from './instance-names';
import { volumePath } from './paths';
import {
  VolumeFilters,
  volumeFilters as filters,
  type VolumeFilter,
} from './storage-filters';

const columns = ['Name', 'Size', 'Region', 'Status', 'Attached to', 'Created'];

export function loader({ request }: LoaderFunctionArgs) {
  const search = new URL(request.url).searchParams;
  prefetch(
    volumeQueries.list(readRegionListParams(search, { filters }).query),
    instanceNamesQuery,
    regionsQuery,
    currentTokenQuery,
  );
  return null;
}

const createLink = <GatedLink to="/volumes/new">Create volume</GatedLink>;

export function VolumesListPage() {
  const list = useRegionListParams({ filters });
  const query = useQuery(volumeQueries.list(list.query));

  return (
    <>
      <PageHeader
        title="Volumes"
        description="Block storage: disks you attach to an instance in the same region."
        actions={createLink}
      />
      <VolumeFilters filters={list.filters} onChange={list.setFilters} />
      <IgnoredFilters ignored={list.ignored} />
      <ListStates
        query={query}
        loading={<TableSkeleton columns={columns} />}
        isEmpty={(page) => page.items.length === 0}
        empty={<NoVolumes filters={list.filters} />}
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

/** What an empty list means depends on what it was filtered by. */
function NoVolumes({ filters }: { filters: Record<VolumeFilter, string> }) {
  const { region, instance_id: instanceId } = filters;
  const names = useInstanceNames([instanceId || null]);
  if (instanceId) {
    const name = names.get(instanceId) ?? instanceId;
    return (
      <EmptyState
        title={`No volumes attached to ${name}`}
        description="Choose another instance, or open a volume and attach it to this one."
        action={
          <Link to="/volumes" className={buttonClass('secondary')}>
            Show all volumes
          </Link>
        }
      />
    );
  }
  if (region) {
    return (
      <EmptyState
        title={`No volumes in ${region}`}
        description="Choose another region, or create a volume here."
        action={createLink}
      />
    );
  }
  return (
    <EmptyState
      title="No volumes yet"
      description="A volume keeps data apart from an instance's own disk. Create one, then attach it to an instance."
      action={createLink}
    />
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
