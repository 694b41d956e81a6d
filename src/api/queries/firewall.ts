import { useMutation, useQueryClient } from '@tanstack/react-query';
import { refetchIfStale } from '../cache';
import { api, send, unwrap } from '../client';
import { queryKeys } from '../keys';
import type { FirewallRule, FirewallRuleCreate } from '../types';
import { deleteOrLookUp } from '../lost-writes';

// The rules list is the whole set, not a page: a write's answer is enough
// to keep it right without asking again.

export function useAddFirewallRule(instanceId: string) {
  const client = useQueryClient();
  const key = queryKeys.firewallRules.forInstance(instanceId);
  return useMutation({
    mutationFn: (body: FirewallRuleCreate) =>
      unwrap(
        api.POST('/instances/{id}/firewall/rules', {
          params: { path: { id: instanceId } },
          body,
        }),
      ),
    onSuccess: (rule) =>
      client.setQueryData<FirewallRule[]>(key, (rules) =>
        rules ? [...rules, rule] : undefined,
      ),
    onError: (error) => refetchIfStale(client, error, key),
  });
}

export function useDeleteFirewallRule(instanceId: string) {
  const client = useQueryClient();
  const key = queryKeys.firewallRules.forInstance(instanceId);
  return useMutation({
    mutationFn: (ruleId: string) =>
      deleteOrLookUp(
        () =>
          send(
            api.DELETE('/instances/{id}/firewall/rules/{rule_id}', {
              params: { path: { id: instanceId, rule_id: ruleId } },
            }),
          ),
        async () => {
          const rules = await unwrap(
            api.GET('/instances/{id}/firewall/rules', {
              params: { path: { id: instanceId } },
            }),
          );
          return rules.find((rule) => rule.id === ruleId) ?? null;
        },
      ),
    onSuccess: (_none, ruleId) =>
      client.setQueryData<FirewallRule[]>(key, (rules) =>
        rules?.filter((rule) => rule.id !== ruleId),
      ),
    onError: (error) => refetchIfStale(client, error, key),
  });
}
