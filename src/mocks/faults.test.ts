import { afterEach, describe, expect, it, vi } from 'vitest';
import { clearFaults, listFaults, setFault, state } from './control';
import { API, call, DEMO_TOKEN } from './test-utils';

const NEW_INSTANCE = {
  name: 'fresh-1',
  region: 'lagos-1',
  plan: 'basic-1',
  image: 'debian-12',
};

describe('faults', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('fails the next N matching requests with a 5xx', async () => {
    setFault({ type: 'error', status: 500, count: 2, path: '/instances' });
    expect((await call('/regions')).status).toBe(200);
    const first = await call('/instances');
    expect(first.status).toBe(500);
    expect(first.body.error.code).toBe('internal_error');
    expect(first.headers.get('X-RateLimit-Remaining')).not.toBeNull();
    expect((await call('/instances')).status).toBe(500);
    expect((await call('/instances')).status).toBe(200);
    expect(listFaults()).toEqual([]);
  });

  it('keeps an outage up until cleared', async () => {
    setFault({ type: 'outage' });
    for (let i = 0; i < 3; i++) {
      const { status, body } = await call('/instances');
      expect(status).toBe(503);
      expect(body.error.code).toBe('service_unavailable');
    }
    clearFaults();
    expect((await call('/instances')).status).toBe(200);
  });

  it('matches by method', async () => {
    setFault({ type: 'error', status: 503, method: 'post' });
    expect((await call('/instances')).status).toBe(200);
    const post = await call('/instances', {
      method: 'POST',
      body: NEW_INSTANCE,
    });
    expect(post.status).toBe(503);
  });

  it('answers 429 with the reset it was given', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(Date.UTC(2026, 10, 2, 10, 30, 0));
    setFault({ type: 'rate_limit', reset_in_seconds: 90, count: 1 });
    const limited = await call('/instances');
    expect(limited.status).toBe(429);
    expect(limited.headers.get('X-RateLimit-Remaining')).toBe('0');
    expect(limited.headers.get('X-RateLimit-Reset')).toBe(
      String(Date.UTC(2026, 10, 2, 10, 31, 30) / 1000),
    );
    expect(limited.body.error.message).toMatch(/10:31:30 UTC/);
    expect((await call('/instances')).status).toBe(200);
  });

  it('answers 401 as a revoked token would', async () => {
    setFault({ type: 'unauthorized', count: 1 });
    const revoked = await call('/account/tokens/current');
    expect(revoked.status).toBe(401);
    expect(revoked.body.error.message).toMatch(/revoked/);
    expect((await call('/account/tokens/current')).status).toBe(200);
  });

  it('refuses a request with the error it was given', async () => {
    setFault({
      type: 'reject',
      status: 422,
      method: 'POST',
      path: '/instances',
      message: 'Some values are not valid',
      details: { quota: 'The account has reached its limit of instances' },
      count: 1,
    });
    const refused = await call('/instances', { method: 'POST', body: {} });
    expect(refused.status).toBe(422);
    expect(refused.body.error).toEqual({
      code: 'validation_failed',
      message: 'Some values are not valid',
      details: { quota: 'The account has reached its limit of instances' },
    });
    const next = await call('/instances', { method: 'POST', body: {} });
    expect(next.body.error.details).toHaveProperty('name');
  });

  it('drops the connection after doing the write', async () => {
    setFault({ type: 'drop', method: 'POST', count: 1 });
    const send = fetch(`${API}/instances`, {
      method: 'POST',
      headers: {
        Authorization: `Bearer ${DEMO_TOKEN}`,
        'Content-Type': 'application/json',
      },
      body: JSON.stringify(NEW_INSTANCE),
    });
    await expect(send).rejects.toThrow(TypeError);
    const created = await call('/instances/fresh-1');
    expect(created.status).toBe(200);
    expect(created.body.data.status).toBe('provisioning');
    expect(state().instances.filter((i) => i.name === 'fresh-1')).toHaveLength(
      1,
    );
  });

  it('adds latency to every response', async () => {
    vi.useFakeTimers();
    setFault({ type: 'latency', ms: 2000 });
    let settled = false;
    const pending = call('/regions').then((reply) => {
      settled = true;
      return reply;
    });
    await vi.advanceTimersByTimeAsync(1900);
    expect(settled).toBe(false);
    await vi.advanceTimersByTimeAsync(200);
    expect((await pending).status).toBe(200);
    expect(listFaults()).toEqual([{ type: 'latency', ms: 2000 }]);
  });
});
