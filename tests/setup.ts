import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterAll, afterEach, beforeAll, beforeEach, expect } from 'vitest';
import { reset } from '../src/mocks/control';
import { server } from '../src/mocks/node';
import { checkResponse } from './contract';
import { takeContractSkip } from './contract-guard';

// A busy machine (CI on two cores) can take over a second to draw a page
// that waits on several answers; findBy* and waitFor wait up to five.
configure({ asyncUtilTimeout: 5_000 });

/**
 * Every response the mock cloud gives in a unit test is checked against
 * openapi.yaml, so the contract and the mock cannot drift apart.
 */
const pendingChecks: Promise<string[]>[] = [];

async function check(request: Request, response: Response) {
  const text = await response.clone().text();
  let body: unknown = undefined;
  if (text) {
    try {
      body = JSON.parse(text);
    } catch {
      return [`${request.method} ${request.url}: body is not JSON`];
    }
  }
  return checkResponse({
    method: request.method,
    url: request.url,
    status: response.status,
    headers: response.headers,
    body,
  });
}

server.events.on('response:mocked', ({ request, response }) => {
  // A dropped connection has no response to check.
  if (response.type === 'error') return;
  if (!new URL(request.url).pathname.startsWith('/v1/')) return;
  pendingChecks.push(check(request, response));
});

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));

beforeEach(() => {
  sessionStorage.clear();
  return reset();
});

afterEach(async () => {
  cleanup();
  server.resetHandlers();
  const violations = (await Promise.all(pendingChecks.splice(0))).flat();
  if (takeContractSkip()) return;
  expect(violations, 'responses that break openapi.yaml').toEqual([]);
});

afterAll(() => server.close());
