/**
 * Checks HTTP responses against the API contract in openapi.yaml, so that
 * tests can prove the mock cloud answers exactly as the live API would.
 *
 * The document is read and compiled once per process; each response schema
 * is compiled the first time it is needed and then reused.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ErrorObject, ValidateFunction } from 'ajv';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { parse } from 'yaml';

export interface ResponseSample {
  method: string;
  /** Absolute or relative; everything up to and including `/v1` is ignored. */
  url: string;
  status: number;
  /** The parsed JSON body, raw text, or undefined/null/'' for no body. */
  body: unknown;
  /** When given, the headers the contract requires are checked too. */
  headers?: Headers | Record<string, string>;
}

interface HeaderObject {
  $ref?: string;
  required?: boolean;
  schema?: { type?: string; const?: string };
}

interface ResponseObject {
  $ref?: string;
  headers?: Record<string, HeaderObject>;
  content?: Record<string, { schema?: unknown }>;
}

interface Operation {
  operationId?: string;
  responses?: Record<string, ResponseObject>;
}

interface Document {
  paths: Record<string, Record<string, Operation>>;
}

interface Route {
  template: string;
  segments: string[];
  operations: Record<string, Operation>;
}

const DOC_ID = 'openapi.yaml';
const METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch'];

// A path rather than a URL object: under happy-dom the global URL is not
// Node's, and readFileSync rejects it.
const here = dirname(fileURLToPath(import.meta.url));
const doc = parse(
  readFileSync(join(here, '..', 'openapi.yaml'), 'utf8'),
) as Document;

const ajv = new Ajv2020({ allErrors: true, allowUnionTypes: true });
addFormats(ajv);
// The whole document is registered so that response schemas can be
// compiled in place and their `#/components/...` refs resolve. Ajv compiles
// the document's root as a schema too, so the OpenAPI top-level fields are
// declared as keywords that validate nothing.
ajv.addVocabulary([
  'x-extension',
  ...['openapi', 'info', 'servers', 'security', 'tags'],
  ...['paths', 'components'],
]);
ajv.addSchema(doc as object, DOC_ID);

const routes: Route[] = Object.entries(doc.paths).map(([template, item]) => ({
  template,
  segments: template.split('/').filter(Boolean),
  operations: item,
}));

const validators = new Map<string, ValidateFunction>();

