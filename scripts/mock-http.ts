/**
 * The mock cloud as a Node HTTP server: the same handlers as the browser
 * and the unit tests, behind plain HTTP with CORS and a /__mock control
 * endpoint. scripts/mock-server.ts starts it on loopback; tests start it
 * on a port of their own.
 */
import {
  createServer,
  type IncomingMessage,
  type Server,
  type ServerResponse,
} from 'node:http';
import { getResponse } from 'msw';
import {
  advanceClock,
  clearFaults,
  listFaults,
  reset,
  setBudget,
  setFault,
  type Fault,
} from '../src/mocks/control';
import { handlers } from '../src/mocks/handlers';

const HOST = '127.0.0.1';

const CORS: Record<string, string> = {
  'Access-Control-Allow-Origin': '*',
  'Access-Control-Allow-Methods': 'GET, POST, PUT, PATCH, DELETE, OPTIONS',
  'Access-Control-Allow-Headers': 'Authorization, Content-Type',
  'Access-Control-Expose-Headers':
    'X-RateLimit-Limit, X-RateLimit-Remaining, X-RateLimit-Reset, Date, ' +
    'X-Request-Id',
  'Access-Control-Max-Age': '600',
};

const FAULT_TYPES = [
  'latency',
  'error',
  'outage',
  'rate_limit',
  'unauthorized',
  'drop',
  'reject',
  'snapshot_failure',
];

async function readBody(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

function toRequest(req: IncomingMessage, body: Buffer): Request {
  const headers = new Headers();
  for (const [name, value] of Object.entries(req.headers)) {
    if (value === undefined) continue;
    headers.set(name, Array.isArray(value) ? value.join(', ') : value);
  }
  const method = req.method ?? 'GET';
  const hasBody = !['GET', 'HEAD'].includes(method) && body.length > 0;
  return new Request(`http://${req.headers.host ?? HOST}${req.url ?? '/'}`, {
    method,
    headers,
    body: hasBody ? new Uint8Array(body) : undefined,
  });
}

async function send(res: ServerResponse, response: Response): Promise<void> {
  const headers: Record<string, string> = { ...CORS };
  response.headers.forEach((value, name) => {
    if (name !== 'content-length') headers[name] = value;
  });
  res.writeHead(response.status, headers);
  res.end(Buffer.from(await response.arrayBuffer()));
}

function json(status: number, body?: unknown): Response {
  return body === undefined
    ? new Response(null, { status })
    : Response.json(body, { status });
}

function parse(body: Buffer): Record<string, unknown> | undefined {
  try {
    const value: unknown = JSON.parse(body.toString() || '{}');
    return typeof value === 'object' && value !== null
      ? (value as Record<string, unknown>)
      : undefined;
  } catch {
    return undefined;
  }
}

/** The /__mock control endpoint: the control surface over HTTP. */
function controlMock(method: string, path: string, body: Buffer): Response {
  const input = parse(body);
  if (!input) return json(400, { error: 'Send a JSON object' });
  const route = `${method} ${path}`;
  if (route === 'POST /__mock/reset') {
    reset();
    return json(204);
  }
  if (route === 'POST /__mock/clock') {
    if (typeof input.advance_ms !== 'number' || input.advance_ms < 0) {
      return json(400, { error: 'Send {"advance_ms": <ms, 0 or more>}' });
    }
    advanceClock(input.advance_ms);
    return json(204);
  }
  if (route === 'POST /__mock/budget') {
    if (typeof input.remaining !== 'number') {
      return json(400, { error: 'Send {"remaining": <requests>}' });
    }
    setBudget(input.remaining);
    return json(204);
  }
  if (route === 'GET /__mock/faults') return json(200, listFaults());
  if (route === 'POST /__mock/faults') {
    if (!FAULT_TYPES.includes(input.type as string)) {
      return json(400, { error: `type is one of ${FAULT_TYPES.join(', ')}` });
    }
    setFault(input as unknown as Fault);
    return json(200, listFaults());
  }
  if (route === 'DELETE /__mock/faults') {
    clearFaults();
    return json(204);
  }
  return json(404, { error: `No control endpoint ${route}` });
}

async function handle(req: IncomingMessage, res: ServerResponse) {
  // The mock's own clock writes the Date header, not the server's.
  res.sendDate = false;
  const method = req.method ?? 'GET';
  const path = new URL(req.url ?? '/', 'http://mock').pathname;
  if (method === 'OPTIONS') return send(res, json(204));
  const body = await readBody(req);
  if (path.startsWith('/__mock/')) {
    return send(res, controlMock(method, path, body));
  }
  const response = await getResponse(handlers, toRequest(req, body));
  if (!response) {
    return send(res, json(404, { error: `Nothing at ${path}; try /v1` }));
  }
  // A dropped-connection fault: end the socket without an answer.
  if (response.type === 'error') return void req.socket.destroy();
  return send(res, response);
}

/** A server answering as the mock cloud; the caller makes it listen. */
export function createMockServer(): Server {
  return createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      console.error('Mock server: request failed', error);
      if (!res.headersSent) res.writeHead(500, CORS);
      res.end();
    });
  });
}
