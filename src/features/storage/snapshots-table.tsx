import { Link } from 'react-router';
import type { Snapshot } from '../../api/types';
import { DataTable, tableClasses } from '../../components/list';
import { StatusBadge } from '../../components/status-badge';
import { GatedButton, GatedLink } from '../../components/write-gate';
import { formatDate } from '../../lib/format';
import { newVolumeFromSnapshotPath, volumePath } from './paths';

interface SnapshotsTableProps {
  label: string;
  snapshots: Snapshot[];
  /** Names of source volumes, to show a column of them. */
  volumeNames?: Map<string, string>;
  onDelete?: (snapshot: Snapshot) => void;
  updating?: boolean;
}

export function SnapshotsTable({
  label,
  snapshots,
  volumeNames,
  onDelete,
  updating = false,
}: SnapshotsTableProps) {
  const columns = [
    'Name',
    ...(volumeNames ? ['Source volume'] : []),
    'Size',
    'Status',
    'Created',
    '',
  ];
  return (
    <DataTable label={label} columns={columns} updating={updating}>
      {snapshots.map((snapshot) => (
        <SnapshotRow
          key={snapshot.id}
          snapshot={snapshot}
          volumeNames={volumeNames}
          onDelete={onDelete}
        />
      ))}
    </DataTable>
  );
}

function SnapshotRow({
  snapshot,
  volumeNames,
  onDelete,
}: {
  snapshot: Snapshot;
  volumeNames?: Map<string, string>;
  onDelete?: (snapshot: Snapshot) => void;
}) {
  const { cell, row } = tableClasses;
  return (
    <tr className={row}>
      <th scope="row" className={`${cell} font-medium`}>
        {snapshot.name}
      </th>
      {volumeNames && (
        <td className={cell}>
          <SourceVolume
            id={snapshot.volume_id}
            name={volumeNames.get(snapshot.volume_id)}
          />
        </td>
      )}
      <td className={`${cell} tabular-nums`}>{snapshot.size_gb} GB</td>
      <td className={cell}>
        <StatusBadge status={snapshot.status} />
        {snapshot.failure_reason && (
          <p className="mt-1 max-w-64 text-xs whitespace-normal text-red-800">
            {snapshot.failure_reason}
          </p>
        )}
      </td>
      <td className={cell}>
        <time dateTime={snapshot.created_at}>
          {formatDate(snapshot.created_at)}
        </time>
      </td>
      <td className={cell}>
        <div className="flex flex-wrap items-start gap-2">
          {snapshot.status === 'available' && (
            <GatedLink
              to={newVolumeFromSnapshotPath(snapshot.id)}
              variant="secondary"
              size="sm"
            >
              Create volume
              <span className="sr-only"> from {snapshot.name}</span>
            </GatedLink>
          )}
          {onDelete && (
            <GatedButton
              variant="ghost"
              size="sm"
              aria-label={`Delete ${snapshot.name}`}
              onClick={() => onDelete(snapshot)}
            >
              Delete
            </GatedButton>
          )}
        </div>
      </td>
    </tr>
  );
}

/** A deleted source volume is named by its id, without a link. */
function SourceVolume({ id, name }: { id: string; name?: string }) {
  if (!name)
    return <span className="font-mono text-xs text-slate-600">{id}</span>;
  return (
    <Link to={volumePath(id)} className="text-brand-800 hover:underline">
      {name}
    </Link>
  );
}
