import { describe, expect, it } from 'vitest';
import { state } from './control';
import { call } from './test-utils';

describe('actions', () => {
  const act = (name: string, body: object) =>
    call(`/instances/${name}/actions`, { method: 'POST', body });

  it('answers 202 with the transitional state', async () => {
    const { status, body } = await act('web-1', { type: 'stop' });
    expect(status).toBe(202);
    expect(body.data.status).toBe('stopping');
  });

  it('answers 409 when the state forbids the action', async () => {
    const running = await act('web-1', { type: 'start' });
    expect(running.status).toBe(409);
    expect(running.body.error).toMatchObject({
      code: 'conflict',
      message: "Instance 'web-1' is already running",
    });
    const busy = await act('gh-sandbox', { type: 'stop' });
    expect(busy.body.error.message).toBe(
      "Instance 'gh-sandbox' is rebooting; wait until it is running, " +
        'then try again',
    );
    const stopped = await act('dev-ada', { type: 'reboot' });
    expect(stopped.status).toBe(409);
    expect(stopped.body.error.message).toMatch(/start it instead/);
  });

  it('rebuilds and resizes only a running instance', async () => {
    const rebuild = await act('dev-ada', { type: 'rebuild' });
    expect(rebuild.status).toBe(409);
    expect(rebuild.body.error).toMatchObject({
      code: 'conflict',
      message: "Instance 'dev-ada' is stopped; start it first, then rebuild it",
    });
    const resize = await act('dev-ada', { type: 'resize', plan: 'cpu-8' });
    expect(resize.status).toBe(409);
    expect(resize.body.error.message).toBe(
      "Instance 'dev-ada' is stopped; start it first, then resize it",
    );
    expect((await call('/instances/dev-ada')).body.data).toMatchObject({
      status: 'stopped',
      plan: 'basic-1',
    });
  });

  it('checks the request before the state', async () => {
    const unknown = await act('gh-sandbox', { type: 'explode' });
    expect(unknown.status).toBe(422);
    expect(unknown.body.error.details).toHaveProperty('type');
  });

  it('refuses a resize to the same plan or a smaller disk', async () => {
    const same = await act('web-1', { type: 'resize', plan: 'standard-2' });
    expect(same.status).toBe(422);
    expect(same.body.error.details.plan).toMatch(/already on standard-2/);
    const smaller = await act('web-1', { type: 'resize', plan: 'standard-1' });
    expect(smaller.status).toBe(422);
    expect(smaller.body.error.details.plan).toBe(
      'Choose a plan with at least 80 GB of disk: a disk cannot shrink',
    );
    const missing = await act('web-1', { type: 'resize' });
    expect(missing.body.error.details.plan).toBe('Choose a plan');
  });

  it('refuses a rebuild to an unknown image', async () => {
    const { status, body } = await act('web-1', {
      type: 'rebuild',
      image: 'beos-5',
    });
    expect(status).toBe(422);
    expect(body.error.details.image).toMatch(/beos-5/);
  });
});

describe('delete', () => {
  it('detaches everything the instance used, by name', async () => {
    const before = state();
    const web1 = before.instances.find((i) => i.name === 'web-1');
    const id = web1?.id;
    expect(before.volumes.some((v) => v.instance_id === id)).toBe(true);
    expect(before.firewallRules.some((r) => r.instance_id === id)).toBe(true);

    const { status, body } = await call('/instances/web-1', {
      method: 'DELETE',
    });
    expect(status).toBe(202);
    expect(body.data).toMatchObject({
      status: 'deleting',
      private_networks: [],
      private_ip: null,
    });

    const volume = await call('/volumes/web-assets');
    expect(volume.body.data).toMatchObject({
      status: 'available',
      instance_id: null,
    });
    const addresses = await call(`/floating-ips?instance_id=${id}`);
    expect(addresses.body.data).toEqual([]);
    const lb = await call('/load-balancers/web-lb');
    expect(
      lb.body.data.backends.map((b: { instance_id: string }) => b.instance_id),
    ).not.toContain(id);
    const network = await call('/networks/backend-net');
    expect(JSON.stringify(network.body.data.members)).not.toContain(id);
    expect((await call(`/instances/${id}/firewall/rules`)).body.data).toEqual(
      [],
    );
    expect(state().floatingIps).toHaveLength(5);
  });

  it('leaves an instance being deleted out of lists unless asked', async () => {
    await call('/instances/web-2', { method: 'DELETE' });
    const names = (body: { data: { name: string }[] }) =>
      body.data.map((instance) => instance.name);
    const all = await call('/instances?per_page=100');
    expect(names(all.body)).not.toContain('web-2');
    const deleting = await call('/instances?status=deleting');
    expect(names(deleting.body)).toEqual(['web-2']);
    const one = await call('/instances/web-2');
    expect(one.body.data.status).toBe('deleting');
  });

  it('answers 409 to a second delete', async () => {
    await call('/instances/web-2', { method: 'DELETE' });
    const again = await call('/instances/web-2', { method: 'DELETE' });
    expect(again.status).toBe(409);
    const rename = await call('/instances/web-2', {
      method: 'PATCH',
      body: { name: 'web-two' },
    });
    expect(rename.status).toBe(409);
  });
});
