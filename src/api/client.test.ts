import { http, HttpResponse } from 'msw';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { skipContractCheck } from '../../tests/contract-guard';
import { server } from '../mocks/node';
import { api, unwrap, unwrapPage } from './client';
import { ApiError } from './errors';
import { clearRateLimit, getRateLimit } from './rate-limit';
import { getSession, signIn, signOut } from './session';

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
  tags: ['web'],
  specs: { vcpu: 2, ram_gb: 4, disk_gb: 80 },
  backups: false,
  ssh_keys: [],
  private_networks: [],
};

const limitHeaders = (remaining: number, reset = 1900000000) => ({
  'X-RateLimit-Limit': '1000',
  'X-RateLimit-Remaining': String(remaining),
  'X-RateLimit-Reset': String(reset),
  Date: new Date().toUTCString(),
});

/** A JSON response with the headers every API response carries. */
function json(
  body: object,
  init: { status?: number; remaining?: number } = {},
) {
  return HttpResponse.json(body, {
    status: init.status ?? 200,
    headers: limitHeaders(init.remaining ?? 990),
  });
}

const getInstance = () =>
  unwrap(api.GET('/instances/{id}', { params: { path: { id: 'web-1' } } }));

beforeEach(() => {
  clearRateLimit();
  signIn('fgk_test_token');
});

afterEach(() => {
  signOut();
  vi.useRealTimers();
});

describe('the API client', () => {
  it('sends the bearer token and unwraps the envelope', async () => {
    let authorization: string | null = null;
    server.use(
      http.get('*/v1/instances/:id', ({ request }) => {
        authorization = request.headers.get('Authorization');
        return json({
          data: instance,
          meta: { request_id: 'req-aaaaaaaaaaaa' },
        });
      }),
    );

    await expect(getInstance()).resolves.toEqual(instance);
    expect(authorization).toBe('Bearer fgk_test_token');
  });

  it('returns list items with their pagination', async () => {
    const pagination = { page: 2, per_page: 1, total_pages: 3, total_count: 3 };
    server.use(
      http.get('*/v1/instances', () =>
        json({
          data: [instance],
          meta: { request_id: 'req-aaaaaaaaaaaa', pagination },
          links: {
            first: 'http://localhost/v1/instances?page=1&per_page=1',
            prev: 'http://localhost/v1/instances?page=1&per_page=1',
            next: 'http://localhost/v1/instances?page=3&per_page=1',
            last: 'http://localhost/v1/instances?page=3&per_page=1',
          },
        }),
      ),
    );

    const page = await unwrapPage(
      api.GET('/instances', { params: { query: { page: 2, per_page: 1 } } }),
    );
    expect(page).toEqual({ items: [instance], pagination });
  });

  it('turns the error envelope into an ApiError', async () => {
    server.use(
      http.post('*/v1/instances', () =>
        json(
          {
            error: {
              code: 'validation_failed',
              message: 'Some values are not valid.',
              details: { name: 'Name is taken.', quota: 'Quota reached.' },
            },
            meta: { request_id: 'req-bbbbbbbbbbbb' },
          },
          { status: 422 },
        ),
      ),
    );

    const error = await unwrap(
      api.POST('/instances', {
        body: {
          name: 'web-1',
          region: 'lagos-1',
          plan: 'standard-2',
          image: 'ubuntu-22.04',
          backups: false,
        },
      }),
    ).catch((caught: unknown) => caught);

    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({
      status: 422,
      code: 'validation_failed',
      message: 'Some values are not valid.',
      requestId: 'req-bbbbbbbbbbbb',
      fieldErrors: { name: 'Name is taken.', quota: 'Quota reached.' },
    });
  });

  it('reports a failed connection as a network error', async () => {
    server.use(http.get('*/v1/instances/:id', () => HttpResponse.error()));

    await expect(getInstance()).rejects.toMatchObject({
      status: 0,
      code: 'network_error',
      isNetworkError: true,
    });
  });

  it('gives an error without an envelope a readable message', async () => {
    skipContractCheck();
    server.use(
      http.get(
        '*/v1/instances/:id',
        () => new HttpResponse('Bad gateway', { status: 502 }),
      ),
    );

    await expect(getInstance()).rejects.toMatchObject({
      status: 502,
      message: 'The API answered 502.',
    });
  });

  it('records the rate-limit headers', async () => {
    server.use(
      http.get('*/v1/instances/:id', () =>
        json(
          { data: instance, meta: { request_id: 'req-aaaaaaaaaaaa' } },
          { remaining: 987 },
        ),
      ),
    );

    await getInstance();
    expect(getRateLimit()).toMatchObject({
      limit: 1000,
      remaining: 987,
      resetAt: 1900000000 * 1000,
      blockedUntil: null,
    });
  });

  it('asks for a new sign-in when the token is rejected', async () => {
    server.use(
      http.get('*/v1/instances/:id', () =>
        json(
          {
            error: {
              code: 'unauthorized',
              message: 'Token revoked.',
              details: {},
            },
            meta: { request_id: 'req-cccccccccccc' },
          },
          { status: 401 },
        ),
      ),
    );

    await expect(getInstance()).rejects.toMatchObject({ status: 401 });
    expect(getSession()).toEqual({
      status: 'expired',
      token: 'fgk_test_token',
      reason: 'Token revoked.',
    });
  });
});

