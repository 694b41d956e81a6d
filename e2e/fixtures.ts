import AxeBuilder from '@axe-core/playwright';
import {
  test as base,
  expect,
  type Page,
  type Response,
} from '@playwright/test';
import { checkResponse } from '../tests/contract';
import type { Fault, MockControl } from '../src/mocks/control';

export const demoToken = 'fgk_demo_7Kq2xV9mRt4LpW8nZc3Hb6Yd';
export const readOnlyToken = 'fgk_ro_demo_3Fj8Tn2Qw6Lx9Vb4Km7Rs5Pc';

/** A fixed start for the page's clock, so every run sees the same times. */
export const startTime = new Date('2026-11-20T09:00:00Z');

/** The page's window, with the whole control surface of a demo build. */
type DemoWindow = { __fugokuMock: MockControl };

interface ApiRequest {
  method: string;
  /** Path after /v1 with its query, e.g. "/instances?region=lagos-1". */
  path: string;
  /** When the page sent it, by the page's (fake) clock, epoch ms. */
  at: number;
  /** When its answer (or failure) arrived, by the same clock. */
  doneAt?: number;
}

type LoggedWindow = { __apiLog?: ApiRequest[] };

/**
 * Every API request the page sends, logged inside the page by its own
 * clock so that tests can check the waits between retries exactly. The
 * log starts afresh with each page load.
 */
class ApiLog {
  constructor(private readonly page: Page) {}

  static install(page: Page) {
    return page.addInitScript(() => {
      const log: ApiRequest[] = [];
      (window as LoggedWindow).__apiLog = log;
      const send = window.fetch.bind(window);
      window.fetch = (input, init) => {
        // Read the method and address without touching a request's body,
        // which can be read only once.
        const isRequest = input instanceof Request;
        const method = isRequest ? input.method : (init?.method ?? 'GET');
        const url = new URL(
          isRequest ? input.url : String(input),
          location.href,
        );
        const at = url.pathname.indexOf('/v1/');
        if (at === -1) return send(input, init);
        const entry: ApiRequest = {
          method: method.toUpperCase(),
          path: url.pathname.slice(at + 3) + url.search,
          at: Date.now(),
        };
        log.push(entry);
        const done = () => (entry.doneAt = Date.now());
        return send(input, init).finally(done);
      };
    });
  }

  requests(): Promise<ApiRequest[]> {
    return this.page.evaluate(() => (window as LoggedWindow).__apiLog ?? []);
  }

  /** Requests with this method whose path equals or matches `pattern`. */
  async matching(method: string, pattern: RegExp | string) {
    return (await this.requests()).filter(
      (request) =>
        request.method === method &&
        (typeof pattern === 'string'
          ? request.path === pattern
          : pattern.test(request.path)),
    );
  }

  async count(method: string, pattern: RegExp | string) {
    return (await this.matching(method, pattern)).length;
  }

  /** Forgets what was sent so far. */
  clear() {
    return this.page.evaluate(() => {
      (window as LoggedWindow).__apiLog?.splice(0);
    });
  }
}

/** The mock cloud inside the page, driven through its control surface. */
class MockCloud {
  constructor(private readonly page: Page) {}

  reset() {
    return this.page.evaluate(() =>
      (window as unknown as DemoWindow).__fugokuMock.reset(),
    );
  }

  fault(fault: Fault) {
    return this.page.evaluate(
      (f) => (window as unknown as DemoWindow).__fugokuMock.setFault(f),
      fault,
    );
  }

  clearFaults() {
    return this.page.evaluate(() =>
      (window as unknown as DemoWindow).__fugokuMock.clearFaults(),
    );
  }

  setBudget(remaining: number) {
    return this.page.evaluate(
      (n) => (window as unknown as DemoWindow).__fugokuMock.setBudget(n),
      remaining,
    );
  }

  /**
   * A request made behind the console's back, as a script holding the
   * token would: the console only learns of it from its next answer.
   */
  request(method: string, path: string, body?: object, token = demoToken) {
    return this.page.evaluate(
      async ({ method, path, body, token }) => {
        const response = await fetch(`/v1${path}`, {
          method,
          headers: {
            Authorization: `Bearer ${token}`,
            'Content-Type': 'application/json',
          },
          body: body ? JSON.stringify(body) : undefined,
        });
        const text = await response.text();
        return {
          status: response.status,
          body: text ? JSON.parse(text) : null,
        };
      },
      { method, path, body, token },
    );
  }

