import type { RouteObject } from 'react-router';

/** Billing: the usage dashboard, its own chunk (with the charts). */
export const billingRoutes: RouteObject[] = [
  { path: 'billing', lazy: () => import('./usage-page') },
];

export const billingNavigation = [{ to: '/billing', label: 'Billing' }];
