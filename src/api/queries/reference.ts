import { queryOptions } from '@tanstack/react-query';
import { api, unwrap, unwrapPage } from '../client';
import { queryKeys } from '../keys';

/**
 * Regions, plans, images and prices change rarely: fetched once a session
 * and kept, never refetched behind the user's back.
 */
const once = { staleTime: Infinity, gcTime: Infinity } as const;
const all = { params: { query: { per_page: 100 } } };

export const regionsQuery = queryOptions({
  queryKey: queryKeys.regions,
  queryFn: async () => (await unwrapPage(api.GET('/regions', all))).items,
  ...once,
});

export const plansQuery = queryOptions({
  queryKey: queryKeys.plans,
  queryFn: async () => (await unwrapPage(api.GET('/plans', all))).items,
  ...once,
});

export const imagesQuery = queryOptions({
  queryKey: queryKeys.images,
  queryFn: async () => (await unwrapPage(api.GET('/images', all))).items,
  ...once,
});

export const pricingQuery = queryOptions({
  queryKey: queryKeys.pricing,
  queryFn: () => unwrap(api.GET('/pricing')),
  ...once,
});
