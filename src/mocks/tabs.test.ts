import { getResponse } from 'msw';
import { describe, expect, it, vi } from 'vitest';
import * as db from './db';
import { state } from './control';
import { API, call, DEMO_READONLY_TOKEN, DEMO_TOKEN } from './test-utils';

/**
 * A second tab of the demo: the mock cloud's modules loaded afresh, with
 * their own copy of the account in memory, over the same localStorage.
 * Like a tab just opened, it reads the saved state at once.
 */
async function openTab() {
  vi.resetModules();
  const tabDb = await import('./db');
  const control = await import('./control');
  const { handlers } = await import('./handlers');
  expect(tabDb).not.toBe(db);
  tabDb.getState();

  async function send(path: string, method = 'GET', body?: object) {
    const request = new Request(`${API}${path}`, {
      method,
      headers: {
        Authorization: `Bearer ${DEMO_TOKEN}`,
        'Content-Type': 'application/json',
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const response = await getResponse(handlers, request);
    if (!response) throw new Error(`No handler for ${method} ${path}`);
    const text = await response.text();
    return { status: response.status, body: text ? JSON.parse(text) : {} };
  }

  return { db: tabDb, control, send };
}

const reserve = () =>
  call('/floating-ips', { method: 'POST', body: { region: 'lagos-1' } });

const addresses = async () =>
  (await call('/floating-ips?per_page=100')).body.data.map(
    (f: { ip: string }) => f.ip,
  );

describe('two tabs of the demo', () => {
  it('keep what each other saved, with addresses that differ', async () => {
    const other = await openTab();

    const here = await reserve();
    expect(here.status).toBe(201);
    const there = await other.send('/floating-ips', 'POST', {
      region: 'lagos-1',
    });
    expect(there.status).toBe(201);

    // The other tab carried on from this tab's sequence, not its own.
    expect(there.body.data.ip).not.toBe(here.body.data.ip);
    expect(there.body.data.id).not.toBe(here.body.data.id);
    const seen = await addresses();
    expect(seen).toContain(here.body.data.ip);
    expect(seen).toContain(there.body.data.ip);
    // As a reload shows it: nothing was saved over.
    const reloaded = db.reloadDb().floatingIps.map((f) => f.ip);
    expect(reloaded).toEqual(expect.arrayContaining(seen));
  });

  it('refuse a token that the other tab revoked', async () => {
    const other = await openTab();
    const readOnly = state().tokens.find((t) => t.prefix === 'fgk_ro_d');
    expect(readOnly).toBeDefined();
    const before = await call('/instances', { token: DEMO_READONLY_TOKEN });
    expect(before.status).toBe(200);

    const revoked = await other.send(
      `/account/tokens/${readOnly?.id}`,
      'DELETE',
    );
    expect(revoked.status).toBe(204);

    const after = await call('/instances', { token: DEMO_READONLY_TOKEN });
    expect(after.status).toBe(401);
    expect(state().tokens.map((t) => t.id)).not.toContain(readOnly?.id);
  });

  it('see the other tab move the clock', async () => {
    const other = await openTab();
    const { body } = await call('/instances/gh-sandbox');
    expect(body.data.status).toBe('rebooting');

    other.control.advanceClock(60_000);

    expect((await call('/instances/gh-sandbox')).body.data.status).toBe(
      'running',
    );
  });

  it('keep this copy when the saved state cannot be read', async () => {
    state().account.name = 'Renamed';
    db.saveDb();
    localStorage.removeItem('fugoku-mock-db');
    expect((await call('/account')).body.data.name).toBe('Renamed');
    localStorage.setItem('fugoku-mock-db', '{"version":');
    expect((await call('/account')).body.data.name).toBe('Renamed');
    // The answer saved it again, for the next tab to read.
    expect(db.reloadDb().account.name).toBe('Renamed');
  });
});

describe('the lock around each request', () => {
  /** A LockManager whose one lock the test can hold. */
  function fakeLocks() {
    let queue: Promise<unknown> = Promise.resolve();
    const names: string[] = [];
    const locks = {
      request(name: string, work: () => unknown) {
        names.push(name);
        const granted = queue.then(() => work());
        queue = granted.catch(() => undefined);
        return granted;
      },
    };
    vi.spyOn(navigator, 'locks', 'get').mockReturnValue(
      locks as unknown as LockManager,
    );
    const hold = (until: Promise<void>) =>
      locks.request('fugoku-mock-db', () => until);
    return { names, hold };
  }

  it('reads the state only once the other tab is done with it', async () => {
    const other = await openTab();
    const locks = fakeLocks();
    let release = () => {};
    void locks.hold(new Promise<void>((resolve) => (release = resolve)));

    const answer = call('/account');
    await vi.waitFor(() => expect(locks.names).toHaveLength(2));
    // The other tab, holding the lock, changes and saves the account.
    other.db.getState().account.name = 'Renamed elsewhere';
    other.db.saveDb();
    release();

    expect((await answer).body.data.name).toBe('Renamed elsewhere');
    expect(locks.names).toContain('fugoku-mock-db');
  });
});
