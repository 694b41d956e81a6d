import { byRegion, newestFirst, queryOf } from '../filters';
import { lookup, ok } from '../http';
import { list } from '../pagination';
import { route, type RouteContext } from '../pipeline';
import type { Network } from '../types';

const networkView = (network: Network) => structuredClone(network);

function listNetworks({ request, state }: RouteContext): Response {
  const items = byRegion(state.networks, queryOf(request));
  return list(request, newestFirst(items).map(networkView));
}

function getNetwork({ params, state }: RouteContext): Response {
  return ok(networkView(lookup(state.networks, params.id, 'network')));
}

export const networkHandlers = [
  route('get', '/networks', listNetworks),
  route('get', '/networks/:id', getNetwork),
];
