import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import {
  createMemoryRouter,
  RouterProvider,
  type RouteObject,
} from 'react-router';
import type * as QueryClientModule from '../../api/query-client';
import { signIn } from '../../api/session';
import { instanceRoutes } from './routes';

/*
 * Test support for the instance pages, used only by the *.test.tsx files
 * beside it. Route loaders prefetch into the console's one query client;
 * a test swaps that client for a fresh one of its own (retries off), so the
 * loaders and the components share it as they do in the app:
 *
 *   vi.mock('../../api/query-client', async (original) =>
 *     (await import('./test-render')).withTestQueryClient(await original()),
 *   );
 */
let current: QueryClient | undefined;
let create: (() => QueryClient) | undefined;

export function withTestQueryClient(actual: typeof QueryClientModule) {
  create = () => {
    const client = actual.createQueryClient();
    const defaults = client.getDefaultOptions();
    client.setDefaultOptions({
      ...defaults,
      queries: { ...defaults.queries, retry: false },
    });
    return client;
  };
  return {
    ...actual,
    get queryClient() {
      current ??= create?.();
      return current;
    },
  };
}

/** The instance routes as the app declares them, with a stand-in list. */
const pages: RouteObject[] = [
  { path: 'instances', element: <h1>Instances list</h1> },
  ...instanceRoutes.filter((route) => route.path === 'instances/:instanceId'),
];

// The first page's code loads before anything renders.
const routes: RouteObject[] = [
  { path: '/', HydrateFallback: () => null, children: pages },
];

/** Signs in with `token` and opens `path` with a fresh query client. */
export async function renderRoute(path: string, token: string) {
  // Loading the module runs the test's mock of it, which sets `create`.
  await import('../../api/query-client');
  if (!create) throw new Error('Mock the query client: see above');
  current?.clear();
  current = create();
  signIn(token);
  const client = current;
  const router = createMemoryRouter(routes, { initialEntries: [path] });
  const view = render(
    <QueryClientProvider client={client}>
      <RouterProvider router={router} />
    </QueryClientProvider>,
  );
  await initialized(router);
  return { ...view, router, client };
}

/** The first page's code can take a while to load on a cold test run. */
function initialized(router: ReturnType<typeof createMemoryRouter>) {
  return new Promise<void>((resolve) => {
    if (router.state.initialized) return resolve();
    const stop = router.subscribe((next) => {
      if (!next.initialized) return;
      stop();
      resolve();
    });
  });
}
