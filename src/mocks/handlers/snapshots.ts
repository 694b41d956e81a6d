import { checkName } from '../../lib/validation';
import { now, nowIso } from '../clock';
import { takeSnapshotFailure } from '../faults';
import { newestFirst, queryOf } from '../filters';
import {
  conflict,
  created,
  fail,
  failOnField,
  findByIdOrName,
  lookup,
  noContent,
  ok,
  readBody,
} from '../http';
import { newId } from '../ids';
import { list } from '../pagination';
import { route, type RouteContext } from '../pipeline';
import { DURATIONS } from '../transitions';
import type { MockState, Snapshot } from '../types';
import { snapshotView } from '../views';

/** What a snapshot made to fail (by the fault switch) says went wrong. */
export const SNAPSHOT_FAILURE_REASON =
  'The storage backend could not copy the volume; take the snapshot again';

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

function nameError(state: MockState, name: unknown): string | undefined {
  const error = checkName(name);
  if (error) return error;
  if (state.snapshots.some((snapshot) => snapshot.name === name)) {
    return `A snapshot named '${String(name)}' already exists; choose another name`;
  }
  return undefined;
}

async function createSnapshot({ request, params, state }: RouteContext) {
  const volume = lookup(state.volumes, params.id, 'volume');
  const { name } = await readBody(request);
  failOnField('name', nameError(state, name));
  if (volume.status === 'creating') {
    fail(
      conflict(`Volume '${volume.name}' is still being created; wait a moment`),
    );
  }
  const failed = takeSnapshotFailure();
  const snapshot: Snapshot = {
    id: newId('snap'),
    name: name as string,
    volume_id: volume.id,
    region: volume.region,
    size_gb: volume.size_gb,
    status: 'pending',
    failure_reason: null,
    created_at: nowIso(),
    transition: {
      until: now() + DURATIONS.snapshotPending,
      to: failed
        ? { status: 'failed', failure_reason: SNAPSHOT_FAILURE_REASON }
        : { status: 'available' },
    },
  };
  state.snapshots.push(snapshot);
  return created(snapshotView(snapshot));
}

function deleteSnapshot({ params, state }: RouteContext): Response {
  const snapshot = lookup(state.snapshots, params.id, 'snapshot');
  state.snapshots = state.snapshots.filter((s) => s !== snapshot);
  return noContent();
}

export const snapshotHandlers = [
  route('get', '/snapshots', listSnapshots),
  route('get', '/snapshots/:id', getSnapshot),
  route('delete', '/snapshots/:id', deleteSnapshot),
  route('post', '/volumes/:id/snapshots', createSnapshot),
];
