import { describe, expect, it } from 'vitest';
import { SECOND } from './clock';
import { advanceClock, state } from './control';
import { call } from './test-utils';

const webLb = () => state().loadBalancers.find((b) => b.name === 'web-lb')!;
const instanceId = (name: string) =>
  state().instances.find((i) => i.name === name)!.id;

const request = {
  name: 'api-lb',
  region: 'lagos-1',
  algorithm: 'round_robin',
  protocol: 'http',
  port: 80,
  backend_port: 8080,
  health_check: {
    path: '/health',
    interval: 10,
    timeout: 5,
    unhealthy_threshold: 3,
  },
};

const healthOf = async (lbId: string, name: string) => {
  const { body } = await call(`/load-balancers/${lbId}`);
  const id = instanceId(name);
  return body.data.backends.find(
    (b: { instance_id: string }) => b.instance_id === id,
  )?.health;
};

describe('load balancers', () => {
  it('creates one provisioning, active with an address 30 s later', async () => {
    const made = await call('/load-balancers', {
      method: 'POST',
      body: { ...request, backends: [{ instance_id: 'api-1', weight: 20 }] },
    });
    expect(made.status).toBe(201);
    expect(made.body.data).toMatchObject({
      status: 'provisioning',
      public_ip: null,
      backends: [
        { instance_id: instanceId('api-1'), weight: 20, health: 'unknown' },
      ],
    });
    advanceClock(30 * SECOND);
    const { body } = await call(`/load-balancers/${made.body.data.id}`);
    expect(body.data.status).toBe('active');
    expect(body.data.public_ip).toMatch(/^\d+\.\d+\.\d+\.\d+$/);
    advanceClock(10 * SECOND);
    expect(await healthOf(made.body.data.id, 'api-1')).toBe('healthy');
  });

  it('refuses broken rules with 422 keyed by field', async () => {
    const { status, body } = await call('/load-balancers', {
      method: 'POST',
      body: {
        ...request,
        port: 70000,
        health_check: {
          path: 'health',
          interval: 10,
          timeout: 10,
          unhealthy_threshold: 3,
        },
      },
    });
    expect(status).toBe(422);
    expect(body.error.details).toEqual({
      port: 'Use 1 to 65535',
      'health_check.path': 'Start the path with /',
      'health_check.timeout': 'Use less than the interval (10 s)',
    });
  });

  it('keeps no path for tcp and refuses one given', async () => {
    const tcp = { ...request, name: 'tcp-lb', protocol: 'tcp' };
    const refused = await call('/load-balancers', {
      method: 'POST',
      body: tcp,
    });
    expect(refused.body.error.details).toHaveProperty('health_check.path');
    const { path: _, ...check } = request.health_check;
    const made = await call('/load-balancers', {
      method: 'POST',
      body: { ...tcp, health_check: check },
    });
    expect(made.status).toBe(201);
    expect(made.body.data.health_check).not.toHaveProperty('path');
  });

  it('changes the algorithm and the health check in place', async () => {
    const { status, body } = await call(`/load-balancers/${webLb().id}`, {
      method: 'PATCH',
      body: {
        algorithm: 'least_connections',
        health_check: {
          path: '/ready',
          interval: 20,
          timeout: 5,
          unhealthy_threshold: 2,
        },
      },
    });
    expect(status).toBe(200);
    expect(body.data.algorithm).toBe('least_connections');
    expect(body.data.health_check.path).toBe('/ready');
    const wrong = await call(`/load-balancers/${webLb().id}`, {
      method: 'PATCH',
      body: {
        health_check: {
          path: '/',
          interval: 5,
          timeout: 5,
          unhealthy_threshold: 2,
        },
      },
    });
    expect(wrong.body.error.details).toHaveProperty('health_check.timeout');
  });

  it('adds, reweighs and removes backends', async () => {
    const path = `/load-balancers/${webLb().id}/backends`;
    const added = await call(path, {
      method: 'POST',
      body: { instance_id: 'api-1', weight: 40 },
    });
    expect(added.status).toBe(201);
    expect(added.body.data.backends).toHaveLength(4);
    const id = instanceId('api-1');
    const heavier = await call(`${path}/${id}`, {
      method: 'PATCH',
      body: { weight: 90 },
    });
    expect(heavier.body.data.backends[3].weight).toBe(90);
    const tooHeavy = await call(`${path}/${id}`, {
      method: 'PATCH',
      body: { weight: 101 },
    });
    expect(tooHeavy.body.error.details).toEqual({ weight: 'Use 1 to 100' });
    expect((await call(`${path}/${id}`, { method: 'DELETE' })).status).toBe(
      204,
    );
    expect(webLb().backends).toHaveLength(3);
    expect((await call(`${path}/${id}`, { method: 'DELETE' })).status).toBe(
      404,
    );
  });

  it('refuses an instance of another region (422) or one twice (409)', async () => {
    const path = `/load-balancers/${webLb().id}/backends`;
    const away = await call(path, {
      method: 'POST',
      body: { instance_id: 'mpesa-api-1', weight: 10 },
    });
    expect(away.status).toBe(422);
    expect(away.body.error.details.instance_id).toMatch(/nairobi-1/);
    const twice = await call(path, {
      method: 'POST',
      body: { instance_id: 'web-1', weight: 10 },
    });
    expect(twice.status).toBe(409);
    expect(twice.body.error.message).toBe(
      "Instance 'web-1' is already a backend of 'web-lb'",
    );
  });

  it('deletes one and still bills its hours', async () => {
    const { id } = webLb();
    expect(
      (await call(`/load-balancers/${id}`, { method: 'DELETE' })).status,
    ).toBe(204);
    expect((await call(`/load-balancers/${id}`)).status).toBe(404);
    expect(state().deleted.some((d) => d.id === id)).toBe(true);
  });
});

describe('backend health', () => {
  const act = (name: string, type: string) =>
    call(`/instances/${name}/actions`, { method: 'POST', body: { type } });

  it('follows the instance: unhealthy after threshold × interval down', async () => {
    const { id } = webLb();
    expect(await healthOf(id, 'web-1')).toBe('healthy');
    await act('web-1', 'stop');
    advanceClock(10 * SECOND); // stopped now
    expect(await healthOf(id, 'web-1')).toBe('healthy');
    advanceClock(29 * SECOND);
    expect(await healthOf(id, 'web-1')).toBe('healthy');
    advanceClock(1 * SECOND); // 3 failed checks of 10 s
    expect(await healthOf(id, 'web-1')).toBe('unhealthy');

    await act('web-1', 'start');
    advanceClock(15 * SECOND); // running again
    expect(await healthOf(id, 'web-1')).toBe('unhealthy');
    advanceClock(20 * SECOND); // two checks passed
    expect(await healthOf(id, 'web-1')).toBe('healthy');
  });

  it('is unknown until the first check of a new backend', async () => {
    const { id } = webLb();
    await call(`/load-balancers/${id}/backends`, {
      method: 'POST',
      body: { instance_id: 'api-1', weight: 5 },
    });
    expect(await healthOf(id, 'api-1')).toBe('unknown');
    advanceClock(10 * SECOND);
    expect(await healthOf(id, 'api-1')).toBe('healthy');
  });
});
