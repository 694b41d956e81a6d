import { useQueries, useQuery } from '@tanstack/react-query';
import { isApiError } from '../../api/errors';
import { volumeQueries } from '../../api/queries/volumes';
import { volumeNamesQuery } from './storage-filters';

export interface SourceVolumes {
  /** Names of the volumes that exist, by id. */
  names: Map<string, string>;
  /** Ids of volumes known to be gone. */
  deleted: Set<string>;
}

/**
 * Names for the source volumes of snapshots, and which of them are gone.
 * When the one page of names holds every volume, an id missing from it is
 * a deleted volume; otherwise each missing id is asked for, and a 404
 * says it is gone.
 */
export function useSourceVolumes(ids: readonly string[]): SourceVolumes {
  const page = useQuery(volumeNamesQuery).data;
  const names = new Map(
    (page?.items ?? []).map((volume) => [volume.id, volume.name]),
  );
  const complete =
    page !== undefined && page.pagination.total_count <= page.items.length;
  const missing = [...new Set(ids)].filter((id) => id && !names.has(id));
  const asked = page && !complete ? missing : [];
  const details = useQueries({
    queries: asked.map((id) => volumeQueries.detail(id)),
  });

  const deleted = new Set(complete ? missing : []);
  details.forEach((detail, index) => {
    if (detail.data) names.set(detail.data.id, detail.data.name);
    else if (isApiError(detail.error) && detail.error.status === 404)
      deleted.add(asked[index]!);
  });
  return { names, deleted };
}
