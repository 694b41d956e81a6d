import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import type { LoaderFunctionArgs } from 'react-router';
import { prefetch } from '../../api/prefetch';
import { currentTokenQuery } from '../../api/queries/account';
import { snapshotQueries } from '../../api/queries/snapshots';
import { volumeQueries } from '../../api/queries/volumes';
import type { Snapshot } from '../../api/types';
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
import { SnapshotsTable } from './snapshots-table';

const columns = ['Name', 'Source volume', 'Size', 'Status', 'Created', ''];

/** One page of volumes names the sources of most snapshots. */
const volumeNamesQuery = volumeQueries.list({ per_page: 100 });

export function loader({ request }: LoaderFunctionArgs) {
  const search = new URL(request.url).searchParams;
  prefetch(
    snapshotQueries.list(readListParams(search, listOptions).query),
    volumeNamesQuery,
    currentTokenQuery,
  );
  return null;
}

const listOptions = { filters: [] };

function useVolumeNames() {
  const { data } = useQuery(volumeNamesQuery);
  return new Map((data?.items ?? []).map((volume) => [volume.id, volume.name]));
}

export function SnapshotsListPage() {
  const list = useListParams(listOptions);
  const query = useQuery(snapshotQueries.list(list.query));
  const volumeNames = useVolumeNames();
  const [deleting, setDeleting] = useState<Snapshot | null>(null);

  return (
    <>
      <PageHeader
        title="Snapshots"
        description="Point-in-time copies of volumes. Restore one by creating a volume from it."
      />
      <ListStates
        query={query}
        loading={<TableSkeleton columns={columns} />}
        isEmpty={(page) => page.items.length === 0}
        empty={
          <EmptyState
            title="No snapshots yet"
            description="Open a volume and take a snapshot of it, before an upgrade for example."
          />
        }
      >
        {(page) => (
          <>
            <SnapshotsTable
              label="Snapshots"
              snapshots={page.items}
              volumeNames={volumeNames}
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

export { SnapshotsListPage as Component };
