import { useQuery } from '@tanstack/react-query';
import { lazy, Suspense, useState } from 'react';
import { Link, type LoaderFunctionArgs } from 'react-router';
import { prefetch } from '../../api/prefetch';
import { currentTokenQuery } from '../../api/queries/account';
import { instanceQueries } from '../../api/queries/instances';
import { regionsQuery } from '../../api/queries/reference';
import type { Instance } from '../../api/types';
import { Copyable } from '../../components/copy-button';
import {
  EmptyState,
  IgnoredFilters,
  ListStates,
  Pagination,
  DataTable,
  RowActions,
  TableSkeleton,
  tableClasses,
  readRegionListParams,
  useRegionListParams,
} from '../../components/list';
import { PageHeader } from '../../components/page-header';
import { StatusBadge } from '../../components/status-badge';
import { GatedButton, GatedLink } from '../../components/write-gate';
import { formatDate } from '../../lib/format';
import { instanceStatuses } from '../../lib/resource-states';
import { instanceFilters, InstanceFilters } from './instance-filters';

// Only loaded when someone asks to delete from the list.
const DeleteInstanceDialog = lazy(() =>
  import('./delete-instance-dialog').then((module) => ({
    default: module.DeleteInstanceDialog,
  })),
);

const columns = [
  'Name',
  'Status',
  'Region',
  'Plan',
  'Public IP',
  'Tags',
  'Created',
  '',
];

// Only known statuses reach the API (another is a 400).
const listOptions = {
  filters: instanceFilters,
  choices: { status: instanceStatuses },
};

export function loader({ request }: LoaderFunctionArgs) {
  const search = new URL(request.url).searchParams;
  prefetch(
    instanceQueries.list(readRegionListParams(search, listOptions).query),
    regionsQuery,
    currentTokenQuery,
  );
  return null;
}

export function InstancesListPage() {
  const list = useRegionListParams(listOptions);
  const query = useQuery(instanceQueries.list(list.query));
  const [deleting, setDeleting] = useState<Instance | null>(null);
  const filtered = Object.values(list.filters).some(Boolean);

  return (
    <>
      <PageHeader
        title="Instances"
        description="Virtual machines in every region of your account."
        actions={<GatedLink to="/instances/new">Create instance</GatedLink>}
      />
      <InstanceFilters filters={list.filters} onChange={list.setFilters} />
      <IgnoredFilters ignored={list.ignored} />
      <ListStates
        query={query}
        loading={<TableSkeleton columns={columns} />}
        isEmpty={(page) => page.items.length === 0}
        empty={
          filtered ? (
            <EmptyState
              title="No instance matches these filters"
              description="Try another name, region, status or tag, or clear the filters."
            />
          ) : (
            <EmptyState
              title="No instances yet"
              description="An instance is a virtual machine. Create one to run your first server."
              action={
                <GatedLink to="/instances/new">Create instance</GatedLink>
              }
            />
          )
        }
      >
        {(page) => (
          <>
            <InstancesTable
              instances={page.items}
              updating={query.isPlaceholderData}
              onDelete={setDeleting}
            />
            <Pagination
              label="Instance pages"
              pagination={page.pagination}
              onPageChange={list.setPage}
            />
          </>
        )}
      </ListStates>
      {deleting && (
        <Suspense fallback={null}>
          <DeleteInstanceDialog
            instance={deleting}
            open
            onOpenChange={(open) => !open && setDeleting(null)}
          />
        </Suspense>
      )}
    </>
  );
}

interface InstancesTableProps {
  instances: Instance[];
  /** Showing the previous page while the next one loads. */
  updating: boolean;
  onDelete: (instance: Instance) => void;
}

function InstancesTable({
  instances,
  updating,
  onDelete,
}: InstancesTableProps) {
  return (
    <DataTable label="Instances" columns={columns} updating={updating}>
      {instances.map((instance) => (
        <InstanceRow
          key={instance.id}
          instance={instance}
          onDelete={onDelete}
        />
      ))}
    </DataTable>
  );
}

function InstanceRow({
  instance,
  onDelete,
}: {
  instance: Instance;
  onDelete: (instance: Instance) => void;
}) {
  const { cell, row } = tableClasses;
  return (
    <tr className={row}>
      <th scope="row" className={`${cell} font-medium`}>
        <Link
          to={`/instances/${instance.id}`}
          className="text-brand-800 hover:underline"
        >
          {instance.name}
        </Link>
      </th>
      <td className={cell}>
        <StatusBadge status={instance.status} />
      </td>
      <td className={cell}>{instance.region}</td>
      <td className={cell}>{instance.plan}</td>
      <td className={cell}>
        {instance.public_ip ? (
          <Copyable
            value={instance.public_ip}
            label={`Copy the public IP of ${instance.name}`}
          />
        ) : (
          <span className="text-slate-500">None yet</span>
        )}
      </td>
      <td className={cell}>
        {/* The one column that wraps, so the row fits a laptop's width. */}
        <ul className="flex max-w-56 min-w-36 flex-wrap gap-1">
          {instance.tags.map((tag) => (
            <li
              key={tag}
              className="rounded bg-slate-100 px-1.5 py-0.5 text-xs"
            >
              {tag}
            </li>
          ))}
        </ul>
      </td>
      <td className={cell}>
        <time dateTime={instance.created_at}>
          {formatDate(instance.created_at)}
        </time>
      </td>
      <RowActions>
        <GatedButton
          variant="ghost"
          size="sm"
          disabled={instance.status === 'deleting'}
          aria-label={`Delete ${instance.name}`}
          onClick={() => onDelete(instance)}
        >
          Delete
        </GatedButton>
      </RowActions>
    </tr>
  );
}

export { InstancesListPage as Component };
