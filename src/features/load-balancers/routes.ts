import type { RouteObject } from 'react-router';

/** The load balancers area: list, create, and each balancer's page. */
export const loadBalancerRoutes: RouteObject[] = [
  { path: 'load-balancers', lazy: () => import('./list-page') },
  { path: 'load-balancers/new', lazy: () => import('./create-page') },
  {
    path: 'load-balancers/:loadBalancerId',
    lazy: () => import('./detail-page'),
  },
];

export const loadBalancerNavigation = [
  { to: '/load-balancers', label: 'Load balancers' },
];
