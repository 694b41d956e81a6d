import { describe, expect, it } from 'vitest';
import { state } from './control';
import { call } from './test-utils';

const NEW_INSTANCE = {
  name: 'api-9',
  region: 'lagos-1',
  plan: 'standard-2',
  image: 'ubuntu-24.04',
};

async function names(query: string): Promise<string[]> {
  const { body } = await call(`/instances?per_page=100&${query}`);
  return body.data.map((instance: { name: string }) => instance.name).sort();
}

describe('instance filters', () => {
  it('filters by name substring, in any case', async () => {
    expect(await names('name=WEB-1')).toEqual([
      'gh-web-1',
      'ke-web-1',
      'web-1',
      'za-web-1',
    ]);
    expect(await names('name=za-')).toHaveLength(6);
  });

  it('filters by region, status list and tag together', async () => {
    expect(await names('region=lagos-1&status=stopped')).toEqual([
      'ci-runner-2',
      'dev-ada',
    ]);
    const moving = await names('status=provisioning,rebooting');
    expect(moving).toEqual(['gh-sandbox', 'ke-batch']);
    expect(await names('tag=team:payments')).toEqual([
      'mpesa-api-1',
      'mpesa-api-2',
    ]);
    expect(await names('region=frankfurt-1&tag=web')).toEqual([]);
  });

  it('rejects an unknown status with 400', async () => {
    const { status, body } = await call('/instances?status=running,asleep');
    expect(status).toBe(400);
    expect(body.error.details.status).toMatch(/asleep/);
  });
});

describe('create', () => {
  it('creates a provisioning instance in its networks', async () => {
    const { status, body } = await call('/instances', {
      method: 'POST',
      body: {
        ...NEW_INSTANCE,
        ssh_keys: ['laptop'],
        tags: ['production'],
        private_networks: ['backend-net'],
        backups: true,
      },
    });
    expect(status).toBe(201);
    const network = state().networks.find((n) => n.name === 'backend-net');
    expect(body.data).toMatchObject({
      name: 'api-9',
      status: 'provisioning',
      public_ip: null,
      private_ip: '10.10.0.10',
      specs: { vcpu: 2, ram_gb: 4, disk_gb: 80 },
      private_networks: [network?.id],
      ssh_keys: [state().sshKeys[0]?.id],
      backups: true,
    });
    expect(body.data.id).toMatch(/^inst-[0-9a-f]{10}$/);
  });

  it('explains every wrong field at once', async () => {
    const { status, body } = await call('/instances', {
      method: 'POST',
      body: {
        name: 'Web_1',
        region: 'mars-1',
        plan: 'huge-1',
        image: 'windows-95',
        ssh_keys: ['nobody'],
        tags: ['ok', 'ok'],
        user_data: 'x'.repeat(70_000),
        backups: 'yes',
      },
    });
    expect(status).toBe(422);
    expect(body.error.code).toBe('validation_failed');
    expect(body.error.details).toEqual({
      name: 'Use lowercase letters, digits and hyphens only',
      region: expect.stringMatching(
        /Unknown region 'mars-1'; choose one of lagos-1/,
      ),
      plan: "Unknown plan 'huge-1'; choose one from the list",
      image: "Unknown image 'windows-95'; choose one from the list",
      ssh_keys: "SSH key 'nobody' not found; add it first",
      tags: "Tag 'ok' is listed twice; remove one",
      user_data:
        'Shorten user data to at most 65,536 bytes (64 KiB); it is 70,000 bytes',
      backups: 'Use true or false',
    });
  });

  it('asks for the required fields', async () => {
    const { body } = await call('/instances', { method: 'POST', body: {} });
    expect(body.error.details).toEqual({
      name: 'Enter a name',
      region: 'Choose a region',
      plan: 'Choose a plan',
      image: 'Choose an image',
    });
  });

  it('refuses a name already taken', async () => {
    const { status, body } = await call('/instances', {
      method: 'POST',
      body: { ...NEW_INSTANCE, name: 'web-1' },
    });
    expect(status).toBe(422);
    expect(body.error.details).toEqual({
      name: "An instance named 'web-1' already exists; choose another name",
    });
  });

  it('refuses a network that is missing or in another region', async () => {
    const missing = await call('/instances', {
      method: 'POST',
      body: { ...NEW_INSTANCE, private_networks: ['nowhere'] },
    });
    expect(missing.body.error.details).toEqual({
      private_networks: "Network 'nowhere' not found",
    });
    const elsewhere = await call('/instances', {
      method: 'POST',
      body: { ...NEW_INSTANCE, private_networks: ['nairobi-private'] },
    });
    expect(elsewhere.status).toBe(422);
    expect(elsewhere.body.error.details.private_networks).toBe(
      "Network 'nairobi-private' is in nairobi-1; choose a network in lagos-1",
    );
  });
});

describe('update', () => {
  it('renames and retags', async () => {
    const { status, body } = await call('/instances/web-1', {
      method: 'PATCH',
      body: { name: 'web-one', tags: ['web'] },
    });
    expect(status).toBe(200);
    expect(body.data).toMatchObject({ name: 'web-one', tags: ['web'] });
    expect((await call('/instances/web-one')).status).toBe(200);
    expect((await call('/instances/web-1')).status).toBe(404);
  });

  it('refuses a taken name and bad tags', async () => {
    const { status, body } = await call('/instances/web-1', {
      method: 'PATCH',
      body: { name: 'web-2', tags: ['UPPER'] },
    });
    expect(status).toBe(422);
    expect(Object.keys(body.error.details).sort()).toEqual(['name', 'tags']);
  });
});
