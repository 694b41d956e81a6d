import type { RouteObject } from 'react-router';

/** Private networks, floating IPs and firewalls: each page its own chunk. */
export const networkingRoutes: RouteObject[] = [
  { path: 'networks', lazy: () => import('./networks-page') },
  { path: 'networks/new', lazy: () => import('./create-network-page') },
  { path: 'networks/:networkId', lazy: () => import('./network-page') },
  { path: 'floating-ips', lazy: () => import('./floating-ips-page') },
  { path: 'firewalls', lazy: () => import('./firewalls-page') },
];

export const networkingNavigation = [
  { to: '/networks', label: 'Networks' },
  { to: '/floating-ips', label: 'Floating IPs' },
  { to: '/firewalls', label: 'Firewalls' },
];
