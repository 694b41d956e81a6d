import { nowIso } from '../clock';
import { byRegion, instanceIdFilter, newestFirst, queryOf } from '../filters';
import {
  accepted,
  conflict,
  created,
  fail,
  failOnField,
  noContent,
  notFound,
  ok,
  readBody,
} from '../http';
import { newId } from '../ids';
import { newPublicIp } from '../addresses';
import { list } from '../pagination';
import { route, type RouteContext } from '../pipeline';
import type { FloatingIp, MockState } from '../types';
import { instanceInRegion, regionError } from './networks';

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

async function reserve({ request, state }: RouteContext) {
  const body = await readBody(request);
  failOnField('region', regionError(state, body.region));
  const region = body.region as string;
  const floatingIp: FloatingIp = {
    id: newId('fip'),
    ip: newPublicIp(state, region),
    region,
    instance_id: null,
    created_at: nowIso(),
  };
  state.floatingIps.push(floatingIp);
  return created(floatingIpView(floatingIp));
}

// Assigning an address already on another instance moves it: one request,
// so the address is never left pointing nowhere in between.
async function assign({ params, request, state }: RouteContext) {
  const floatingIp = lookupFloatingIp(state, params.ip);
  const body = await readBody(request);
  const instance = instanceInRegion(state, body, floatingIp.region);
  floatingIp.instance_id = instance.id;
  return accepted(floatingIpView(floatingIp));
}

function unassign({ params, state }: RouteContext): Response {
  const floatingIp = lookupFloatingIp(state, params.ip);
  if (floatingIp.instance_id === null) {
    fail(conflict(`${floatingIp.ip} is not assigned to an instance`));
  }
  floatingIp.instance_id = null;
  return accepted(floatingIpView(floatingIp));
}

// Released addresses stay on past bills, as deleted resources do.
function release({ params, state }: RouteContext): Response {
  const floatingIp = lookupFloatingIp(state, params.ip);
  state.floatingIps = state.floatingIps.filter((f) => f.id !== floatingIp.id);
  state.deleted.push({
    kind: 'floating_ip',
    id: floatingIp.id,
    name: floatingIp.ip,
    ip: floatingIp.ip,
    created_at: floatingIp.created_at,
    deleted_at: nowIso(),
  });
  return noContent();
}

export const floatingIpHandlers = [
  route('get', '/floating-ips', listFloatingIps),
  route('post', '/floating-ips', reserve),
  route('get', '/floating-ips/:ip', getFloatingIp),
  route('delete', '/floating-ips/:ip', release),
  route('post', '/floating-ips/:ip/assign', assign),
  route('post', '/floating-ips/:ip/unassign', unassign),
];
