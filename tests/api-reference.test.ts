import { expect, it } from 'vitest';
import { checkResponse } from './contract';
import { useHttpMock, type Reply, type SendOptions } from './http-mock';

/*
 * The example requests of the published API reference, sent as curl
 * would send them to the HTTP mock on a freshly seeded account. Two cannot
 * succeed as written on one account, because another example needs what
 * they create to exist already; each says why, then sends what a user
 * would send next.
 */
const http = useHttpMock();

/** Sends a request and checks its answer against openapi.yaml too. */
async function send(method: string, path: string, options?: SendOptions) {
  const reply = await http(method, path, options);
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(reply.headers)) {
    if (typeof value === 'string') headers[name] = value;
  }
  const broken = checkResponse({ ...reply, method, url: path, headers });
  expect(broken, `${method} ${path} against openapi.yaml`).toEqual([]);
  return reply;
}

function expectStatus(reply: Reply, status: number) {
  expect(reply.status, JSON.stringify(reply.body)).toBe(status);
}

/** Moves the mock's clock on, as waiting would: transitions end. */
async function wait(ms: number) {
  expectStatus(
    await http('POST', '/__mock/clock', { body: { advance_ms: ms } }),
    204,
  );
}

it('lists instances, page by page and filtered', async () => {
  const filtered = await send(
    'GET',
    '/v1/instances?region=lagos-1&status=running',
  );
  expectStatus(filtered, 200);
  expect(filtered.body.data.length).toBeGreaterThan(0);
  for (const instance of filtered.body.data) {
    expect(instance).toMatchObject({ region: 'lagos-1', status: 'running' });
  }

  const paged = await send('GET', '/v1/instances?page=2&per_page=50');
  expectStatus(paged, 200);
  expect(paged.body.meta.pagination).toMatchObject({ page: 2, per_page: 50 });
  expect(paged.body.links.first).toContain('page=1');
});

it('gets an instance by its name or its id', async () => {
  const byName = await send('GET', '/v1/instances/web-1');
  expectStatus(byName, 200);
  expect(byName.body.data).toMatchObject({
    name: 'web-1',
    region: 'lagos-1',
    plan: 'standard-2',
    image: 'ubuntu-22.04',
    specs: { vcpu: 2, ram_gb: 4, disk_gb: 80 },
  });
  const byId = await send('GET', `/v1/instances/${byName.body.data.id}`);
  expect(byId.body.data.name).toBe('web-1');
});

it('creates an instance from the reference body', async () => {
  const body = {
    name: 'web-1',
    region: 'lagos-1',
    plan: 'standard-2',
    image: 'ubuntu-22.04',
    ssh_keys: ['laptop'],
    tags: ['production'],
    user_data: '#cloud-config\n...',
    private_networks: ['backend-net'],
    backups: true,
  };
  // web-1 is the instance the get example reads, and names are unique:
  // as written, the body names an instance the account already has.
  const taken = await send('POST', '/v1/instances', { body });
  expectStatus(taken, 422);
  expect(Object.keys(taken.body.error.details)).toEqual(['name']);

  const created = await send('POST', '/v1/instances', {
    body: { ...body, name: 'web-4' },
  });
  expectStatus(created, 201);
  expect(created.body.data).toMatchObject({
    name: 'web-4',
    status: 'provisioning',
    private_networks: [expect.any(String)],
  });
});

it('reboots and resizes an instance, then deletes one', async () => {
  const actions = '/v1/instances/web-1/actions';
  const reboot = await send('POST', actions, { body: { type: 'reboot' } });
  expectStatus(reboot, 202);
  expect(reboot.body.data.status).toBe('rebooting');
  await wait(60_000);

  const resize = await send('POST', actions, {
    body: { type: 'resize', plan: 'standard-4' },
  });
  expectStatus(resize, 202);
  expect(resize.body.data.status).toBe('resizing');

  const deleted = await send('DELETE', '/v1/instances/staging-web');
  expectStatus(deleted, 202);
  expect(deleted.body.data.status).toBe('deleting');
});

