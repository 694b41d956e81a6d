import { byRegion, instanceIdFilter, newestFirst, queryOf } from '../filters';
import { lookup, ok } from '../http';
import { list } from '../pagination';
import { route, type RouteContext } from '../pipeline';
import { volumeView } from '../views';

function listVolumes({ request, state }: RouteContext): Response {
  const query = queryOf(request);
  let items = byRegion(state.volumes, query);
  const instanceId = instanceIdFilter(state, query);
  if (instanceId) items = items.filter((v) => v.instance_id === instanceId);
  return list(request, newestFirst(items).map(volumeView));
}

function getVolume({ params, state }: RouteContext): Response {
  return ok(volumeView(lookup(state.volumes, params.id, 'volume')));
}

export const volumeHandlers = [
  route('get', '/volumes', listVolumes),
  route('get', '/volumes/:id', getVolume),
];
