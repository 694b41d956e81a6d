import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Link, type LoaderFunctionArgs } from 'react-router';
import { prefetch } from '../../api/prefetch';
import { currentTokenQuery } from '../../api/queries/account';
import { snapshotQueries } from '../../api/queries/snapshots';
import type { Snapshot } from '../../api/types';
import { buttonClass } from '../../components/button';
import {
  EmptyState,
  ListStates,
  Pagination,
  TableSkeleton,
  readListParams,
  useListParams,
} from '../../components/list';
import { PageHeader } from '../../components/page-header';
import { DeleteSnapshotDialog } from './delete-dialogs';
import { volumePath } from './paths';
import { SnapshotsTable } from './snapshots-table';
import { useSourceVolumes, type SourceVolumes } from './source-volumes';
import {
  SnapshotFilters,
  snapshotFilters,
  volumeNamesQuery,
} from './storage-filters';

const columns = ['Name', 'Source volume', 'Size', 'Status', 'Created', ''];

export function loader({ request }: LoaderFunctionArgs) {
  const search = new URL(request.url).searchParams;
  prefetch(
    snapshotQueries.list(readListParams(search, listOptions).query),
    volumeNamesQuery,
    currentTokenQuery,
  );
  return null;
}

const listOptions = { filters: snapshotFilters };

export function SnapshotsListPage() {
  const list = useListParams(listOptions);
  const query = useQuery(snapshotQueries.list(list.query));
  const sources = useSourceVolumes([
    list.filters.volume_id,
    ...(query.data?.items ?? []).map((snapshot) => snapshot.volume_id),
  ]);
  const [deleting, setDeleting] = useState<Snapshot | null>(null);

  return (
    <>
      <PageHeader
        title="Snapshots"
        description="Point-in-time copies of volumes. Restore one by creating a volume from it."
      />
      <SnapshotFilters filters={list.filters} onChange={list.setFilters} />
      <ListStates
        query={query}
        loading={<TableSkeleton columns={columns} />}
        isEmpty={(page) => page.items.length === 0}
        empty={
          <NoSnapshots volumeId={list.filters.volume_id} sources={sources} />
        }
      >
        {(page) => (
          <>
            <SnapshotsTable
              label="Snapshots"
              snapshots={page.items}
              sources={sources}
              onDelete={setDeleting}
              updating={query.isPlaceholderData}
            />
            <Pagination
              label="Snapshot pages"
              pagination={page.pagination}
              onPageChange={list.setPage}
            />
          </>
        )}
      </ListStates>
      {deleting && (
        <DeleteSnapshotDialog
          snapshot={deleting}
          open
          onOpenChange={(open) => !open && setDeleting(null)}
        />
      )}
    </>
  );
}

function NoSnapshots({
  volumeId,
  sources,
}: {
  volumeId: string;
  sources: SourceVolumes;
}) {
  if (!volumeId) {
    return (
      <EmptyState
        title="No snapshots yet"
        description="Open a volume and take a snapshot of it, before an upgrade for example."
      />
    );
  }
  const name = sources.names.get(volumeId);
  const label = sources.deleted.has(volumeId)
    ? `deleted volume ${volumeId}`
    : (name ?? volumeId);
  return (
    <EmptyState
      title={`No snapshots of ${label}`}
      description="Choose another volume, or open this one and take a snapshot of it."
      action={
        <div className="flex flex-wrap justify-center gap-2">
          {name && (
            <Link to={volumePath(volumeId)} className={buttonClass()}>
              Open {name}
            </Link>
          )}
          <Link to="/snapshots" className={buttonClass('secondary')}>
            Show all snapshots
          </Link>
        </div>
      }
    />
  );
}

export { SnapshotsListPage as Component };
