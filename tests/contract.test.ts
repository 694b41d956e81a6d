import { describe, expect, it } from 'vitest';
import { checkResponse } from './contract';

const meta = { request_id: 'req-abc123def456' };

const instance = {
  id: 'inst-abc123',
  name: 'web-1',
  region: 'lagos-1',
  plan: 'standard-2',
  image: 'ubuntu-22.04',
  status: 'running',
  public_ip: '102.89.45.178',
  private_ip: '10.10.0.5',
  created_at: '2026-11-02T10:30:00Z',
  tags: ['production', 'web'],
  specs: { vcpu: 2, ram_gb: 4, disk_gb: 80 },
  backups: false,
  ssh_keys: ['key-laptop1'],
  private_networks: [],
};

const page = {
  page: 1,
  per_page: 25,
  total_pages: 1,
  total_count: 1,
};

const links = {
  first: 'https://api.fugoku.com/v1/instances?region=lagos-1&page=1',
  prev: null,
  next: null,
  last: 'https://api.fugoku.com/v1/instances?region=lagos-1&page=1',
};

describe('checkResponse', () => {
  it('accepts an instance that matches the contract', () => {
    const violations = checkResponse({
      method: 'GET',
      url: 'https://api.fugoku.com/v1/instances/web-1',
      status: 200,
      body: { data: instance, meta },
    });
    expect(violations).toEqual([]);
  });

  it('accepts a page of instances and a relative URL', () => {
    const violations = checkResponse({
      method: 'get',
      url: '/v1/instances?region=lagos-1',
      status: 200,
      body: { data: [instance], meta: { ...meta, pagination: page }, links },
    });
    expect(violations).toEqual([]);
  });

  it('reports a property the contract does not have', () => {
    const violations = checkResponse({
      method: 'GET',
      url: 'https://api.fugoku.com/v1/instances/inst-abc123',
      status: 200,
      body: { data: { ...instance, owner: 'ada' }, meta },
    });
    expect(violations).toHaveLength(1);
    expect(violations[0]).toMatch(/body\/data has unexpected property "owner"/);
  });

  it('reports a value of the wrong type or outside its enum', () => {
    const violations = checkResponse({
      method: 'POST',
      url: 'https://api.fugoku.com/v1/instances/inst-abc123/actions',
      status: 202,
      body: {
        data: {
          ...instance,
          status: 'sleeping',
          specs: { ...instance.specs, vcpu: '2' },
        },
        meta,
      },
    });
    expect(violations.join('\n')).toMatch(/body\/data\/status must be one of/);
    expect(violations.join('\n')).toMatch(
      /body\/data\/specs\/vcpu must be integer/,
    );
  });

  it('checks error envelopes and their code', () => {
    const notFound = {
      error: {
        code: 'resource_not_found',
        message: "Instance 'web-9' not found",
        details: { resource_type: 'instance', resource_id: 'web-9' },
      },
      meta,
    };
    const ok = checkResponse({
      method: 'DELETE',
      url: '/v1/instances/web-9',
      status: 404,
      body: notFound,
    });
    expect(ok).toEqual([]);

    const wrongCode = checkResponse({
      method: 'DELETE',
      url: '/v1/instances/web-9',
      status: 404,
      body: { ...notFound, error: { ...notFound.error, code: 'not_found' } },
    });
    expect(wrongCode.length).toBeGreaterThan(0);
  });

  it('prefers a literal path segment over a parameter', () => {
    const violations = checkResponse({
      method: 'GET',
      url: 'https://api.fugoku.com/v1/account/tokens/current',
      status: 200,
      body: {
        data: {
          id: 'tok-1a2b3c',
          name: 'ci',
          scopes: ['read'],
          expires_at: null,
        },
        meta,
      },
    });
    expect(violations).toEqual([]);
  });

  it('requires an empty body on 204', () => {
    const url = '/v1/volumes/vol-abc123';
    expect(
      checkResponse({ method: 'DELETE', url, status: 204, body: undefined }),
    ).toEqual([]);
    expect(
      checkResponse({ method: 'DELETE', url, status: 204, body: { meta } }),
    ).toEqual(['DELETE /volumes/vol-abc123 → 204: must have no body']);
  });

  it('reports an unknown path, method or status', () => {
    const body = { data: {}, meta };
    expect(
      checkResponse({ method: 'GET', url: '/v1/servers', status: 200, body }),
    ).toEqual(['GET /servers → 200: no such path in the API']);
    expect(
      checkResponse({
        method: 'PUT',
        url: '/v1/instances/web-1',
        status: 200,
        body,
      }),
    ).toEqual(['PUT /instances/web-1 → 200: /instances/{id} has no PUT']);
    expect(
      checkResponse({
        method: 'GET',
        url: '/v1/instances/web-1',
        status: 418,
        body,
      }),
    ).toEqual(['GET /instances/web-1 → 418: getInstance does not answer 418']);
  });

  it('checks required headers when they are given', () => {
    const violations = checkResponse({
      method: 'POST',
      url: '/v1/account/tokens',
      status: 201,
      headers: {
        'X-RateLimit-Limit': '1000',
        'X-RateLimit-Remaining': '999',
        'X-RateLimit-Reset': '1793610000',
        Date: 'Mon, 02 Nov 2026 10:30:00 GMT',
      },
      body: {
        data: {
          id: 'tok-9z8y7x',
          name: 'deploy',
          scopes: ['read', 'write'],
          prefix: 'fgk_a1b2',
          created_at: '2026-11-02T10:30:00Z',
          expires_at: '2027-01-31T10:30:00Z',
          last_used_at: null,
          secret: 'fgk_a1b2c3d4e5f6g7h8',
        },
        meta,
      },
    });
    expect(violations).toEqual([
      'POST /account/tokens → 201: missing header Cache-Control',
    ]);
  });
});
