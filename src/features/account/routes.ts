import type { RouteObject } from 'react-router';

/** Account: details, API tokens and SSH keys, each tab its own URL. */
export const accountRoutes: RouteObject[] = [
  {
    path: 'account',
    lazy: () => import('./account-page'),
    children: [
      { index: true, lazy: () => import('./details-tab') },
      { path: 'tokens', lazy: () => import('./tokens-tab') },
      { path: 'ssh-keys', lazy: () => import('./ssh-keys-tab') },
    ],
  },
];

export const accountNavigation = [{ to: '/account', label: 'Account' }];
