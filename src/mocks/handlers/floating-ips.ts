import { byRegion, instanceIdFilter, newestFirst, queryOf } from '../filters';
import { fail, notFound, ok } from '../http';
import { list } from '../pagination';
import { route, type RouteContext } from '../pipeline';
import type { FloatingIp, MockState } from '../types';

const floatingIpView = (floatingIp: FloatingIp) => ({ ...floatingIp });

/** A floating IP is addressed by its address as well as its id. */
export function lookupFloatingIp(state: MockState, key: string): FloatingIp {
  const found = state.floatingIps.find((f) => f.ip === key || f.id === key);
  return found ?? fail(notFound('floating_ip', key));
}

function listFloatingIps({ request, state }: RouteContext): Response {
  const query = queryOf(request);
  let items = byRegion(state.floatingIps, query);
  const instanceId = instanceIdFilter(state, query);
  if (instanceId) items = items.filter((f) => f.instance_id === instanceId);
  return list(request, newestFirst(items).map(floatingIpView));
}

function getFloatingIp({ params, state }: RouteContext): Response {
  return ok(floatingIpView(lookupFloatingIp(state, params.ip)));
}

export const floatingIpHandlers = [
  route('get', '/floating-ips', listFloatingIps),
  route('get', '/floating-ips/:ip', getFloatingIp),
];
