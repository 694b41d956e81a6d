import { checkRule } from '../../lib/validation/firewall';
import { parsePortValue, portValue } from '../../lib/validation/ports';
import { nowIso } from '../clock';
import {
  created,
  fail,
  failIfInvalid,
  lookup,
  noContent,
  notFound,
  ok,
  readBody,
} from '../http';
import { newId } from '../ids';
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

async function addRule({ params, request, state }: RouteContext) {
  const instance = lookup(state.instances, params.id, 'instance');
  const body = await readBody(request);
  failIfInvalid(checkRule(body));
  const rule: FirewallRule = {
    id: newId('rule'),
    instance_id: instance.id,
    direction: body.direction as FirewallRule['direction'],
    protocol: body.protocol as FirewallRule['protocol'],
    source: body.source as string,
    created_at: nowIso(),
  };
  // Stored as the contract writes it: an integer for one port.
  const range = parsePortValue(body.port).range;
  if (range && rule.protocol !== 'icmp') rule.port = portValue(range);
  if (typeof body.description === 'string') {
    rule.description = body.description;
  }
  state.firewallRules.push(rule);
  return created(ruleView(rule));
}

function deleteRule({ params, state }: RouteContext): Response {
  const instance = lookup(state.instances, params.id, 'instance');
  const rule = state.firewallRules.find(
    (r) => r.id === params.rule_id && r.instance_id === instance.id,
  );
  if (!rule) fail(notFound('firewall_rule', params.rule_id));
  state.firewallRules = state.firewallRules.filter((r) => r !== rule);
  return noContent();
}

export const firewallHandlers = [
  route('get', '/instances/:id/firewall/rules', listRules),
  route('post', '/instances/:id/firewall/rules', addRule),
  route('delete', '/instances/:id/firewall/rules/:rule_id', deleteRule),
];
