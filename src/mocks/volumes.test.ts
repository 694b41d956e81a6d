import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { SECOND } from './clock';
import { setFault, state } from './control';
import { SNAPSHOT_FAILURE_REASON } from './handlers/snapshots';
import { call } from './test-utils';

const post = (path: string, body?: unknown) =>
  call(path, { method: 'POST', body });
const remove = (path: string) => call(path, { method: 'DELETE' });

const NEW_VOLUME = { name: 'fresh-data', size_gb: 20, region: 'lagos-1' };

describe('creating volumes', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('creates an empty volume that becomes available shortly', async () => {
    const { status, body } = await post('/volumes', NEW_VOLUME);
    expect(status).toBe(201);
    expect(body.data).toMatchObject({
      ...NEW_VOLUME,
      status: 'creating',
      instance_id: null,
      snapshot_id: null,
    });
    vi.advanceTimersByTime(5 * SECOND);
    const after = await call(`/volumes/${body.data.id}`);
    expect(after.body.data.status).toBe('available');
  });

  it('answers 422 keyed by field, with the shared rules', async () => {
    const { status, body } = await post('/volumes', {
      name: 'Bad_Name',
      size_gb: 0,
      region: 'nowhere-1',
      snapshot_id: 'snap-nothere',
    });
    expect(status).toBe(422);
    expect(Object.keys(body.error.details).sort()).toEqual([
      'name',
      'region',
      'size_gb',
      'snapshot_id',
    ]);
    expect(body.error.details.size_gb).toBe('Use at least 1 GB');
  });

  it('refuses a name already taken', async () => {
    const { body } = await post('/volumes', {
      ...NEW_VOLUME,
      name: 'ci-cache',
    });
    expect(body.error.details.name).toMatch(/already exists/);
  });

  it('restores from a snapshot no smaller, in its region', async () => {
    const smaller = await post('/volumes', {
      ...NEW_VOLUME,
      size_gb: 100,
      snapshot_id: 'db-primary-nightly',
    });
    expect(smaller.body.error.details).toEqual({
      size_gb: 'Use at least 500 GB, the size of the snapshot',
    });
    const elsewhere = await post('/volumes', {
      ...NEW_VOLUME,
      size_gb: 500,
      region: 'nairobi-1',
      snapshot_id: 'db-primary-nightly',
    });
    expect(elsewhere.body.error.details.snapshot_id).toMatch(/lagos-1/);
    const restored = await post('/volumes', {
      ...NEW_VOLUME,
      size_gb: 600,
      snapshot_id: 'db-primary-nightly',
    });
    expect(restored.status).toBe(201);
    const snapshot = state().snapshots.find(
      (s) => s.name === 'db-primary-nightly',
    );
    expect(restored.body.data.snapshot_id).toBe(snapshot?.id);
  });

  it('restores only from an available snapshot', async () => {
    const { body } = await post('/volumes', {
      ...NEW_VOLUME,
      size_gb: 300,
      region: 'johannesburg-1',
      snapshot_id: 'za-db-migration',
    });
    expect(body.error.details.snapshot_id).toMatch(/failed/);
  });
});

describe('attaching and detaching', () => {
  it('attaches a free volume to an instance of its region', async () => {
    const { status, body } = await post('/volumes/backups-archive/attach', {
      instance_id: 'web-2',
    });
    expect(status).toBe(202);
    expect(body.data.status).toBe('attached');
    const listed = await call('/volumes?instance_id=web-2');
    expect(listed.body.data.map((v: { name: string }) => v.name)).toContain(
      'backups-archive',
    );
  });

  it('refuses an instance of another region with a 422', async () => {
    const { status, body } = await post('/volumes/ke-scratch/attach', {
      instance_id: 'web-1',
    });
    expect(status).toBe(422);
    expect(body.error.details.instance_id).toMatch(/nairobi-1/);
  });

  it('asks for a known instance', async () => {
    const missing = await post('/volumes/backups-archive/attach', {});
    expect(missing.body.error.details).toEqual({
      instance_id: 'Choose an instance',
    });
    const unknown = await post('/volumes/backups-archive/attach', {
      instance_id: 'nope-1',
    });
    expect(unknown.status).toBe(422);
    expect(unknown.body.error.details.instance_id).toMatch(/not found/);
  });

  it('refuses a volume attached elsewhere with a 409', async () => {
    const { status, body } = await post('/volumes/web-assets/attach', {
      instance_id: 'web-2',
    });
    expect(status).toBe(409);
    expect(body.error.message).toMatch(/web-1; detach it first/);
  });

  it('detaches, and refuses to detach a free volume', async () => {
    const detached = await post('/volumes/web-assets/detach');
    expect(detached.status).toBe(202);
    expect(detached.body.data).toMatchObject({
      status: 'available',
      instance_id: null,
    });
    expect((await post('/volumes/web-assets/detach')).status).toBe(409);
  });
});

describe('deleting volumes', () => {
  it('refuses while attached: detach it first', async () => {
    const { status, body } = await remove('/volumes/web-assets');
    expect(status).toBe(409);
    expect(body.error.message).toMatch(/detach it first/);
  });

  it('deletes a free volume, which stays on past bills', async () => {
    const id = state().volumes.find((v) => v.name === 'ke-scratch')?.id;
    expect((await remove('/volumes/ke-scratch')).status).toBe(204);
    expect((await call('/volumes/ke-scratch')).status).toBe(404);
    expect(state().deleted.some((d) => d.id === id)).toBe(true);
  });
});

describe('snapshots', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('is pending, then available after about 30 s', async () => {
    const { status, body } = await post('/volumes/web-assets/snapshots', {
      name: 'before-upgrade-2',
    });
    expect(status).toBe(201);
    expect(body.data).toMatchObject({ status: 'pending', size_gb: 100 });
    vi.advanceTimersByTime(29 * SECOND);
    const path = `/snapshots/${body.data.id}`;
    expect((await call(path)).body.data.status).toBe('pending');
    vi.advanceTimersByTime(1 * SECOND);
    expect((await call(path)).body.data.status).toBe('available');
  });

  it('fails with a reason when the fault switch says so', async () => {
    setFault({ type: 'snapshot_failure', count: 1 });
    const first = await post('/volumes/web-assets/snapshots', { name: 'one' });
    const second = await post('/volumes/web-assets/snapshots', { name: 'two' });
    vi.advanceTimersByTime(30 * SECOND);
    const one = (await call(`/snapshots/${first.body.data.id}`)).body.data;
    expect(one).toMatchObject({
      status: 'failed',
      failure_reason: SNAPSHOT_FAILURE_REASON,
    });
    const two = (await call(`/snapshots/${second.body.data.id}`)).body.data;
    expect(two.status).toBe('available');
  });

  it('checks the name and deletes', async () => {
    const taken = await post('/volumes/web-assets/snapshots', {
      name: 'pre-upgrade',
    });
    expect(taken.status).toBe(422);
    expect((await remove('/snapshots/pre-upgrade')).status).toBe(204);
    expect((await call('/snapshots/pre-upgrade')).status).toBe(404);
  });
});
