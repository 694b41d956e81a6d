import { createBrowserRouter, redirect, type RouteObject } from 'react-router';
import { getSession } from '../api/session';
import { instanceRoutes } from '../features/instances/routes';
import { overviewRoutes } from '../features/overview/routes';
import { billingRoutes } from '../features/billing/routes';
import { accountRoutes } from '../features/account/routes';
import { storageRoutes } from '../features/storage/routes';
import { loadBalancerRoutes } from '../features/load-balancers/routes';
import { networkingRoutes } from '../features/networking/routes';
import { HydrateFallback } from './hydrate-fallback';
import { NotFoundPage } from './not-found-page';
import { RouteError } from './route-error';
import { Shell } from './shell';

function requireSession({ request }: { request: Request }) {
  if (getSession().status !== 'signed-out') return null;
  const { pathname, search } = new URL(request.url);
  const next =
    pathname === '/' ? '' : `?next=${encodeURIComponent(pathname + search)}`;
  return redirect(`/sign-in${next}`);
}

// Each area lists its own routes; every page in them loads as its own chunk.
const pages: RouteObject[] = [
  ...overviewRoutes,
  ...instanceRoutes,
  ...storageRoutes,
  ...networkingRoutes,
  ...loadBalancerRoutes,
  ...billingRoutes,
  ...accountRoutes,
  { path: '*', Component: NotFoundPage },
];

// Both top routes wait for something on the first load (the session check,
// the sign-in page's code): the fallback fills the screen meanwhile.
export const routes: RouteObject[] = [
  {
    path: '/sign-in',
    lazy: () => import('../features/auth/sign-in-page'),
    HydrateFallback,
  },
  {
    path: '/',
    loader: requireSession,
    Component: Shell,
    ErrorBoundary: RouteError,
    HydrateFallback,
    children: [
      {
        // Errors below keep the shell (navigation, sign-out) on screen.
        ErrorBoundary: RouteError,
        children: pages,
      },
    ],
  },
];

const createRouter = () => createBrowserRouter(routes);

let router: ReturnType<typeof createRouter> | undefined;

/**
 * Made on first use, not at import: creating it starts the first
 * navigation, whose loaders must not run before the mock cloud is up.
 */
export function getRouter() {
  router ??= createRouter();
  return router;
}
