import { createBrowserRouter, redirect, type RouteObject } from 'react-router';
import { getSession } from '../api/session';
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

const pages: RouteObject[] = [
  { index: true, loader: () => redirect('/instances'), Component: () => null },
  {
    path: 'instances',
    lazy: () => import('../features/instances/list-page'),
  },
  {
    path: 'instances/new',
    lazy: () => import('../features/instances/create-page'),
  },
  {
    path: 'instances/:instanceId',
    lazy: () => import('../features/instances/detail-page'),
    children: [
      {
        index: true,
        lazy: () => import('../features/instances/overview-tab'),
      },
      {
        path: 'networking',
        lazy: () => import('../features/instances/networking-tab'),
      },
      {
        path: 'storage',
        lazy: () => import('../features/instances/storage-tab'),
      },
      {
        path: 'firewall',
        lazy: () => import('../features/instances/firewall-tab'),
      },
      {
        path: 'settings',
        lazy: () => import('../features/instances/settings-tab'),
      },
    ],
  },
  { path: '*', Component: NotFoundPage },
];

/** Each page is its own chunk: a route's code loads when it is visited. */
const createRouter = () =>
  createBrowserRouter([
    {
      path: '/sign-in',
      lazy: () => import('../features/auth/sign-in-page'),
    },
    {
      path: '/',
      loader: requireSession,
      Component: Shell,
      ErrorBoundary: RouteError,
      children: [
        {
          // Errors below keep the shell (navigation, sign-out) on screen.
          ErrorBoundary: RouteError,
          children: pages,
        },
      ],
    },
  ]);

let router: ReturnType<typeof createRouter> | undefined;

/**
 * Made on first use, not at import: creating it starts the first
 * navigation, whose loaders must not run before the mock cloud is up.
 */
export function getRouter() {
  router ??= createRouter();
  return router;
}
