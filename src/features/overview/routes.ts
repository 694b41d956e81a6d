import type { RouteObject } from 'react-router';

/** The console's home: the whole account at a glance. */
export const overviewRoutes: RouteObject[] = [
  { index: true, lazy: () => import('./overview-page') },
];

export const overviewNavigation = [{ to: '/', label: 'Overview' }];
