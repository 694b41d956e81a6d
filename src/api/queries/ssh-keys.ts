import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, send, unwrap, unwrapPage, type Page } from '../client';
import type { SshKey, SshKeyCreate } from '../types';
import { sshKeysQuery } from './attachments';
import { deleteOrLookUp } from '../lost-writes';

// The account's keys are read by one query (shared with the create-instance
// form); writes here keep it up to date without a refetch.
export { sshKeysQuery };

const listKey = sshKeysQuery.queryKey;

export function useAddSshKey() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: SshKeyCreate) => unwrap(api.POST('/ssh-keys', { body })),
    onSuccess: (key) => {
      client.setQueryData<Page<SshKey>>(listKey, (page) =>
        page ? withKey(page, key) : page,
      );
    },
  });
}

export function useDeleteSshKey() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (id: string) =>
      deleteOrLookUp(
        () => send(api.DELETE('/ssh-keys/{id}', { params: { path: { id } } })),
        async () => {
          const keys = await unwrapPage(
            api.GET('/ssh-keys', { params: { query: { per_page: 100 } } }),
          );
          return keys.items.find((key) => key.id === id) ?? null;
        },
      ),
    onSuccess: (_, id) => {
      client.setQueryData<Page<SshKey>>(listKey, (page) =>
        page ? withoutKey(page, id) : page,
      );
    },
  });
}

function withKey(page: Page<SshKey>, key: SshKey): Page<SshKey> {
  const { pagination } = page;
  return {
    items: [key, ...page.items],
    pagination: { ...pagination, total_count: pagination.total_count + 1 },
  };
}

function withoutKey(page: Page<SshKey>, id: string): Page<SshKey> {
  const { pagination } = page;
  return {
    items: page.items.filter((key) => key.id !== id),
    pagination: { ...pagination, total_count: pagination.total_count - 1 },
  };
}
