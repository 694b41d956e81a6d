import { describe, expect, it } from 'vitest';
import { skipContractCheck } from '../../tests/contract-guard';
import { API, call, DEMO_TOKEN } from './test-utils';

describe('envelopes', () => {
  it('wraps data with a request id, also sent as a header', async () => {
    const { status, body, headers } = await call('/account');
    expect(status).toBe(200);
    expect(body.data.currency).toBe('USD');
    expect(body.meta.request_id).toMatch(/^req-[a-z0-9]{12}$/);
    expect(headers.get('X-Request-Id')).toBe(body.meta.request_id);
  });

  it('answers 404 in the error shape, naming what was missing', async () => {
    const { status, body } = await call('/instances/nope');
    expect(status).toBe(404);
    expect(body).toEqual({
      error: {
        code: 'resource_not_found',
        message: "Instance 'nope' not found",
        details: { resource_type: 'instance', resource_id: 'nope' },
      },
      meta: { request_id: expect.stringMatching(/^req-[a-z0-9]{12}$/) },
    });
  });

  it('answers an unknown endpoint with 404 too', async () => {
    // The contract has no such path to check the answer against.
    skipContractCheck();
    const { status, body } = await call('/gadgets');
    expect(status).toBe(404);
    expect(body.error.message).toBe('No such endpoint: GET /v1/gadgets');
  });

  it('rejects a body that is not JSON with 400', async () => {
    const response = await fetch(`${API}/instances`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${DEMO_TOKEN}` },
      body: '{name',
    });
    expect(response.status).toBe(400);
    expect((await response.json()).error.code).toBe('bad_request');
  });
});

describe('lookup', () => {
  it('finds a resource by id or by name', async () => {
    const byName = await call('/instances/web-1');
    expect(byName.status).toBe(200);
    const byId = await call(`/instances/${byName.body.data.id}`);
    expect(byId.body.data.name).toBe('web-1');
  });

  it('finds a floating IP by its address', async () => {
    const list = await call('/floating-ips');
    const { ip, id } = list.body.data[0];
    expect((await call(`/floating-ips/${ip}`)).body.data.id).toBe(id);
    expect((await call(`/floating-ips/${id}`)).body.data.ip).toBe(ip);
  });
});

describe('pagination', () => {
  it('pages by 25 by default', async () => {
    const { body } = await call('/instances');
    expect(body.data).toHaveLength(25);
    expect(body.meta.pagination).toEqual({
      page: 1,
      per_page: 25,
      total_pages: 2,
      total_count: 40,
    });
    expect(body.links.prev).toBeNull();
    expect(body.links.next).toBe('http://localhost/v1/instances?page=2');
  });

  it('links keep every parameter and change only page', async () => {
    const query = '?status=running,stopped&per_page=10&page=2&tag=production';
    const { body } = await call(`/instances${query}`);
    const link = (page: number) =>
      'http://localhost/v1/instances?status=running%2Cstopped&per_page=10' +
      `&page=${page}&tag=production`;
    expect(body.meta.pagination.page).toBe(2);
    expect(body.links).toEqual({
      first: link(1),
      prev: link(1),
      next: link(3),
      last: link(body.meta.pagination.total_pages),
    });
  });

  it('walks every page without overlap', async () => {
    const ids = new Set<string>();
    for (let page = 1; page <= 4; page++) {
      const { body } = await call(`/instances?per_page=12&page=${page}`);
      for (const instance of body.data) ids.add(instance.id);
      expect(body.links.next === null).toBe(page === 4);
    }
    expect(ids.size).toBe(40);
  });

  it('gives an empty page past the end', async () => {
    const { status, body } = await call('/instances?page=9');
    expect(status).toBe(200);
    expect(body.data).toEqual([]);
    expect(body.links.next).toBeNull();
    expect(body.links.prev).toBe('http://localhost/v1/instances?page=2');
  });

  it.each([
    ['per_page=0', 'per_page'],
    ['per_page=101', 'per_page'],
    ['per_page=ten', 'per_page'],
    ['page=0', 'page'],
    ['page=1.5', 'page'],
  ])('rejects %s with 400 on that parameter', async (query, field) => {
    const { status, body } = await call(`/instances?${query}`);
    expect(status).toBe(400);
    expect(body.error.code).toBe('bad_request');
    expect(Object.keys(body.error.details)).toEqual([field]);
  });

  it('allows up to 100 a page', async () => {
    const { body } = await call('/instances?per_page=100');
    expect(body.data).toHaveLength(40);
    expect(body.meta.pagination.total_pages).toBe(1);
    expect(body.links.last).toBe(
      'http://localhost/v1/instances?per_page=100&page=1',
    );
  });
});
