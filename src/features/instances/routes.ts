import type { RouteObject } from 'react-router';

/** The instances area: list, create, and each instance's tabbed page. */
export const instanceRoutes: RouteObject[] = [
  { path: 'instances', lazy: () => import('./list-page') },
  { path: 'instances/new', lazy: () => import('./create-page') },
  {
    path: 'instances/:instanceId',
    lazy: () => import('./detail-page'),
    children: [
      { index: true, lazy: () => import('./overview-tab') },
      { path: 'networking', lazy: () => import('./networking-tab') },
      { path: 'storage', lazy: () => import('./storage-tab') },
      { path: 'firewall', lazy: () => import('./firewall-tab') },
      { path: 'settings', lazy: () => import('./settings-tab') },
    ],
  },
];

export const instanceNavigation = [{ to: '/instances', label: 'Instances' }];