function pointer(parts: string[]): string {
  return parts
    .map((p) => p.replace(/~/g, '~0').replace(/\//g, '~1'))
    .map(encodeURIComponent)
    .join('/');
}

/** Follows a local `$ref` (`#/components/...`) inside the document. */
function resolve<T extends { $ref?: string }>(node: T): T {
  let current = node;
  while (current.$ref) {
    const parts = current.$ref.replace(/^#\//, '').split('/');
    let target: unknown = doc;
    for (const raw of parts) {
      const key = raw.replace(/~1/g, '/').replace(/~0/g, '~');
      target = (target as Record<string, unknown> | undefined)?.[key];
    }
    if (!target)
      throw new Error(`openapi.yaml: cannot resolve ${current.$ref}`);
    current = target as T;
  }
  return current;
}

function apiPath(url: string): string {
  const { pathname } = new URL(url, 'http://localhost');
  const match = /\/v1(?=\/|$)/.exec(pathname);
  const path = match ? pathname.slice(match.index + 3) : pathname;
  return path.replace(/\/+$/, '') || '/';
}

/**
 * Templates that match the path, most specific first: a literal segment
 * beats a parameter at the same position, so `/account/tokens/current`
 * wins over `/account/tokens/{id}`.
 */
function matchingRoutes(path: string): Route[] {
  const segments = path.split('/').filter(Boolean);
  const isParam = (s: string) => s.startsWith('{');
  return routes
    .filter(
      (route) =>
        route.segments.length === segments.length &&
        route.segments.every((s, i) => isParam(s) || s === segments[i]),
    )
    .sort((a, b) => {
      for (let i = 0; i < a.segments.length; i++) {
        const diff = Number(isParam(a.segments[i]!));
        const other = Number(isParam(b.segments[i]!));
        if (diff !== other) return diff - other;
      }
      return 0;
    });
}

function statusKey(
  responses: Record<string, ResponseObject>,
  status: number,
): string | undefined {
  const candidates = [String(status), `${Math.floor(status / 100)}XX`];
  return [...candidates, 'default'].find((key) => key in responses);
}

function isEmpty(body: unknown): boolean {
  return body === undefined || body === null || body === '';
}

function describeError(error: ErrorObject): string {
  const where = `body${error.instancePath}`;
  const params = error.params as Record<string, unknown>;
  if (error.keyword === 'additionalProperties') {
    return `${where} has unexpected property "${String(params.additionalProperty)}"`;
  }
  if (error.keyword === 'enum') {
    return `${where} must be one of ${JSON.stringify(params.allowedValues)}`;
  }
  if (error.keyword === 'const') {
    return `${where} must be ${JSON.stringify(params.allowedValue)}`;
  }
  return `${where} ${error.message ?? 'is invalid'}`;
}

function validatorFor(
  template: string,
  method: string,
  key: string,
): ValidateFunction {
  const base = ['paths', template, method, 'responses', key];
  const response = doc.paths[template]![method]!.responses![key]!;
  // A shared response is compiled once, at its own location in the
  // document, where its schema's refs resolve.
  const location = response.$ref ? response.$ref.slice(1) : `/${pointer(base)}`;
  const ref = `${DOC_ID}#${location}/content/application~1json/schema`;
  let validate = validators.get(ref);
  if (!validate) {
    validate = ajv.compile({ $ref: ref });
    validators.set(ref, validate);
  }
  return validate;
}

function headerValue(
  headers: Headers | Record<string, string>,
  name: string,
): string | null {
  if (headers instanceof Headers) return headers.get(name);
  const found = Object.keys(headers).find(
    (key) => key.toLowerCase() === name.toLowerCase(),
  );
  return found === undefined ? null : (headers[found] ?? null);
}

function checkHeaders(
  response: ResponseObject,
  headers: Headers | Record<string, string>,
  label: string,
): string[] {
  const violations: string[] = [];
  for (const [name, declared] of Object.entries(response.headers ?? {})) {
    const header = resolve(declared);
    const value = headerValue(headers, name);
    if (value === null) {
      if (header.required) violations.push(`${label}: missing header ${name}`);
      continue;
    }
    const schema = header.schema ?? {};
    if (schema.type === 'integer' && !/^\d+$/.test(value)) {
      violations.push(`${label}: header ${name} is not an integer: ${value}`);
    }
    if (schema.const !== undefined && value !== schema.const) {
      violations.push(`${label}: header ${name} must be ${schema.const}`);
    }
  }
  return violations;
}

/**
 * Returns what is wrong with a response according to openapi.yaml, as
 * readable sentences; an empty list means it conforms.
 */
export function checkResponse(sample: ResponseSample): string[] {
  const method = sample.method.toLowerCase();
  const path = apiPath(sample.url);
  const label = `${method.toUpperCase()} ${path} → ${sample.status}`;

  const candidates = matchingRoutes(path);
  if (candidates.length === 0) return [`${label}: no such path in the API`];
  const route = candidates.find(
    (r) => METHODS.includes(method) && r.operations[method],
  );
  if (!route) {
    return [
      `${label}: ${candidates[0]!.template} has no ${method.toUpperCase()}`,
    ];
  }

  const operation = route.operations[method]!;
  const responses = operation.responses ?? {};
  const key = statusKey(responses, sample.status);
  const name = operation.operationId ?? `${method} ${route.template}`;
  if (!key) return [`${label}: ${name} does not answer ${sample.status}`];

  const response = resolve(responses[key]!);
  const violations = sample.headers
    ? checkHeaders(response, sample.headers, label)
    : [];
  const schema = response.content?.['application/json']?.schema;

  if (sample.status === 204 || !schema) {
    if (!isEmpty(sample.body)) violations.push(`${label}: must have no body`);
    return violations;
  }
  if (isEmpty(sample.body)) {
    return [...violations, `${label}: expected a JSON body, got none`];
  }

  let body = sample.body;
  if (typeof body === 'string') {
    try {
      body = JSON.parse(body) as unknown;
    } catch {
      return [...violations, `${label}: body is not JSON`];
    }
  }

  const validate = validatorFor(route.template, method, key);
  if (!validate(body)) {
    const messages = (validate.errors ?? []).map(describeError);
    for (const message of new Set(messages)) {
      violations.push(`${label} (${name}): ${message}`);
    }
  }
  return violations;
}
