import { Link } from 'react-router';
import type { Snapshot } from '../../api/types';
import { DataTable, RowActions, tableClasses } from '../../components/list';
import { StatusBadge } from '../../components/status-badge';
import { GatedButton, GatedLink } from '../../components/write-gate';
import { formatDate } from '../../lib/format';
import { newVolumeFromSnapshotPath, volumePath } from './paths';
import type { SourceVolumes } from './source-volumes';

interface SnapshotsTableProps {
  label: string;
  snapshots: Snapshot[];
  /** Names of source volumes, to show a column of them. */
  sources?: SourceVolumes;
  onDelete?: (snapshot: Snapshot) => void;
  updating?: boolean;
}

export function SnapshotsTable({
  label,
  snapshots,
  sources,
  onDelete,
  updating = false,
}: SnapshotsTableProps) {
  const columns = [
    'Name',
    ...(sources ? ['Source volume'] : []),
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
          sources={sources}
          onDelete={onDelete}
        />
      ))}
    </DataTable>
  );
}

function SnapshotRow({
  snapshot,
  sources,
  onDelete,
}: {
  snapshot: Snapshot;
  sources?: SourceVolumes;
  onDelete?: (snapshot: Snapshot) => void;
}) {
  const { cell, row } = tableClasses;
  return (
    <tr className={row}>
      <th scope="row" className={`${cell} font-medium`}>
        {snapshot.name}
      </th>
      {sources && (
        <td className={cell}>
          <SourceVolume id={snapshot.volume_id} sources={sources} />
        </td>
      )}
      <td className={`${cell} tabular-nums`}>{snapshot.size_gb} GB</td>
      <td className={cell}>
        <StatusBadge status={snapshot.status} />
        {snapshot.failure_reason && (
          <p className="mt-1 max-w-64 min-w-48 text-xs whitespace-normal text-red-800">
            {snapshot.failure_reason}
          </p>
        )}
      </td>
      <td className={cell}>
        <time dateTime={snapshot.created_at}>
          {formatDate(snapshot.created_at)}
        </time>
      </td>
      <RowActions>
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
      </RowActions>
    </tr>
  );
}

/**
 * A source volume by name, linked; a deleted one by its id, unlinked;
 * the bare id while its name is not known yet.
 */
function SourceVolume({ id, sources }: { id: string; sources: SourceVolumes }) {
  const name = sources.names.get(id);
  if (name)
    return (
      <Link to={volumePath(id)} className="text-brand-800 hover:underline">
        {name}
      </Link>
    );
  if (sources.deleted.has(id))
    return (
      <span className="text-slate-600">
        Deleted volume (<span className="font-mono text-xs">{id}</span>)
      </span>
    );
  return <span className="font-mono text-xs text-slate-600">{id}</span>;
}
