import {
  queryOptions,
  useMutation,
  useQueryClient,
} from '@tanstack/react-query';
import { api, send, unwrap, unwrapPage } from '../client';
import { queryKeys } from '../keys';
import type { TokenCreate } from '../types';
import { deleteOrLookUp } from '../lost-writes';

const keys = queryKeys.tokens;
const all = 100;

export const tokensQuery = queryOptions({
  queryKey: keys.list({ per_page: all }),
  queryFn: () =>
    unwrapPage(
      api.GET('/account/tokens', { params: { query: { per_page: all } } }),
    ),
});

/**
 * Creates a token. The response holds the secret, so it goes to the caller
 * only: nothing of it is written to the cache, and the list is refetched
 * (it shows the prefix the API keeps).
 */
export function useCreateToken() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: TokenCreate) =>
      unwrap(api.POST('/account/tokens', { body })),
    onSuccess: () => client.invalidateQueries({ queryKey: keys.lists() }),
    // The mutation cache would otherwise hold the response for a while.
    gcTime: 0,
  });
}

export function useRevokeToken() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (id: string) =>
      deleteOrLookUp(
        () =>
          send(
            api.DELETE('/account/tokens/{id}', { params: { path: { id } } }),
          ),
        async () => {
          const tokens = await unwrapPage(
            api.GET('/account/tokens', {
              params: { query: { per_page: all } },
            }),
          );
          return tokens.items.find((token) => token.id === id) ?? null;
        },
      ),
    onSuccess: () => client.invalidateQueries({ queryKey: keys.lists() }),
  });
}
