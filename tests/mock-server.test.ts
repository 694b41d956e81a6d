import { describe, expect, it } from 'vitest';
import { useHttpMock } from './http-mock';

// The mock cloud over real HTTP: what README.md says curl can do with it.
const send = useHttpMock();

const statusOf = async (name: string) =>
  (await send('GET', `/v1/instances/${name}`)).body.data.status;

describe('the API over HTTP', () => {
  it('lists a region with the envelope, rate-limit and CORS headers', async () => {
    const { status, headers, body } = await send(
      'GET',
      '/v1/instances?region=lagos-1',
      { headers: { Origin: 'http://localhost:4174' } },
    );

    expect(status).toBe(200);
    expect(body.data.length).toBeGreaterThan(0);
    for (const instance of body.data) expect(instance.region).toBe('lagos-1');
    expect(body.meta.request_id).toMatch(/^req-/);
    expect(body.meta.pagination).toMatchObject({ page: 1, per_page: 25 });
    expect(body.links.first).toContain('region=lagos-1');
    expect(headers['x-ratelimit-limit']).toBe('1000');
    expect(Number(headers['x-ratelimit-remaining'])).toBe(999);
    expect(Number(headers['x-ratelimit-reset'])).toBeGreaterThan(0);
    expect(Date.parse(headers.date!)).not.toBeNaN();
    expect(headers['access-control-allow-origin']).toBe('*');
    const exposed = headers['access-control-expose-headers']!.split(/,\s*/);
    expect(exposed).toEqual(
      expect.arrayContaining([
        'X-RateLimit-Limit',
        'X-RateLimit-Remaining',
        'X-RateLimit-Reset',
        'Date',
      ]),
    );
  });

  it('answers a browser preflight without asking for a token', async () => {
    const { status, headers } = await send('OPTIONS', '/v1/instances', {
      token: null,
      headers: {
        Origin: 'http://localhost:4174',
        'Access-Control-Request-Method': 'POST',
        'Access-Control-Request-Headers': 'authorization, content-type',
      },
    });
    expect(status).toBe(204);
    expect(headers['access-control-allow-methods']).toContain('POST');
    expect(headers['access-control-allow-headers']).toMatch(/Authorization/);
  });

  it('answers 401 in the error shape without a token', async () => {
    const { status, headers, body } = await send('GET', '/v1/instances', {
      token: null,
    });
    expect(status).toBe(401);
    expect(body.error.code).toBe('unauthorized');
    expect(body.meta.request_id).toMatch(/^req-/);
    expect(headers['access-control-allow-origin']).toBe('*');
  });
});

describe('the /__mock control endpoint', () => {
  it('resets the account to its seed', async () => {
    await send('POST', '/v1/instances/web-1/actions', {
      body: { type: 'stop' },
    });
    expect(await statusOf('web-1')).toBe('stopping');

    const { status } = await send('POST', '/__mock/reset', { token: null });

    expect(status).toBe(204);
    expect(await statusOf('web-1')).toBe('running');
  });

  it('moves the clock, ending transitions due by then', async () => {
    await send('POST', '/v1/instances/web-1/actions', {
      body: { type: 'reboot' },
    });
    expect(await statusOf('web-1')).toBe('rebooting');

    const moved = await send('POST', '/__mock/clock', {
      body: { advance_ms: 60_000 },
    });

    expect(moved.status).toBe(204);
    expect(await statusOf('web-1')).toBe('running');
    const refused = await send('POST', '/__mock/clock', {
      body: { advance_ms: -1 },
    });
    expect(refused.status).toBe(400);
  });

  it('sets the budget left, then rate-limits when it is spent', async () => {
    const set = await send('POST', '/__mock/budget', {
      body: { remaining: 2 },
    });
    expect(set.status).toBe(204);

    const first = await send('GET', '/v1/account');
    expect(first.status).toBe(200);
    expect(first.headers['x-ratelimit-remaining']).toBe('1');
    await send('GET', '/v1/account');
    const spent = await send('GET', '/v1/account');
    expect(spent.status).toBe(429);
    expect(spent.headers['x-ratelimit-remaining']).toBe('0');
  });

  it('switches a fault on, narrowed by path and count, and off', async () => {
    const fault = {
      type: 'reject',
      status: 409,
      message: 'Quota reached',
      path: '/instances',
      count: 2,
    };
    const set = await send('POST', '/__mock/faults', { body: fault });
    expect(set.status).toBe(200);
    expect(set.body).toEqual([fault]);
    expect((await send('GET', '/__mock/faults')).body).toEqual([fault]);

    // Another path is not hit.
    expect((await send('GET', '/v1/account')).status).toBe(200);
    const refused = await send('GET', '/v1/instances');
    expect(refused.status).toBe(409);
    expect(refused.body.error.message).toBe('Quota reached');

    const cleared = await send('DELETE', '/__mock/faults');
    expect(cleared.status).toBe(204);
    expect((await send('GET', '/__mock/faults')).body).toEqual([]);
    expect((await send('GET', '/v1/instances')).status).toBe(200);
  });

  it('drops the connection for a drop fault', async () => {
    await send('POST', '/__mock/faults', {
      body: { type: 'drop', method: 'POST', count: 1 },
    });
    await expect(
      send('POST', '/v1/instances/web-1/actions', { body: { type: 'stop' } }),
    ).rejects.toThrow();
    // The write went through; only its answer was lost.
    expect(await statusOf('web-1')).toBe('stopping');
  });

  it('refuses a fault of no known type', async () => {
    const { status, body } = await send('POST', '/__mock/faults', {
      body: { type: 'gremlins' },
    });
    expect(status).toBe(400);
    expect(body.error).toContain('latency');
  });
});