  /** The mock's account, read from inside the page. */
  state() {
    return this.page.evaluate(() =>
      (window as unknown as DemoWindow).__fugokuMock.state(),
    );
  }
}

/**
 * Moves the page's clock forward a second at a time. One long jump fires
 * the timers that are due but leaves no room between them for the answers
 * to the requests they send; short steps let each poll see its answer
 * before the next one is due, as in real time.
 */
class Clock {
  constructor(private readonly page: Page) {}

  async advance(ms: number, step = 1000) {
    for (let moved = 0; moved < ms; moved += step) {
      await this.page.clock.runFor(Math.min(step, ms - moved));
      await this.page.evaluate(() => undefined);
    }
  }
}

/**
 * Misleads the console into thinking a read-only token may write, as a
 * page drawn before the token's scopes changed would: its write controls
 * stay enabled, and only the API can still refuse.
 */
export function claimWriteScope(page: Page) {
  return page.addInitScript(() => {
    const send = window.fetch.bind(window);
    window.fetch = async (input, init) => {
      const url = input instanceof Request ? input.url : String(input);
      if (!url.endsWith('/v1/account/tokens/current')) {
        return send(input, init);
      }
      const body = {
        data: {
          id: 'tok-ro8c3v5n1x',
          name: 'ci-readonly',
          scopes: ['read', 'write'],
          expires_at: null,
        },
        meta: { request_id: 'req-forced000001' },
      };
      return new Response(JSON.stringify(body), {
        headers: { 'Content-Type': 'application/json' },
      });
    };
  });
}

interface Fixtures {
  clock: Clock;
  api: ApiLog;
  mock: MockCloud;
  /** Starts the page signed in with the demo token (or another). */
  signIn: (token?: string) => Promise<void>;
  /** Fails the test when axe finds accessibility violations. */
  expectAccessible: (label?: string) => Promise<void>;
}

/** What an API answer the page received breaks of openapi.yaml. */
async function contractViolations(response: Response): Promise<string[]> {
  const request = response.request();
  // An answer whose page has gone may no longer have its body.
  const text = await response.text().catch(() => null);
  if (text === null) return [];
  let body: unknown = undefined;
  if (text) {
    try {
      body = JSON.parse(text);
    } catch {
      return [`${request.method()} ${response.url()}: body is not JSON`];
    }
  }
  return checkResponse({
    method: request.method(),
    url: response.url(),
    status: response.status(),
    headers: response.headers(),
    body,
  });
}

export const test = base.extend<Fixtures>({
  page: async ({ page }, use) => {
    // The page's clock drives the console and the mock alike; tests move
    // it instead of waiting.
    await page.clock.install({ time: startTime });
    // Every API answer the page gets, the mock's in the page or the HTTP
    // mock's, is held to the contract, as in the unit tests.
    const checks: Promise<string[]>[] = [];
    page.on('response', (response) => {
      if (new URL(response.url()).pathname.includes('/v1/')) {
        checks.push(contractViolations(response));
      }
    });
    await use(page);
    const violations = (await Promise.all(checks)).flat();
    expect(violations, 'answers that break openapi.yaml').toEqual([]);
  },
  clock: async ({ page }, use) => {
    await use(new Clock(page));
  },
  api: async ({ page }, use) => {
    await ApiLog.install(page);
    await use(new ApiLog(page));
  },
  mock: async ({ page }, use) => {
    await use(new MockCloud(page));
  },
  signIn: async ({ page }, use) => {
    await use(async (token = demoToken) => {
      await page.addInitScript((value) => {
        sessionStorage.setItem('fugoku.session', value);
      }, token);
    });
  },
  expectAccessible: async ({ page }, use) => {
    await use(async (label) => {
      // A page's code loads on demand: scan it once it has drawn, not the
      // moment its address changes. CSS selectors, so that an open dialog
      // (which hides the page from the accessibility tree) still counts.
      await expect(page.locator('main h1').first()).toBeVisible();
      const results = await new AxeBuilder({ page })
        .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'])
        .analyze();
      const summary = results.violations.map(
        (violation) =>
          `${violation.id}: ${violation.help} (${violation.nodes
            .map((node) => node.target.join(' '))
            .join(', ')})`,
      );
      expect(summary, `accessibility of ${label ?? page.url()}`).toEqual([]);
    });
  },
});

export { expect };
