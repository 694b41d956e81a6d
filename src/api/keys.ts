/**
 * Every query key comes from here. The first element names the resource, so
 * invalidating `['instances']` or `['instances', 'list']` is exact.
 */
export type ListParams = Record<string, string | number | undefined>;

function resourceKeys<Name extends string>(name: Name) {
  return {
    all: [name] as const,
    lists: () => [name, 'list'] as const,
    list: (params: ListParams = {}) => [name, 'list', params] as const,
    details: () => [name, 'detail'] as const,
    detail: (id: string) => [name, 'detail', id] as const,
  };
}

export const queryKeys = {
  instances: resourceKeys('instances'),
  volumes: resourceKeys('volumes'),
  snapshots: resourceKeys('snapshots'),
  networks: resourceKeys('networks'),
  floatingIps: resourceKeys('floating-ips'),
  loadBalancers: resourceKeys('load-balancers'),
  sshKeys: resourceKeys('ssh-keys'),
  tokens: resourceKeys('tokens'),
  firewallRules: {
    all: ['firewall-rules'] as const,
    forInstance: (instanceId: string) =>
      ['firewall-rules', instanceId] as const,
  },
  regions: ['regions'] as const,
  plans: ['plans'] as const,
  images: ['images'] as const,
  pricing: ['pricing'] as const,
  account: ['account'] as const,
  currentToken: ['current-token'] as const,
  usage: (range: { start_date: string; end_date: string }) =>
    ['usage', range] as const,
};
