import type { RouteObject } from 'react-router';

/** The block storage area: volumes, their pages, and snapshots. */
export const storageRoutes: RouteObject[] = [
  { path: 'volumes', lazy: () => import('./volumes-list-page') },
  { path: 'volumes/new', lazy: () => import('./create-volume-page') },
  { path: 'volumes/:volumeId', lazy: () => import('./volume-detail-page') },
  { path: 'snapshots', lazy: () => import('./snapshots-list-page') },
];

export const storageNavigation = [
  { to: '/volumes', label: 'Volumes' },
  { to: '/snapshots', label: 'Snapshots' },
];
