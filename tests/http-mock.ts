import { http, passthrough } from 'msw';
import { request, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, beforeEach } from 'vitest';
import { createMockServer } from '../scripts/mock-http';
import { server as inProcessMock } from '../src/mocks/node';
import { DEMO_TOKEN } from '../src/mocks/seed';

/*
 * The mock cloud over real HTTP, as curl and a live build see it: the
 * server of scripts/mock-server.ts on a port of the test's own.
 */

// Bodies are read deep; typing each one would only add noise.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Json = any;

export interface Reply {
  status: number;
  headers: IncomingHttpHeaders;
  body: Json;
}

export interface SendOptions {
  body?: unknown;
  /** null sends no Authorization header. */
  token?: string | null;
  headers?: Record<string, string>;
}

export type Send = (
  method: string,
  path: string,
  options?: SendOptions,
) => Promise<Reply>;

/** Starts the HTTP mock for the tests of one file; returns its client. */
export function useHttpMock(): Send {
  let httpServer: Server;
  let port: number;

  beforeAll(async () => {
    httpServer = createMockServer();
    await new Promise<void>((resolve) =>
      httpServer.listen(0, '127.0.0.1', resolve),
    );
    port = (httpServer.address() as AddressInfo).port;
  });

  afterAll(
    () => new Promise<void>((resolve) => httpServer.close(() => resolve())),
  );

  beforeEach(() => {
    // The in-process mock would answer any /v1 address itself; these
    // requests must reach the HTTP server instead.
    inProcessMock.use(
      http.all(/^http:\/\/127\.0\.0\.1:\d+\//, () => passthrough()),
    );
  });

  return (method, path, { body, token = DEMO_TOKEN, headers = {} } = {}) => {
    const sent: Record<string, string> = { ...headers };
    if (token !== null) sent.Authorization = `Bearer ${token}`;
    if (body !== undefined) sent['Content-Type'] = 'application/json';
    return new Promise((resolve, reject) => {
      const outgoing = request(
        { host: '127.0.0.1', port, method, path, headers: sent },
        (response) => {
          const chunks: Buffer[] = [];
          response.on('data', (chunk: Buffer) => chunks.push(chunk));
          response.on('end', () => {
            const text = Buffer.concat(chunks).toString();
            resolve({
              status: response.statusCode ?? 0,
              headers: response.headers,
              body: text ? JSON.parse(text) : undefined,
            });
          });
        },
      );
      outgoing.on('error', reject);
      outgoing.end(body === undefined ? undefined : JSON.stringify(body));
    });
  };
}
