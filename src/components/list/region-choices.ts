import { useQuery } from '@tanstack/react-query';
import { queryClient } from '../../api/query-client';
import { regionsQuery } from '../../api/queries/reference';
import type { Region } from '../../api/types';
import {
  readListParams,
  useListParams,
  type ListParamsOptions,
} from './use-list-params';

type Options<Filter extends string> = ListParamsOptions<Filter | 'region'>;

/**
 * A list's options with the account's regions as its region filter's
 * choices, once they are known. A region from a mistyped or stale link
 * matches nothing: it is left out of the request and reported instead.
 */
function withRegions<Filter extends string>(
  options: Options<Filter>,
  regions: readonly Region[] | undefined,
): Options<Filter> {
  if (!regions) return options;
  const region = regions.map(({ id }) => id);
  const choices = { ...options.choices, region } as Options<Filter>['choices'];
  return { ...options, choices };
}

/** `readListParams` for a route's loader, with the regions cached so far. */
export function readRegionListParams<Filter extends string>(
  search: URLSearchParams,
  options: Options<Filter>,
) {
  const regions = queryClient.getQueryData(regionsQuery.queryKey);
  return readListParams(search, withRegions(options, regions));
}

/** `useListParams` for a list filtered by region, among others. */
export function useRegionListParams<const Filter extends string>(
  options: Options<Filter>,
) {
  const regions = useQuery(regionsQuery).data;
  return useListParams(withRegions(options, regions));
}
