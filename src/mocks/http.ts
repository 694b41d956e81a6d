import { HttpResponse } from 'msw';
import { newRequestId } from './random';

// Response builders for the API's envelopes. Handlers throw ApiError to
// answer early; the pipeline turns it back into its response.

export class ApiError extends Error {
  readonly response: Response;

  constructor(response: Response) {
    super(`API error ${response.status}`);
    this.response = response;
  }
}

function meta(extra: object = {}) {
  return { request_id: newRequestId(), ...extra };
}

interface Envelope {
  meta: { request_id: string };
  [key: string]: unknown;
}

function json(body: Envelope, status: number) {
  return HttpResponse.json(body, {
    status,
    headers: { 'X-Request-Id': body.meta.request_id },
  });
}

export const ok = (data: unknown) => json({ data, meta: meta() }, 200);
export const created = (data: unknown) => json({ data, meta: meta() }, 201);
export const accepted = (data: unknown) => json({ data, meta: meta() }, 202);

export function noContent(): Response {
  return new HttpResponse(null, {
    status: 204,
    headers: { 'X-Request-Id': newRequestId() },
  });
}

export type ErrorCode =
  | 'bad_request'
  | 'unauthorized'
  | 'forbidden'
  | 'resource_not_found'
  | 'conflict'
  | 'validation_failed'
  | 'rate_limited'
  | 'internal_error'
  | 'service_unavailable';

export type Details = Record<string, string>;

export function apiError(
  status: number,
  code: ErrorCode,
  message: string,
  details: Details = {},
): Response {
  return json({ error: { code, message, details }, meta: meta() }, status);
}

export function fail(response: Response): never {
  throw new ApiError(response);
}

export const badRequest = (message: string, details: Details = {}) =>
  apiError(400, 'bad_request', message, details);

export const conflict = (message: string) => apiError(409, 'conflict', message);

/** 422 with one message per field, under the name the request used. */
export function invalid(details: Details): Response {
  const entries = Object.entries(details);
  const [first] = entries;
  const message =
    entries.length === 1 && first
      ? `Check ${first[0]}: ${first[1]}`
      : `Check these fields: ${entries.map(([field]) => field).join(', ')}`;
  return apiError(422, 'validation_failed', message, details);
}

export function failIfInvalid(details: Details): void {
  if (Object.keys(details).length > 0) fail(invalid(details));
}

/** `{ [field]: error }`, or nothing when there is no error to report. */
export function fieldError(field: string, error: string | undefined) {
  return error ? { [field]: error } : {};
}

export function failOnField(field: string, error: string | undefined): void {
  if (error) fail(invalid({ [field]: error }));
}

export type ResourceType =
  | 'instance'
  | 'volume'
  | 'snapshot'
  | 'network'
  | 'floating_ip'
  | 'load_balancer'
  | 'firewall_rule'
  | 'ssh_key'
  | 'token'
  | 'backend';

const LABELS: Record<ResourceType, string> = {
  instance: 'Instance',
  volume: 'Volume',
  snapshot: 'Snapshot',
  network: 'Network',
  floating_ip: 'Floating IP',
  load_balancer: 'Load balancer',
  firewall_rule: 'Firewall rule',
  ssh_key: 'SSH key',
  token: 'Token',
  backend: 'Backend',
};

export function label(type: ResourceType): string {
  return LABELS[type];
}

export function notFound(type: ResourceType, id: string): Response {
  return apiError(
    404,
    'resource_not_found',
    `${LABELS[type]} '${id}' not found`,
    { resource_type: type, resource_id: id },
  );
}

interface Named {
  id: string;
  name: string;
}

/** The API accepts a resource's name wherever it accepts its id. */
export function findByIdOrName<T extends Named>(
  items: T[],
  key: string,
): T | undefined {
  return (
    items.find((item) => item.id === key) ??
    items.find((item) => item.name === key)
  );
}

export function lookup<T extends Named>(
  items: T[],
  key: string,
  type: ResourceType,
): T {
  return findByIdOrName(items, key) ?? fail(notFound(type, key));
}

/** The request body as an object, or a 400 that says what to send. */
export async function readBody(
  request: Request,
): Promise<Record<string, unknown>> {
  const text = await request.text();
  let body: unknown;
  try {
    body = text.trim() === '' ? {} : JSON.parse(text);
  } catch {
    fail(badRequest('The request body is not valid JSON'));
  }
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    fail(badRequest('Send a JSON object in the request body'));
  }
  return body as Record<string, unknown>;
}