describe('after a 429', () => {
  const rateLimited = (resetInSeconds: number) =>
    http.get('*/v1/instances/:id', () => {
      const now = Math.floor(Date.now() / 1000);
      return HttpResponse.json(
        {
          error: { code: 'rate_limited', message: 'Slow down.', details: {} },
          meta: { request_id: 'req-dddddddddddd' },
        },
        { status: 429, headers: limitHeaders(0, now + resetInSeconds) },
      );
    });

  it('knows when the next request may go', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-12-01T12:00:00Z'));
    server.use(rateLimited(30));

    const error = await getInstance().then(
      () => Promise.reject(new Error('expected a 429')),
      (caught: ApiError) => caught,
    );

    const expected = Date.parse('2026-12-01T12:00:30Z');
    expect(error.retryAt).toBe(expected);
    expect(getRateLimit()?.blockedUntil).toBe(expected);
  });

  it("says when to try again on the browser's clock, not the API's", async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-12-01T12:00:00Z'));
    // The API's clock is ten minutes behind; it words its reset on it.
    const apiNow = Date.parse('2026-12-01T11:50:00Z');
    server.use(
      http.post('*/v1/instances', () =>
        HttpResponse.json(
          {
            error: {
              code: 'rate_limited',
              message: 'Rate limit reached. Try again after 11:50:45 UTC',
              details: {},
            },
            meta: { request_id: 'req-dddddddddddd' },
          },
          {
            status: 429,
            headers: {
              ...limitHeaders(0, apiNow / 1000 + 45),
              Date: new Date(apiNow).toUTCString(),
            },
          },
        ),
      ),
    );

    const write = unwrap(
      api.POST('/instances', {
        body: {
          name: 'web-9',
          region: 'lagos-1',
          plan: 'standard-2',
          image: 'ubuntu-22.04',
          backups: false,
        },
      }),
    );
    await expect(write).rejects.toMatchObject({
      status: 429,
      retryAt: Date.parse('2026-12-01T12:00:45Z'),
      message: "The API's rate limit is reached; try again after 12:00:45 UTC.",
    });
  });

  it('holds reads back until the reset, then sends them', async () => {
    vi.useFakeTimers();
    server.use(rateLimited(30));
    await getInstance().catch(() => undefined);

    let sent = 0;
    server.use(
      http.get('*/v1/instances/:id', () => {
        sent += 1;
        return json({
          data: instance,
          meta: { request_id: 'req-aaaaaaaaaaaa' },
        });
      }),
    );
    const pending = getInstance();
    await vi.advanceTimersByTimeAsync(29_000);
    expect(sent).toBe(0);
    await vi.advanceTimersByTimeAsync(1_000);
    await expect(pending).resolves.toEqual(instance);
    expect(sent).toBe(1);
  });

  it('refuses writes at once instead of sending them late', async () => {
    server.use(rateLimited(30));
    await getInstance().catch(() => undefined);

    const write = unwrap(
      api.POST('/instances/{id}/actions', {
        params: { path: { id: 'web-1' } },
        body: { type: 'reboot' },
      }),
    );
    await expect(write).rejects.toMatchObject({ status: 429 });
  });

  it("says when in UTC on a 24-hour clock, as the API's own message does", async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-12-01T13:35:00Z'));
    server.use(rateLimited(27));
    await getInstance().catch(() => undefined);

    const write = unwrap(
      api.POST('/instances/{id}/actions', {
        params: { path: { id: 'web-1' } },
        body: { type: 'reboot' },
      }),
    );
    await expect(write).rejects.toMatchObject({
      message: "The API's rate limit is reached; try again after 13:35:27 UTC.",
    });
  });
});
