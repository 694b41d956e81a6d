import { queryOptions } from '@tanstack/react-query';
import { api, unwrap } from '../client';
import { queryKeys } from '../keys';

export interface UsageRange {
  /** First day, YYYY-MM-DD (UTC). */
  start_date: string;
  /** Last day, included, YYYY-MM-DD (UTC). */
  end_date: string;
}

/** Usage and cost for a range of whole UTC days. */
export const usageQuery = (range: UsageRange) =>
  queryOptions({
    queryKey: queryKeys.usage(range),
    queryFn: () =>
      unwrap(api.GET('/account/usage', { params: { query: range } })),
    staleTime: 60_000,
  });
