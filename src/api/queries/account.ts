import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../client';
import { queryKeys } from '../keys';

/** The token making the requests: its scopes decide which controls work. */
export const currentTokenQuery = queryOptions({
  queryKey: queryKeys.currentToken,
  queryFn: () => unwrap(api.GET('/account/tokens/current')),
  staleTime: Infinity,
});

export const accountQuery = queryOptions({
  queryKey: queryKeys.account,
  queryFn: () => unwrap(api.GET('/account')),
  staleTime: 5 * 60_000,
});

export interface WriteAccess {
  /** Still learning the token's scopes. */
  pending: boolean;
  canWrite: boolean;
  /** Why writes are disabled, to show beside the control. */
  reason: string | null;
}

export const readOnlyReason =
  'This API token is read-only. Sign in with a token that has the write scope to make changes.';

/** Whether the current token may write; controls use it to explain why not. */
export function useWriteAccess(): WriteAccess {
  const { data, isPending } = useQuery(currentTokenQuery);
  if (isPending) return { pending: true, canWrite: false, reason: null };
  const canWrite = data?.scopes.includes('write') ?? true;
  return {
    pending: false,
    canWrite,
    reason: canWrite ? null : readOnlyReason,
  };
}
