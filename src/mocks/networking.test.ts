import { describe, expect, it } from 'vitest';
import { state } from './control';
import { call } from './test-utils';

const instanceId = (name: string) => {
  const found = state().instances.find((i) => i.name === name);
  if (!found) throw new Error(`no instance ${name}`);
  return found.id;
};

const network = (name: string) => {
  const found = state().networks.find((n) => n.name === name);
  if (!found) throw new Error(`no network ${name}`);
  return found;
};

const NEW_NETWORK = {
  name: 'edge-net',
  region: 'lagos-1',
  subnet: '10.40.0.0/24',
  dhcp_enabled: true,
};

describe('networks', () => {
  it('creates a network with no members', async () => {
    const { status, body } = await call('/networks', {
      method: 'POST',
      body: NEW_NETWORK,
    });
    expect(status).toBe(201);
    expect(body.data).toMatchObject({ ...NEW_NETWORK, members: [] });
  });

  it('refuses a subnet that overlaps another network of the region', async () => {
    const subnet = '10.10.0.0/16';
    const { status, body } = await call('/networks', {
      method: 'POST',
      body: { ...NEW_NETWORK, subnet },
    });
    expect(status).toBe(422);
    expect(body.error.details.subnet).toMatch(/backend-net/);
    const elsewhere = await call('/networks', {
      method: 'POST',
      body: { ...NEW_NETWORK, subnet, region: 'accra-1' },
    });
    expect(elsewhere.status).toBe(201);
  });

  it('offers the network address when host bits are set', async () => {
    const { body } = await call('/networks', {
      method: 'POST',
      body: { ...NEW_NETWORK, subnet: '10.40.0.5/24' },
    });
    expect(body.error.details.subnet).toMatch(/10\.40\.0\.0\/24/);
  });

  it('attaches and detaches an instance of the same region', async () => {
    const id = network('lagos-workers').id;
    const bastion = instanceId('bastion');
    const attached = await call(`/networks/${id}/attach`, {
      method: 'POST',
      body: { instance_id: bastion },
    });
    expect(attached.status).toBe(202);
    expect(attached.body.data.members).toContainEqual({
      instance_id: bastion,
      private_ip: expect.stringMatching(/^10\.20\.0\./),
    });
    const again = await call(`/networks/${id}/attach`, {
      method: 'POST',
      body: { instance_id: bastion },
    });
    expect(again.status).toBe(409);
    const detached = await call(`/networks/${id}/detach`, {
      method: 'POST',
      body: { instance_id: 'bastion' },
    });
    expect(detached.status).toBe(202);
    expect(detached.body.data.members).toHaveLength(4);
  });

  it('answers 422 on instance_id for an instance of another region', async () => {
    const { status, body } = await call(
      `/networks/${network('lagos-workers').id}/attach`,
      { method: 'POST', body: { instance_id: instanceId('ke-db') } },
    );
    expect(status).toBe(422);
    expect(body.error.details.instance_id).toMatch(/nairobi-1/);
  });

  it('refuses to delete a network with members, then deletes it empty', async () => {
    const { id } = network('gh-net');
    const busy = await call(`/networks/${network('za-net').id}`, {
      method: 'DELETE',
    });
    expect(busy.status).toBe(409);
    expect(busy.body.error.message).toMatch(/3 members/);
    expect((await call(`/networks/${id}`, { method: 'DELETE' })).status).toBe(
      204,
    );
    expect((await call(`/networks/${id}`)).status).toBe(404);
  });
});

describe('floating IPs', () => {
  it('reserves an unassigned address in a region', async () => {
    const { status, body } = await call('/floating-ips', {
      method: 'POST',
      body: { region: 'lagos-1' },
    });
    expect(status).toBe(201);
    expect(body.data).toMatchObject({ region: 'lagos-1', instance_id: null });
  });

  it('moves an address assigned elsewhere', async () => {
    const web = instanceId('web-1');
    const api = instanceId('api-1');
    const address = state().floatingIps.find((f) => f.instance_id === web);
    const moved = await call(`/floating-ips/${address?.ip}/assign`, {
      method: 'POST',
      body: { instance_id: api },
    });
    expect(moved.status).toBe(202);
    expect(moved.body.data.instance_id).toBe(api);
    const onWeb = await call(`/floating-ips?instance_id=${web}`);
    expect(onWeb.body.data).toEqual([]);
    const onApi = await call(`/floating-ips?instance_id=${api}`);
    expect(onApi.body.data.map((f: { ip: string }) => f.ip)).toEqual([
      address?.ip,
    ]);
  });

  it('answers 422 on instance_id across regions', async () => {
    const address = state().floatingIps.find((f) => f.region === 'lagos-1');
    const { status, body } = await call(`/floating-ips/${address?.ip}/assign`, {
      method: 'POST',
      body: { instance_id: instanceId('ke-db') },
    });
    expect(status).toBe(422);
    expect(Object.keys(body.error.details)).toEqual(['instance_id']);
  });

  it('unassigns, then releases for good', async () => {
    const address = state().floatingIps.find((f) => f.instance_id !== null);
    const path = `/floating-ips/${address?.ip}`;
    const unassigned = await call(`${path}/unassign`, { method: 'POST' });
    expect(unassigned.body.data.instance_id).toBeNull();
    expect((await call(`${path}/unassign`, { method: 'POST' })).status).toBe(
      409,
    );
    expect((await call(path, { method: 'DELETE' })).status).toBe(204);
    expect((await call(path)).status).toBe(404);
    expect(state().deleted.some((d) => d.ip === address?.ip)).toBe(true);
  });
});

describe('firewall rules', () => {
  const rules = (name: string) =>
    `/instances/${instanceId(name)}/firewall/rules`;

  it('stores rules per instance, ports as the contract writes them', async () => {
    const path = rules('dev-ada');
    const before = (await call(path)).body.data.length;
    const one = await call(path, {
      method: 'POST',
      body: {
        direction: 'inbound',
        protocol: 'tcp',
        port: '443-443',
        source: '0.0.0.0/0',
      },
    });
    expect(one.status).toBe(201);
    expect(one.body.data.port).toBe(443);
    const ping = await call(path, {
      method: 'POST',
      body: { direction: 'inbound', protocol: 'icmp', source: '::/0' },
    });
    expect(ping.body.data).not.toHaveProperty('port');
    expect((await call(path)).body.data).toHaveLength(before + 2);
    expect((await call(rules('web-1'))).body.data).not.toContainEqual(
      one.body.data,
    );
  });

  it('answers 422 by field', async () => {
    const { status, body } = await call(rules('web-1'), {
      method: 'POST',
      body: {
        direction: 'inbound',
        protocol: 'icmp',
        port: 22,
        source: '203.0.113.7/24',
      },
    });
    expect(status).toBe(422);
    expect(body.error.details).toEqual({
      port: expect.stringMatching(/ICMP/),
      source: expect.stringMatching(/203\.0\.113\.0\/24/),
    });
  });

  it('deletes one rule', async () => {
    const path = rules('web-1');
    const [first] = (await call(path)).body.data;
    const gone = await call(`${path}/${first.id}`, { method: 'DELETE' });
    expect(gone.status).toBe(204);
    const again = await call(`${path}/${first.id}`, { method: 'DELETE' });
    expect(again.status).toBe(404);
  });
});
