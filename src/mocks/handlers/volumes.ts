import { checkName, checkVolumeSize } from '../../lib/validation';
import { now, nowIso } from '../clock';
import { byRegion, instanceIdFilter, newestFirst, queryOf } from '../filters';
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
import { DURATIONS } from '../transitions';
import type { MockState, Snapshot, Volume } from '../types';
import { volumeView } from '../views';

type Body = Record<string, unknown>;

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

function nameError(state: MockState, name: unknown): string | undefined {
  const error = checkName(name);
  if (error) return error;
  if (state.volumes.some((volume) => volume.name === name)) {
    return `A volume named '${String(name)}' already exists; choose another name`;
  }
  return undefined;
}

function regionError(state: MockState, id: unknown): string | undefined {
  if (id === undefined || id === '') return 'Choose a region';
  const region = state.regions.find((r) => r.id === id);
  if (!region) return `Unknown region '${String(id)}'`;
  if (!region.available) {
    return `Region '${region.id}' is not taking new resources; choose another`;
  }
  return undefined;
}

/** The snapshot to restore from, or why it cannot be used. */
function sourceSnapshot(state: MockState, body: Body) {
  const key = body.snapshot_id;
  if (key === undefined || key === null) return {};
  const snapshot =
    typeof key === 'string' ? findByIdOrName(state.snapshots, key) : undefined;
  if (!snapshot) return { error: `Snapshot '${String(key)}' not found` };
  if (snapshot.status !== 'available') {
    return {
      error: `Snapshot '${snapshot.name}' is ${snapshot.status}; choose an available one`,
    };
  }
  if (typeof body.region === 'string' && snapshot.region !== body.region) {
    return {
      error:
        `Snapshot '${snapshot.name}' is in ${snapshot.region}; ` +
        `create the volume in ${snapshot.region}`,
    };
  }
  return { snapshot };
}

function parseCreate(state: MockState, body: Body) {
  const errors: Details = {};
  const check = (field: string, error: string | undefined) => {
    if (error) errors[field] = error;
  };
  const source = sourceSnapshot(state, body);
  check('name', nameError(state, body.name));
  check('size_gb', checkVolumeSize(body.size_gb, source.snapshot?.size_gb));
  check('region', regionError(state, body.region));
  check('snapshot_id', source.error);
  // The size may come as a string from a form; the API wants a number.
  if (!errors.size_gb && typeof body.size_gb !== 'number') {
    errors.size_gb = 'Give the size as a number of GB';
  }
  failIfInvalid(errors);
  return source.snapshot;
}

async function createVolume({ request, state }: RouteContext) {
  const body = await readBody(request);
  const snapshot: Snapshot | undefined = parseCreate(state, body);
  const volume: Volume = {
    id: newId('vol'),
    name: body.name as string,
    size_gb: body.size_gb as number,
    region: body.region as string,
    status: 'creating',
    instance_id: null,
    snapshot_id: snapshot?.id ?? null,
    created_at: nowIso(),
    transition: {
      until: now() + DURATIONS.volumeCreating,
      to: { status: 'available' },
    },
  };
  state.volumes.push(volume);
  return created(volumeView(volume));
}

function instanceName(state: MockState, id: string | null): string {
  return state.instances.find((i) => i.id === id)?.name ?? String(id);
}

/** The instance an attach names: it must exist and share the region. */
function attachTarget(state: MockState, volume: Volume, key: unknown) {
  if (typeof key !== 'string' || key === '') {
    return fail(invalid({ instance_id: 'Choose an instance' }));
  }
  const instance =
    findByIdOrName(state.instances, key) ??
    fail(invalid({ instance_id: `Instance '${key}' not found` }));
  if (instance.region !== volume.region) {
    failOnField(
      'instance_id',
      `Instance '${instance.name}' is in ${instance.region} and volume ` +
        `'${volume.name}' in ${volume.region}; choose an instance in ` +
        volume.region,
    );
  }
  return instance;
}

async function attachVolume({ request, params, state }: RouteContext) {
  const volume = lookup(state.volumes, params.id, 'volume');
  const { instance_id: key } = await readBody(request);
  const target = attachTarget(state, volume, key);
  if (volume.instance_id) {
    const owner = instanceName(state, volume.instance_id);
    fail(
      conflict(
        `Volume '${volume.name}' is already attached to ${owner}; ` +
          'detach it first',
      ),
    );
  }
  if (volume.status === 'creating') {
    fail(
      conflict(`Volume '${volume.name}' is still being created; wait a moment`),
    );
  }
  if (target.status === 'deleting') {
    fail(conflict(`Instance '${target.name}' is being deleted`));
  }
  volume.instance_id = target.id;
  volume.status = 'attached';
  return accepted(volumeView(volume));
}

function detachVolume({ params, state }: RouteContext): Response {
  const volume = lookup(state.volumes, params.id, 'volume');
  if (!volume.instance_id) {
    fail(conflict(`Volume '${volume.name}' is not attached to an instance`));
  }
  volume.instance_id = null;
  volume.status = 'available';
  return accepted(volumeView(volume));
}

function deleteVolume({ params, state }: RouteContext): Response {
  const volume = lookup(state.volumes, params.id, 'volume');
  if (volume.instance_id) {
    const owner = instanceName(state, volume.instance_id);
    fail(
      conflict(
        `Volume '${volume.name}' is attached to ${owner}; detach it first, ` +
          'then delete it',
      ),
    );
  }
  state.volumes = state.volumes.filter((v) => v !== volume);
  // Past bills still list it.
  state.deleted.push({
    kind: 'volume',
    id: volume.id,
    name: volume.name,
    size_gb: volume.size_gb,
    created_at: volume.created_at,
    deleted_at: nowIso(),
  });
  return noContent();
}

export const volumeHandlers = [
  route('get', '/volumes', listVolumes),
  route('post', '/volumes', createVolume),
  route('get', '/volumes/:id', getVolume),
  route('delete', '/volumes/:id', deleteVolume),
  route('post', '/volumes/:id/attach', attachVolume),
  route('post', '/volumes/:id/detach', detachVolume),
];
