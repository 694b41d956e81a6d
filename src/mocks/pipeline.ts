import { http, type HttpResponseResolver } from 'msw';
import { authorize, identify } from './auth';
import { getState, saveDb, withLatestState } from './db';
import {
  delayResponse,
  faultResponse,
  networkError,
  takeFault,
  type RequestFault,
} from './faults';
import { ApiError, apiError } from './http';
import { consume, peekHeaders, type RateHeaders } from './rate-limit';
import { settle } from './transitions';
import type { MockState, StoredToken } from './types';

/**
 * Path parameters by the names the routes use. Each route reads only the
 * ones in its own path, which MSW always fills.
 */
export type Params = Readonly<
  Record<'id' | 'ip' | 'rule_id' | 'instance_id', string>
>;

export interface RouteContext {
  request: Request;
  params: Params;
  state: MockState;
  token: StoredToken;
}

export type Handler = (ctx: RouteContext) => Response | Promise<Response>;

type Method = 'get' | 'post' | 'patch' | 'delete' | 'all';

/** An MSW handler for one /v1 route, answered through the pipeline. */
export function route(method: Method, path: string, handler: Handler) {
  const resolver: HttpResponseResolver = ({ request, params }) =>
    answer(request, params as Params, handler);
  return http[method](`*/v1${path}`, resolver);
}

// Faults first (as a proxy in front of the API would fail), then the
// token, then its rate budget, then the handler. Past the faults, the
// request works on the latest saved state, which another tab of the demo
// may have written; latency is waited out first, holding no one up.
async function answer(
  request: Request,
  params: Params,
  handler: Handler,
): Promise<Response> {
  const fault = takeFault(request);
  await delayResponse();
  return withLatestState(() => serve(request, params, handler, fault));
}

async function serve(
  request: Request,
  params: Params,
  handler: Handler,
  fault: RequestFault | undefined,
): Promise<Response> {
  const identity = await identify(request);
  const key = identity.token?.id;
  if (fault && fault.type !== 'drop') {
    return finish(faultResponse(fault, peekHeaders(key)));
  }
  const state = getState();
  settle(state);
  const denied = authorize(request, identity);
  if (denied) return finish(denied, peekHeaders(key));
  const token = identity.token as StoredToken;
  const budget = consume(token.id);
  if (budget.response) return finish(budget.response, budget.headers);
  const response = await run(handler, { request, params, state, token });
  // A dropped connection loses the answer, not the write.
  if (fault?.type === 'drop') {
    saveDb();
    return networkError();
  }
  return finish(response, budget.headers);
}

async function run(handler: Handler, ctx: RouteContext): Promise<Response> {
  try {
    return await handler(ctx);
  } catch (error) {
    if (error instanceof ApiError) return error.response;
    console.error('Mock cloud: handler failed', error);
    return apiError(500, 'internal_error', 'Something went wrong on our side');
  }
}

function finish(response: Response, headers: RateHeaders = {}): Response {
  saveDb();
  for (const [name, value] of Object.entries(headers)) {
    response.headers.set(name, value);
  }
  return response;
}
