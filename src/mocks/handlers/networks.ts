import { checkName } from '../../lib/validation';
import { checkSubnet, subnetOverlap } from '../../lib/validation/subnet';
import { nextPrivateIp } from '../addresses';
import { nowIso } from '../clock';
import { byRegion, newestFirst, queryOf } from '../filters';
import {
  accepted,
  conflict,
  created,
  fail,
  failIfInvalid,
  failOnField,
  findByIdOrName,
  invalid,
  lookup,
  noContent,
  ok,
  readBody,
  type Details,
} from '../http';
import { newId } from '../ids';
import { list } from '../pagination';
import { route, type RouteContext } from '../pipeline';
import type { MockState, Network, StoredInstance } from '../types';

const networkView = (network: Network) => structuredClone(network);

function listNetworks({ request, state }: RouteContext): Response {
  const items = byRegion(state.networks, queryOf(request));
  return list(request, newestFirst(items).map(networkView));
}

function getNetwork({ params, state }: RouteContext): Response {
  return ok(networkView(lookup(state.networks, params.id, 'network')));
}

export function regionError(state: MockState, id: unknown) {
  if (id === undefined || id === '') return 'Choose a region';
  const region = state.regions.find((r) => r.id === id);
  if (!region)
    return `Unknown region '${String(id)}'; choose one from the list`;
  if (!region.available) {
    return `Region '${region.id}' is not taking new resources; choose another`;
  }
  return undefined;
}

function createErrors(state: MockState, body: Record<string, unknown>) {
  const errors: Details = {};
  const name = checkName(body.name);
  if (name) errors.name = name;
  else if (state.networks.some((n) => n.name === body.name)) {
    errors.name = `A network named '${String(body.name)}' already exists`;
  }
  const region = regionError(state, body.region);
  if (region) errors.region = region;
  const sameRegion = state.networks.filter((n) => n.region === body.region);
  const subnet =
    checkSubnet(body.subnet) ??
    subnetOverlap(body.subnet as string, sameRegion);
  if (subnet) errors.subnet = subnet;
  if (typeof body.dhcp_enabled !== 'boolean') {
    errors.dhcp_enabled = 'Use true or false';
  }
  return errors;
}

async function createNetwork({ request, state }: RouteContext) {
  const body = await readBody(request);
  failIfInvalid(createErrors(state, body));
  const network: Network = {
    id: newId('net'),
    name: body.name as string,
    region: body.region as string,
    subnet: body.subnet as string,
    dhcp_enabled: body.dhcp_enabled as boolean,
    members: [],
    created_at: nowIso(),
  };
  state.networks.push(network);
  return created(networkView(network));
}

function deleteNetwork({ params, state }: RouteContext): Response {
  const network = lookup(state.networks, params.id, 'network');
  const count = network.members.length;
  if (count > 0) {
    const members = count === 1 ? '1 member' : `${count} members`;
    fail(
      conflict(
        `Network '${network.name}' still has ${members}; ` +
          'detach them before deleting it',
      ),
    );
  }
  state.networks = state.networks.filter((n) => n.id !== network.id);
  return noContent();
}

/**
 * The instance a request names by `instance_id`, which must be in the
 * region of the resource it is joined to; otherwise a 422 on that field.
 */
export function instanceInRegion(
  state: MockState,
  body: Record<string, unknown>,
  region: string,
): StoredInstance {
  const key = body.instance_id;
  if (typeof key !== 'string' || key === '') {
    return fail(invalidInstance('Choose an instance'));
  }
  const instance = findByIdOrName(state.instances, key);
  if (!instance) return fail(invalidInstance(`Instance '${key}' not found`));
  if (instance.region !== region) {
    failOnField(
      'instance_id',
      `Instance '${instance.name}' is in ${instance.region}; ` +
        `choose an instance in ${region}`,
    );
  }
  if (instance.status === 'deleting') {
    fail(conflict(`Instance '${instance.name}' is being deleted`));
  }
  return instance;
}

const invalidInstance = (message: string) => invalid({ instance_id: message });

async function attach({ params, request, state }: RouteContext) {
  const network = lookup(state.networks, params.id, 'network');
  const body = await readBody(request);
  const instance = instanceInRegion(state, body, network.region);
  if (network.members.some((m) => m.instance_id === instance.id)) {
    fail(conflict(`${instance.name} is already on ${network.name}`));
  }
  const ip = nextPrivateIp(network);
  if (!ip) fail(conflict(`${network.subnet} has no free address left`));
  network.members.push({ instance_id: instance.id, private_ip: ip });
  return accepted(networkView(network));
}

async function detach({ params, request, state }: RouteContext) {
  const network = lookup(state.networks, params.id, 'network');
  const body = await readBody(request);
  const instance = instanceInRegion(state, body, network.region);
  if (!network.members.some((m) => m.instance_id === instance.id)) {
    fail(conflict(`${instance.name} is not on ${network.name}`));
  }
  network.members = network.members.filter(
    (m) => m.instance_id !== instance.id,
  );
  return accepted(networkView(network));
}

export const networkHandlers = [
  route('get', '/networks', listNetworks),
  route('post', '/networks', createNetwork),
  route('get', '/networks/:id', getNetwork),
  route('delete', '/networks/:id', deleteNetwork),
  route('post', '/networks/:id/attach', attach),
  route('post', '/networks/:id/detach', detach),
];
