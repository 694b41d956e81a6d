import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { advanceClock, reset } from './control';
import { reloadDb } from './db';
import { call } from './test-utils';

const SECOND = 1000;

const act = (name: string, body: object) =>
  call(`/instances/${name}/actions`, { method: 'POST', body });
const statusOf = async (name: string) =>
  (await call(`/instances/${name}`)).body.data.status;

describe('transitions follow the clock', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    vi.setSystemTime(Date.UTC(2026, 10, 2, 10, 30, 0));
    reset();
  });

  afterEach(() => {
    vi.useRealTimers();
  });

  it('provisions a new instance in 40 s', async () => {
    await call('/instances', {
      method: 'POST',
      body: {
        name: 'new-1',
        region: 'accra-1',
        plan: 'basic-1',
        image: 'debian-12',
      },
    });
    vi.advanceTimersByTime(39 * SECOND);
    expect(await statusOf('new-1')).toBe('provisioning');
    vi.advanceTimersByTime(1 * SECOND);
    const { body } = await call('/instances/new-1');
    expect(body.data.status).toBe('running');
    expect(body.data.public_ip).toMatch(/^154\.160\.\d+\.\d+$/);
  });

  it('stops in 10 s and starts in 15 s', async () => {
    await act('web-1', { type: 'stop' });
    vi.advanceTimersByTime(10 * SECOND);
    expect(await statusOf('web-1')).toBe('stopped');
    expect((await act('web-1', { type: 'start' })).body.data.status).toBe(
      'starting',
    );
    vi.advanceTimersByTime(14 * SECOND);
    expect(await statusOf('web-1')).toBe('starting');
    vi.advanceTimersByTime(1 * SECOND);
    expect(await statusOf('web-1')).toBe('running');
  });

  it('reboots in 15 s', async () => {
    await act('web-1', { type: 'reboot' });
    expect(await statusOf('web-1')).toBe('rebooting');
    advanceClock(15 * SECOND);
    expect(await statusOf('web-1')).toBe('running');
  });

  it('resizes in 60 s, then has the new plan and specs', async () => {
    await act('web-1', { type: 'resize', plan: 'standard-4' });
    vi.advanceTimersByTime(59 * SECOND);
    let { body } = await call('/instances/web-1');
    expect(body.data).toMatchObject({ status: 'resizing', plan: 'standard-2' });
    vi.advanceTimersByTime(1 * SECOND);
    ({ body } = await call('/instances/web-1'));
    expect(body.data).toMatchObject({
      status: 'running',
      plan: 'standard-4',
      specs: { vcpu: 4, ram_gb: 8, disk_gb: 160 },
    });
  });

  it('rebuilds in 60 s, then runs the image picked', async () => {
    await act('web-1', { type: 'rebuild', image: 'debian-12' });
    expect(await statusOf('web-1')).toBe('rebuilding');
    advanceClock(60 * SECOND);
    const { body } = await call('/instances/web-1');
    expect(body.data).toMatchObject({ status: 'running', image: 'debian-12' });
  });

  it('rebuilds from the current image when none is given', async () => {
    await act('web-1', { type: 'rebuild' });
    advanceClock(60 * SECOND);
    expect((await call('/instances/web-1')).body.data.image).toBe(
      'ubuntu-22.04',
    );
  });

  it('deletes in 10 s, and the bill remembers it', async () => {
    const { body } = await call('/instances/web-1', { method: 'DELETE' });
    vi.advanceTimersByTime(9 * SECOND);
    expect(await statusOf('web-1')).toBe('deleting');
    vi.advanceTimersByTime(1 * SECOND);
    expect((await call('/instances/web-1')).status).toBe(404);
    const usage = await call('/account/usage');
    const line = usage.body.data.breakdown.instances.find(
      (i: { id: string }) => i.id === body.data.id,
    );
    expect(line).toMatchObject({ name: 'web-1', deleted: true });
  });

  it('settles the seeded transitions shortly after a reset', async () => {
    expect(await statusOf('gh-sandbox')).toBe('rebooting');
    expect(await statusOf('ke-batch')).toBe('provisioning');
    vi.advanceTimersByTime(25 * SECOND);
    expect(await statusOf('gh-sandbox')).toBe('running');
    expect(await statusOf('ke-batch')).toBe('running');
    const snapshot = () => call('/snapshots/eu-mirror-sync');
    expect((await snapshot()).body.data.status).toBe('pending');
    vi.advanceTimersByTime(15 * SECOND);
    expect((await snapshot()).body.data.status).toBe('available');
  });

  it('resumes a transition after a reload', async () => {
    await act('web-1', { type: 'stop' });
    vi.advanceTimersByTime(4 * SECOND);
    reloadDb();
    expect(await statusOf('web-1')).toBe('stopping');
    vi.advanceTimersByTime(6 * SECOND);
    reloadDb();
    expect(await statusOf('web-1')).toBe('stopped');
  });

  it('keeps a moved clock across a reload', async () => {
    await act('web-1', { type: 'resize', plan: 'cpu-8' });
    advanceClock(60 * SECOND);
    reloadDb();
    expect(await statusOf('web-1')).toBe('running');
  });
});
