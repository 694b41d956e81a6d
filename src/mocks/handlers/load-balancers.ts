import { newPublicIp } from '../addresses';
import { now, nowIso, toIso } from '../clock';
import { byRegion, instanceIdFilter, newestFirst, queryOf } from '../filters';
import {
  created,
  fail,
  lookup,
  noContent,
  notFound,
  ok,
  readBody,
} from '../http';
import { newId } from '../ids';
import { list } from '../pagination';
import { route, type RouteContext } from '../pipeline';
import { DURATIONS } from '../transitions';
import type { MockState, StoredBackend, StoredLoadBalancer } from '../types';
import { loadBalancerView } from '../views';
import {
  parseCreate,
  parseNewBackend,
  parseUpdate,
  parseWeight,
} from './load-balancer-input';

function listLoadBalancers({ request, state }: RouteContext): Response {
  const query = queryOf(request);
  let items = byRegion(state.loadBalancers, query);
  const instanceId = instanceIdFilter(state, query);
  if (instanceId) {
    items = items.filter((b) =>
      b.backends.some((backend) => backend.instance_id === instanceId),
    );
  }
  const views = newestFirst(items).map((b) => loadBalancerView(state, b));
  return list(request, views);
}

function getLoadBalancer({ params, state }: RouteContext): Response {
  const balancer = lookup(state.loadBalancers, params.id, 'load_balancer');
  return ok(loadBalancerView(state, balancer));
}

async function createLoadBalancer({ request, state }: RouteContext) {
  const input = parseCreate(state, await readBody(request));
  const at = now();
  const balancer: StoredLoadBalancer = {
    id: newId('lb'),
    name: input.name,
    region: input.region,
    status: 'provisioning',
    algorithm: input.algorithm,
    protocol: input.protocol,
    port: input.port,
    backend_port: input.backend_port,
    health_check: input.health_check,
    // The address is given as the balancer comes up.
    public_ip: null,
    backends: input.backends.map(({ instance, weight }) => ({
      instance_id: instance.id,
      weight,
      added_at: at,
    })),
    created_at: toIso(at),
    transition: {
      until: at + DURATIONS.loadBalancerProvisioning,
      to: { status: 'active', public_ip: newPublicIp(state, input.region) },
    },
  };
  state.loadBalancers.push(balancer);
  return created(loadBalancerView(state, balancer));
}

async function updateLoadBalancer({ request, params, state }: RouteContext) {
  const balancer = lookup(state.loadBalancers, params.id, 'load_balancer');
  Object.assign(balancer, parseUpdate(balancer, await readBody(request)));
  return ok(loadBalancerView(state, balancer));
}

function deleteLoadBalancer({ params, state }: RouteContext): Response {
  const balancer = lookup(state.loadBalancers, params.id, 'load_balancer');
  state.loadBalancers = state.loadBalancers.filter((b) => b !== balancer);
  // Still billed for the hours it ran.
  state.deleted.push({
    kind: 'load_balancer',
    id: balancer.id,
    name: balancer.name,
    created_at: balancer.created_at,
    deleted_at: nowIso(),
  });
  return noContent();
}

async function addBackend({ request, params, state }: RouteContext) {
  const balancer = lookup(state.loadBalancers, params.id, 'load_balancer');
  const backend = parseNewBackend(state, balancer, await readBody(request));
  balancer.backends.push({
    instance_id: backend.instance.id,
    weight: backend.weight,
    added_at: now(),
  });
  return created(loadBalancerView(state, balancer));
}

/** The backend a path names, by the instance's id or name. */
function findBackend(
  state: MockState,
  balancer: StoredLoadBalancer,
  key: string,
): StoredBackend {
  const instance = state.instances.find((i) => i.id === key || i.name === key);
  const backend = balancer.backends.find(
    (b) => b.instance_id === (instance?.id ?? key),
  );
  return backend ?? fail(notFound('backend', key));
}

async function updateBackend({ request, params, state }: RouteContext) {
  const balancer = lookup(state.loadBalancers, params.id, 'load_balancer');
  const backend = findBackend(state, balancer, params.instance_id);
  backend.weight = parseWeight(await readBody(request));
  return ok(loadBalancerView(state, balancer));
}

function removeBackend({ params, state }: RouteContext): Response {
  const balancer = lookup(state.loadBalancers, params.id, 'load_balancer');
  const backend = findBackend(state, balancer, params.instance_id);
  balancer.backends = balancer.backends.filter((b) => b !== backend);
  return noContent();
}

export const loadBalancerHandlers = [
  route('get', '/load-balancers', listLoadBalancers),
  route('post', '/load-balancers', createLoadBalancer),
  route('get', '/load-balancers/:id', getLoadBalancer),
  route('patch', '/load-balancers/:id', updateLoadBalancer),
  route('delete', '/load-balancers/:id', deleteLoadBalancer),
  route('post', '/load-balancers/:id/backends', addBackend),
  route('patch', '/load-balancers/:id/backends/:instance_id', updateBackend),
  route('delete', '/load-balancers/:id/backends/:instance_id', removeBackend),
];
