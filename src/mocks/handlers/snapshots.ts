import { findByIdOrName, lookup, ok } from '../http';
import { newestFirst, queryOf } from '../filters';
import { list } from '../pagination';
import { route, type RouteContext } from '../pipeline';
import { snapshotView } from '../views';

function listSnapshots({ request, state }: RouteContext): Response {
  const key = queryOf(request).get('volume_id');
  let items = state.snapshots;
  if (key) {
    const volumeId = findByIdOrName(state.volumes, key)?.id ?? key;
    items = items.filter((s) => s.volume_id === volumeId);
  }
  return list(request, newestFirst(items).map(snapshotView));
}

function getSnapshot({ params, state }: RouteContext): Response {
  return ok(snapshotView(lookup(state.snapshots, params.id, 'snapshot')));
}

export const snapshotHandlers = [
  route('get', '/snapshots', listSnapshots),
  route('get', '/snapshots/:id', getSnapshot),
];
