import { describe, expect, it } from 'vitest';
import { sha256Hex } from './auth';
import { advanceClock, state } from './control';
import { DAY } from './clock';
import { call, DEMO_READONLY_TOKEN, DEMO_TOKEN } from './test-utils';

describe('authentication', () => {
  it('needs a token on every route', async () => {
    for (const path of ['/instances', '/regions', '/account/tokens']) {
      const { status, body } = await call(path, { token: null });
      expect(status).toBe(401);
      expect(body.error.code).toBe('unauthorized');
    }
  });

  it('refuses a wrong token', async () => {
    const { status, body } = await call('/instances', { token: 'fgk_wrong' });
    expect(status).toBe(401);
    expect(body.error.message).toMatch(/not valid/);
  });

  it('keeps only a hash and a prefix of each secret', async () => {
    const demo = state().tokens.find((t) => t.prefix === 'fgk_demo');
    expect(demo?.hash).toBe(await sha256Hex(DEMO_TOKEN));
    expect(JSON.stringify(state())).not.toContain(DEMO_TOKEN);
  });

  it('refuses a token once it has expired', async () => {
    advanceClock(366 * DAY);
    const { status, body } = await call('/instances', {
      token: DEMO_READONLY_TOKEN,
    });
    expect(status).toBe(401);
    expect(body.error.message).toMatch(/expired/);
  });
});

describe('scopes', () => {
  it('lets a read-only token read', async () => {
    const { status } = await call('/instances', { token: DEMO_READONLY_TOKEN });
    expect(status).toBe(200);
  });

  it('refuses every write of a read-only token with 403', async () => {
    const writes: [string, string][] = [
      ['POST', '/instances'],
      ['PATCH', '/instances/web-1'],
      ['DELETE', '/instances/web-1'],
      ['POST', '/instances/web-1/actions'],
      ['POST', '/ssh-keys'],
      ['POST', '/account/tokens'],
    ];
    for (const [method, path] of writes) {
      const { status, body } = await call(path, {
        method,
        body: {},
        token: DEMO_READONLY_TOKEN,
      });
      expect(status).toBe(403);
      expect(body.error.message).toMatch(/read-only/);
    }
    expect((await call('/instances/web-1')).body.data.status).toBe('running');
  });
});

describe('tokens', () => {
  it('tells the calling token', async () => {
    const demo = await call('/account/tokens/current');
    expect(demo.body.data).toMatchObject({
      name: 'console-demo',
      scopes: ['read', 'write'],
      expires_at: null,
    });
    const readOnly = await call('/account/tokens/current', {
      token: DEMO_READONLY_TOKEN,
    });
    expect(readOnly.body.data.scopes).toEqual(['read']);
  });

  it('shows a new secret once, and it works', async () => {
    const { status, body, headers } = await call('/account/tokens', {
      method: 'POST',
      body: { name: 'deploy-bot', scopes: ['read'], expires_in_days: 30 },
    });
    expect(status).toBe(201);
    expect(headers.get('Cache-Control')).toBe('no-store');
    const { secret, prefix } = body.data;
    expect(secret).toMatch(/^fgk_[A-Za-z0-9]{32}$/);
    expect(prefix).toBe(secret.slice(0, 8));
    const listed = await call('/account/tokens');
    expect(JSON.stringify(listed.body)).not.toContain(secret);
    const current = await call('/account/tokens/current', { token: secret });
    expect(current.body.data.name).toBe('deploy-bot');
  });

  it('checks a new token field by field', async () => {
    const { status, body } = await call('/account/tokens', {
      method: 'POST',
      body: { name: 'console-demo', scopes: ['write'], expires_in_days: 7 },
    });
    expect(status).toBe(422);
    expect(Object.keys(body.error.details).sort()).toEqual([
      'expires_in_days',
      'name',
      'scopes',
    ]);
  });

  it('stops a deleted token from working', async () => {
    const current = await call('/account/tokens/current', {
      token: DEMO_READONLY_TOKEN,
    });
    const id = current.body.data.id;
    expect(
      (await call(`/account/tokens/${id}`, { method: 'DELETE' })).status,
    ).toBe(204);
    const after = await call('/instances', { token: DEMO_READONLY_TOKEN });
    expect(after.status).toBe(401);
  });
});
