import { newPublicIp, nextPrivateIp } from '../addresses';
import { now, nowIso } from '../clock';
import { detachInstance } from '../detach';
import { byRegion, newestFirst, queryOf } from '../filters';
import {
  accepted,
  badRequest,
  conflict,
  created,
  fail,
  invalid,
  lookup,
  ok,
  readBody,
} from '../http';
import { newId } from '../ids';
import { list } from '../pagination';
import { route, type RouteContext } from '../pipeline';
import {
  actionConflict,
  beginAction,
  beginDelete,
  DURATIONS,
} from '../transitions';
import type { InstanceStatus, MockState, StoredInstance } from '../types';
import { instanceView } from '../views';
import { parseAction, parseCreate, parseUpdate } from './instance-input';

const STATUSES: InstanceStatus[] = [
  'provisioning',
  'running',
  'stopping',
  'stopped',
  'starting',
  'rebooting',
  'rebuilding',
  'resizing',
  'deleting',
];

function listInstances({ request, state }: RouteContext): Response {
  const query = queryOf(request);
  let items = byRegion(state.instances, query);
  const name = query.get('name')?.toLowerCase();
  if (name) items = items.filter((i) => i.name.includes(name));
  const statuses = parseStatuses(query.get('status'));
  if (statuses) items = items.filter((i) => statuses.includes(i.status));
  // An instance being deleted is gone as far as lists go, unless asked for.
  if (!statuses?.includes('deleting')) {
    items = items.filter((i) => i.status !== 'deleting');
  }
  const tag = query.get('tag');
  if (tag) items = items.filter((i) => i.tags.includes(tag));
  const views = newestFirst(items).map((i) => instanceView(state, i));
  return list(request, views);
}

function parseStatuses(value: string | null): InstanceStatus[] | undefined {
  if (!value) return undefined;
  const statuses = value.split(',').map((s) => s.trim());
  const unknown = statuses.find((s) => !STATUSES.includes(s as InstanceStatus));
  if (unknown !== undefined) {
    const message = `Unknown status '${unknown}': use ${STATUSES.join(', ')}`;
    fail(badRequest(message, { status: message }));
  }
  return statuses as InstanceStatus[];
}

async function createInstance({ request, state }: RouteContext) {
  const input = parseCreate(state, await readBody(request));
  const instance: StoredInstance = {
    id: newId('inst'),
    name: input.name,
    region: input.region,
    plan: input.plan,
    image: input.image,
    status: 'provisioning',
    public_ip: newPublicIp(state, input.region),
    created_at: nowIso(),
    tags: [...input.tags],
    backups: input.backups,
    ssh_keys: input.ssh_keys,
    user_data: input.user_data,
    transition: {
      until: now() + DURATIONS.provisioning,
      to: { status: 'running' },
    },
  };
  joinNetworks(input.networks, instance);
  state.instances.push(instance);
  return created(instanceView(state, instance));
}

function joinNetworks(
  networks: MockState['networks'],
  instance: StoredInstance,
): void {
  const ips = networks.map(nextPrivateIp);
  const full = networks.find((_, i) => ips[i] === undefined);
  if (full) {
    fail(
      invalid({
        private_networks: `Network '${full.name}' has no free addresses`,
      }),
    );
  }
  networks.forEach((network, i) => {
    network.members.push({
      instance_id: instance.id,
      private_ip: ips[i] as string,
    });
  });
}

function getInstance({ params, state }: RouteContext): Response {
  const instance = lookup(state.instances, params.id, 'instance');
  return ok(instanceView(state, instance));
}

async function updateInstance({ request, params, state }: RouteContext) {
  const instance = lookup(state.instances, params.id, 'instance');
  const changes = parseUpdate(state, instance, await readBody(request));
  if (instance.status === 'deleting') {
    fail(conflict(`Instance '${instance.name}' is being deleted`));
  }
  Object.assign(instance, changes);
  return ok(instanceView(state, instance));
}

async function act({ request, params, state }: RouteContext) {
  const instance = lookup(state.instances, params.id, 'instance');
  const action = parseAction(state, instance, await readBody(request));
  const refusal = actionConflict(instance, action.type);
  if (refusal) fail(conflict(refusal));
  beginAction(instance, action.type, action.changes);
  return accepted(instanceView(state, instance));
}

function deleteInstance({ params, state }: RouteContext): Response {
  const instance = lookup(state.instances, params.id, 'instance');
  if (instance.status === 'deleting') {
    fail(conflict(`Instance '${instance.name}' is already being deleted`));
  }
  detachInstance(state, instance);
  beginDelete(instance);
  return accepted(instanceView(state, instance));
}

export const instanceHandlers = [
  route('get', '/instances', listInstances),
  route('post', '/instances', createInstance),
  route('get', '/instances/:id', getInstance),
  route('patch', '/instances/:id', updateInstance),
  route('delete', '/instances/:id', deleteInstance),
  route('post', '/instances/:id/actions', act),
];
