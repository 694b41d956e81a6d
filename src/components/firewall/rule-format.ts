import type { FirewallRule } from '../../api/types';

/** A rule's port: "443", "8000–8100", or a dash for icmp, which has none. */
export function formatRulePort(rule: Pick<FirewallRule, 'port' | 'protocol'>) {
  if (rule.port === undefined) return rule.protocol === 'icmp' ? '—' : 'All';
  return String(rule.port).replace('-', '–');
}

/** The rule in words, for labels and confirmations. */
export function describeRule(rule: FirewallRule) {
  const peer = rule.direction === 'inbound' ? 'from' : 'to';
  const port = rule.protocol === 'icmp' ? '' : ` port ${rule.port ?? ''}`;
  return `${rule.direction} ${rule.protocol}${port} ${peer} ${rule.source}`;
}
