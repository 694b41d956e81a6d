import createClient, { type Middleware } from 'openapi-fetch';
import { apiBaseUrl } from './config';
import {
  ApiError,
  errorFromResponse,
  isApiError,
  networkError,
} from './errors';
import {
  getRateLimit,
  recordRateLimit,
  recordRateLimited,
  untilUnblocked,
} from './rate-limit';
import { formatTime } from '../lib/format';
import { rateLimitWait } from './retry';
import type { paths } from './schema';
import { expireSession, getToken } from './session';

export interface Pagination {
  page: number;
  per_page: number;
  total_pages: number;
  total_count: number;
}

export interface Page<T> {
  items: T[];
  pagination: Pagination;
}

/**
 * What the user is told of a 429: the time on the browser's clock, to the
 * second after the reset, never one a moment too early.
 */
function rateLimitedMessage(retryAt: number) {
  const at = formatTime(Math.ceil(retryAt / 1000) * 1000);
  return `The API's rate limit is reached; try again after ${at}.`;
}

/**
 * While a 429 is in force, reads wait for the reset instead of spending
 * more of the budget, and writes fail at once: a write should never be sent
 * later than the user pressed the button. So a form's button stays usable
 * during the wait: a click before the reset sends nothing and says when to
 * try again, one after it goes through.
 */
async function waitForRateLimit(request: Request) {
  const blockedUntil = getRateLimit()?.blockedUntil ?? null;
  if (blockedUntil === null || blockedUntil <= Date.now()) return;
  if (request.method === 'GET') return untilUnblocked();
  throw new ApiError(
    429,
    'rate_limited',
    rateLimitedMessage(blockedUntil),
    {},
    null,
    blockedUntil,
  );
}

const session: Middleware = {
  async onRequest({ request }) {
    await waitForRateLimit(request);
    const token = getToken();
    if (token && !request.headers.has('Authorization')) {
      request.headers.set('Authorization', `Bearer ${token}`);
    }
    return request;
  },
  onResponse({ response }) {
    recordRateLimit(response.headers);
  },
};

/**
 * The typed client. The fetch is looked up on every call so that test
 * doubles installed after this module loads (MSW in Node) still apply.
 */
export const api = createClient<paths>({
  baseUrl: apiBaseUrl,
  fetch: (request) => globalThis.fetch(request),
});
api.use(session);

interface RawResult<Body> {
  data?: Body;
  error?: unknown;
  response: Response;
}

function failure(response: Response, body: unknown) {
  let retryAt: number | null = null;
  if (response.status === 429) {
    retryAt =
      Date.now() +
      rateLimitWait(
        response.headers.get('X-RateLimit-Reset'),
        response.headers.get('Date'),
      );
    recordRateLimited(retryAt);
  }
  const error = errorFromResponse(response, body, retryAt);
  if (response.status === 401) expireSession(error.message);
  // The API words its reset on its own clock, which may not be the
  // browser's: the time said is the one the console waits for.
  if (retryAt !== null) {
    return new ApiError(
      error.status,
      error.code,
      rateLimitedMessage(retryAt),
      error.details,
      error.requestId,
      retryAt,
    );
  }
  return error;
}

/** Awaits a call, turning every kind of failure into an ApiError. */
export async function send<Body>(
  pending: Promise<RawResult<Body>>,
): Promise<Body> {
  let result: RawResult<Body>;
  try {
    result = await pending;
  } catch (cause) {
    throw isApiError(cause) ? cause : networkError(cause);
  }
  const { response } = result;
  if (!response.ok) throw failure(response, result.error);
  return result.data as Body;
}

interface Envelope<T> {
  data: T;
}

interface ListEnvelope<T> {
  data: T[];
  meta: { pagination?: Pagination };
}

/** Sends a call and returns the resource inside the envelope. */
export async function unwrap<T>(
  pending: Promise<RawResult<Envelope<T>>>,
): Promise<T> {
  return (await send(pending)).data;
}

/** Sends a list call and returns its items with their pagination. */
export async function unwrapPage<T>(
  pending: Promise<RawResult<ListEnvelope<T>>>,
): Promise<Page<T>> {
  const body = await send(pending);
  const pagination = body.meta.pagination ?? {
    page: 1,
    per_page: body.data.length,
    total_pages: 1,
    total_count: body.data.length,
  };
  return { items: body.data, pagination };
}
