import { HttpResponse } from 'msw';
import { now } from './clock';
import { apiError } from './http';
import { rateHeaders, type RateHeaders } from './rate-limit';
import { unauthorized } from './auth';

/** Which requests a fault hits: all of them unless narrowed. */
export interface FaultMatch {
  /** HTTP method, any case. */
  method?: string;
  /** A substring of the URL path, such as '/instances'. */
  path?: string;
  /** How many matching requests it hits; absent: until cleared. */
  count?: number;
}

export type Fault =
  | { type: 'latency'; ms: number }
  | ({ type: 'error'; status?: 500 | 503 } & FaultMatch)
  | ({ type: 'outage' } & FaultMatch)
  | ({ type: 'rate_limit'; reset_in_seconds?: number } & FaultMatch)
  | ({ type: 'unauthorized' } & FaultMatch)
  | ({ type: 'drop' } & FaultMatch)
  | ({ type: 'reject' } & Rejection & FaultMatch)
  | { type: 'snapshot_failure'; count?: number };

/**
 * A refusal the seeded account cannot otherwise produce (a quota, say), so
 * that the console's handling of it can be tried.
 */
export interface Rejection {
  status: 400 | 403 | 404 | 409 | 422;
  message?: string;
  details?: Record<string, string>;
}

const rejectionCodes = {
  400: 'bad_request',
  403: 'forbidden',
  404: 'resource_not_found',
  409: 'conflict',
  422: 'validation_failed',
} as const;

export type RequestFault = Exclude<
  Fault,
  { type: 'latency' } | { type: 'snapshot_failure' }
>;

let latencyMs = 0;
let active: RequestFault[] = [];
/** How many of the next snapshots fail; Infinity until cleared. */
let snapshotFailures = 0;

export function setFault(fault: Fault): void {
  if (fault.type === 'latency') {
    latencyMs = Math.max(0, fault.ms);
    return;
  }
  if (fault.type === 'snapshot_failure') {
    snapshotFailures = fault.count ?? Infinity;
    return;
  }
  active.push({ ...fault });
}

export function clearFaults(): void {
  latencyMs = 0;
  active = [];
  snapshotFailures = 0;
}

export function listFaults(): Fault[] {
  const latency: Fault[] = latencyMs
    ? [{ type: 'latency', ms: latencyMs }]
    : [];
  const snapshots: Fault[] = snapshotFailures ? [snapshotFault()] : [];
  return [...latency, ...snapshots, ...active.map((fault) => ({ ...fault }))];
}

function snapshotFault(): Fault {
  return Number.isFinite(snapshotFailures)
    ? { type: 'snapshot_failure', count: snapshotFailures }
    : { type: 'snapshot_failure' };
}

/**
 * Whether the snapshot being started now is to fail: a storage fault has
 * no request to hit, so it is taken when a snapshot begins.
 */
export function takeSnapshotFailure(): boolean {
  if (snapshotFailures <= 0) return false;
  snapshotFailures -= 1;
  return true;
}

export function delayResponse(): Promise<void> {
  if (latencyMs === 0) return Promise.resolve();
  return new Promise((resolve) => setTimeout(resolve, latencyMs));
}

function matches(fault: FaultMatch, request: Request): boolean {
  const method = fault.method?.toUpperCase();
  if (method && method !== request.method) return false;
  const path = new URL(request.url).pathname;
  return !fault.path || path.includes(fault.path);
}

/** The fault that hits this request, counted as used. */
export function takeFault(request: Request): RequestFault | undefined {
  const fault = active.find((f) => matches(f, request));
  if (!fault) return undefined;
  if (fault.count !== undefined) {
    fault.count -= 1;
    if (fault.count <= 0) active = active.filter((f) => f !== fault);
  }
  return fault;
}

/** The response a fault answers with instead of the handler's. */
export function faultResponse(
  fault: Exclude<RequestFault, { type: 'drop' }>,
  headers: RateHeaders,
): Response {
  const response = faultBody(fault);
  const final =
    fault.type === 'rate_limit' ? rateHeaders(0, resetAt(fault)) : headers;
  for (const [name, value] of Object.entries(final)) {
    response.headers.set(name, value);
  }
  return response;
}

function resetAt(fault: { reset_in_seconds?: number }): number {
  return now() + (fault.reset_in_seconds ?? 60) * 1000;
}

function faultBody(fault: Exclude<RequestFault, { type: 'drop' }>) {
  switch (fault.type) {
    case 'error':
      return fault.status === 503
        ? unavailable()
        : apiError(500, 'internal_error', 'Something went wrong on our side');
    case 'outage':
      return unavailable();
    case 'rate_limit':
      return apiError(
        429,
        'rate_limited',
        `Rate limit reached. Try again after ${utcTime(resetAt(fault))} UTC`,
      );
    case 'unauthorized':
      return unauthorized(
        'This API token has been revoked. Sign in with another token',
      );
    case 'reject':
      return apiError(
        fault.status,
        rejectionCodes[fault.status],
        fault.message ?? 'The request was refused',
        fault.details ?? {},
      );
  }
}

function utcTime(ms: number): string {
  return new Date(Math.ceil(ms / 1000) * 1000).toISOString().slice(11, 19);
}

function unavailable(): Response {
  return apiError(
    503,
    'service_unavailable',
    'The service is temporarily unavailable. Try again shortly',
  );
}

/** What a dropped connection looks like to fetch: a network error. */
export function networkError(): Response {
  return HttpResponse.error();
}
