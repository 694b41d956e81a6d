import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { isApiError } from '../../api/errors';
import { snapshotQueries } from '../../api/queries/snapshots';
import { snapshotsOfVolumePath } from './paths';

const idClass = 'font-mono text-xs text-slate-600';

/**
 * The snapshot a volume was restored from: its name, linked to its
 * volume's snapshots, while it exists; its id, marked deleted, once gone.
 */
export function RestoredFrom({ snapshotId }: { snapshotId: string | null }) {
  const query = useQuery({
    ...snapshotQueries.detail(snapshotId ?? ''),
    enabled: snapshotId !== null,
  });
  if (snapshotId === null) return null;

  const snapshot = query.data;
  if (snapshot) {
    return (
      <Link
        to={snapshotsOfVolumePath(snapshot.volume_id)}
        className="text-brand-800 hover:underline"
      >
        {snapshot.name}
      </Link>
    );
  }
  const gone = isApiError(query.error) && query.error.status === 404;
  return (
    <span>
      <span className={idClass}>{snapshotId}</span>
      {gone && <span className="text-slate-600"> (deleted)</span>}
    </span>
  );
}
