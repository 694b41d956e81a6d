import { byRegion, instanceIdFilter, newestFirst, queryOf } from '../filters';
import { lookup, ok } from '../http';
import { list } from '../pagination';
import { route, type RouteContext } from '../pipeline';
import { loadBalancerView } from '../views';

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

export const loadBalancerHandlers = [
  route('get', '/load-balancers', listLoadBalancers),
  route('get', '/load-balancers/:id', getLoadBalancer),
];