it('creates a volume, attaches it, detaches it and snapshots it', async () => {
  expectStatus(await send('GET', '/v1/volumes'), 200);
  // The reference's snap-abc123 stands for any snapshot in the region.
  const snapshot = await send('GET', '/v1/snapshots/web-assets-weekly');
  const created = await send('POST', '/v1/volumes', {
    body: {
      name: 'my-data',
      size_gb: 100,
      region: 'lagos-1',
      snapshot_id: snapshot.body.data.id,
    },
  });
  expectStatus(created, 201);
  expect(created.body.data).toMatchObject({ name: 'my-data', size_gb: 100 });
  const volume = `/v1/volumes/${created.body.data.id}`;
  await wait(60_000);

  const attached = await send('POST', `${volume}/attach`, {
    body: { instance_id: 'web-1' },
  });
  expectStatus(attached, 202);
  expect(attached.body.data.status).toBe('attached');
  expectStatus(await send('POST', `${volume}/detach`), 202);

  const snap = await send('POST', `${volume}/snapshots`, {
    body: { name: 'before-upgrade' },
  });
  expectStatus(snap, 201);
  expect(snap.body.data).toMatchObject({ name: 'before-upgrade' });
  const listed = await send('GET', '/v1/snapshots');
  expectStatus(listed, 200);
});

it('creates a network and attaches an instance to it', async () => {
  const body = {
    name: 'backend-net',
    subnet: '10.10.0.0/24',
    region: 'lagos-1',
    dhcp_enabled: true,
  };
  // The create-instance example joins backend-net, so the account has it:
  // this body asks for the same network again, name and subnet alike.
  const again = await send('POST', '/v1/networks', { body });
  expectStatus(again, 422);
  expect(Object.keys(again.body.error.details).sort()).toEqual([
    'name',
    'subnet',
  ]);

  const created = await send('POST', '/v1/networks', {
    body: { ...body, name: 'frontend-net', subnet: '10.40.0.0/24' },
  });
  expectStatus(created, 201);
  const attached = await send(
    'POST',
    `/v1/networks/${created.body.data.id}/attach`,
    { body: { instance_id: 'web-1' } },
  );
  expectStatus(attached, 202);
  expect(attached.body.data.members).toHaveLength(1);
});

it('creates a floating IP and assigns it', async () => {
  const created = await send('POST', '/v1/floating-ips', {
    body: { region: 'lagos-1' },
  });
  expectStatus(created, 201);
  const { ip } = created.body.data;
  const assigned = await send('POST', `/v1/floating-ips/${ip}/assign`, {
    body: { instance_id: 'web-1' },
  });
  expectStatus(assigned, 202);
  expect(assigned.body.data.instance_id).toEqual(expect.any(String));
});

it('creates a load balancer, then adds a backend to it', async () => {
  const created = await send('POST', '/v1/load-balancers', {
    body: {
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
    },
  });
  expectStatus(created, 201);

  const added = await send('POST', '/v1/load-balancers/api-lb/backends', {
    body: { instance_id: 'api-1', weight: 100 },
  });
  expectStatus(added, 201);
});

it('lists firewall rules and adds one', async () => {
  const rules = '/v1/instances/api-2/firewall/rules';
  expectStatus(await send('GET', rules), 200);
  const added = await send('POST', rules, {
    body: {
      direction: 'inbound',
      protocol: 'tcp',
      port: 80,
      source: '0.0.0.0/0',
    },
  });
  expectStatus(added, 201);
});

it('reads the account and its usage over the reference dates', async () => {
  expectStatus(await send('GET', '/v1/account'), 200);
  const usage = await send(
    'GET',
    '/v1/account/usage?start_date=2024-02-01&end_date=2024-02-29',
  );
  expectStatus(usage, 200);
  expect(usage.body.data.period).toEqual({
    start: '2024-02-01T00:00:00Z',
    end: '2024-02-29T23:59:59Z',
  });
});
