import { useQuery } from '@tanstack/react-query';
import type { LoaderFunctionArgs } from 'react-router';
import { prefetch } from '../../api/prefetch';
import { instanceVolumesQuery } from '../../api/queries/attachments';
import type { Volume } from '../../api/types';
import {
  EmptyState,
  ListStates,
  ResponsiveTable,
  TableSkeleton,
  tableClasses,
} from '../../components/list';
import { StatusBadge } from '../../components/status-badge';
import { useInstance } from './instance-outlet';
import { TabSection } from './tab-section';

export function loader({ params }: LoaderFunctionArgs) {
  if (params.instanceId) prefetch(instanceVolumesQuery(params.instanceId));
  return null;
}

const columns = ['Name', 'Size', 'Status'];

export function StorageTab() {
  const instance = useInstance();
  const query = useQuery(instanceVolumesQuery(instance.id));

  return (
    <TabSection
      title="Volumes"
      description={
        <>
          Volumes are extra disks. Their data is kept apart from the
          instance&apos;s own disk: it survives a rebuild, and the volume can
          move to another instance in the same region.
        </>
      }
    >
      <ListStates
        query={query}
        loading={<TableSkeleton columns={columns} rows={2} />}
        isEmpty={(page) => page.items.length === 0}
        empty={
          <EmptyState
            title="No volumes attached"
            description={
              <>
                Attach a volume in {instance.region} to give {instance.name}{' '}
                more storage than its plan&apos;s disk.
              </>
            }
          />
        }
      >
        {(page) => <VolumesTable volumes={page.items} />}
      </ListStates>
    </TabSection>
  );
}

function VolumesTable({ volumes }: { volumes: Volume[] }) {
  const { cell, headerCell, row } = tableClasses;
  return (
    <ResponsiveTable label="Attached volumes">
      <table className={tableClasses.table}>
        <thead className={tableClasses.head}>
          <tr>
            {columns.map((column) => (
              <th key={column} scope="col" className={headerCell}>
                {column}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {volumes.map((volume) => (
            <tr key={volume.id} className={row}>
              <th scope="row" className={`${cell} font-medium`}>
                {volume.name}
              </th>
              <td className={`${cell} tabular-nums`}>{volume.size_gb} GB</td>
              <td className={cell}>
                <StatusBadge status={volume.status} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </ResponsiveTable>
  );
}

export { StorageTab as Component };
