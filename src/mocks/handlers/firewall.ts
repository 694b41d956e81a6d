import { lookup, ok } from '../http';
import { route, type RouteContext } from '../pipeline';
import type { FirewallRule } from '../types';

function ruleView(rule: FirewallRule) {
  const { instance_id: _, ...view } = rule;
  return view;
}

// Not paginated: an instance has few rules and the page shows them all.
function listRules({ params, state }: RouteContext): Response {
  const instance = lookup(state.instances, params.id, 'instance');
  const rules = state.firewallRules.filter(
    (rule) => rule.instance_id === instance.id,
  );
  return ok(rules.map(ruleView));
}

export const firewallHandlers = [
  route('get', '/instances/:id/firewall/rules', listRules),
];
