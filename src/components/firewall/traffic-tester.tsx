import { useId, useState } from 'react';
import type { FirewallRule } from '../../api/types';
import { parseAddress } from '../../lib/validation/cidr';
import {
  evaluateTraffic,
  type FirewallDirection,
  type FirewallProtocol,
} from '../../lib/validation/firewall';
import { parsePortText } from '../../lib/validation/ports';
import { controlClass } from '../control-class';
import { describeRule } from './rule-format';

interface Probe {
  direction: FirewallDirection;
  protocol: FirewallProtocol;
  address: string;
  port: string;
}

const initial: Probe = {
  direction: 'inbound',
  protocol: 'tcp',
  address: '',
  port: '',
};

/** Why the probe cannot be judged yet, or undefined when it can. */
function probeProblem(probe: Probe): string | undefined {
  if (probe.address === '') return 'Enter an address to test.';
  if (!parseAddress(probe.address)) {
    return `'${probe.address}' is not an IPv4 or IPv6 address.`;
  }
  if (probe.protocol === 'icmp') return undefined;
  const port = parsePortText(probe.port);
  if (port.error !== undefined) return `${port.error}.`;
  if (port.range.from !== port.range.to) return 'Test one port at a time.';
  return undefined;
}

function verdictText(rules: FirewallRule[], probe: Probe): string {
  const problem = probeProblem(probe);
  if (problem) return problem;
  const port = probe.protocol === 'icmp' ? undefined : Number(probe.port);
  const verdict = evaluateTraffic(rules, { ...probe, port });
  if (verdict.rule) return `Allowed by the rule ${describeRule(verdict.rule)}.`;
  if (verdict.allowed) {
    return 'Allowed: with no outbound rules, all outbound traffic is.';
  }
  return probe.direction === 'inbound'
    ? 'Blocked: no inbound rule allows it.'
    : 'Blocked: outbound rules exist and none allows it.';
}

/**
 * Answers "would this get through?" with the same allow-only rules the
 * cloud applies, naming the rule that lets it.
 */
export function TrafficTester({ rules }: { rules: FirewallRule[] }) {
  const [probe, setProbe] = useState(initial);
  const id = useId();
  const set = (field: keyof Probe) => (value: string) =>
    setProbe((current) => ({ ...current, [field]: value }));
  const peer = probe.direction === 'inbound' ? 'From address' : 'To address';

  return (
    <div className="space-y-3 rounded-lg border border-slate-200 bg-white p-4">
      <div className="grid gap-3 sm:grid-cols-4">
        <Control id={`${id}-d`} label="Direction">
          <select
            id={`${id}-d`}
            className={controlClass}
            value={probe.direction}
            onChange={(e) => set('direction')(e.target.value)}
          >
            <option value="inbound">Inbound</option>
            <option value="outbound">Outbound</option>
          </select>
        </Control>
        <Control id={`${id}-p`} label="Protocol">
          <select
            id={`${id}-p`}
            className={controlClass}
            value={probe.protocol}
            onChange={(e) => set('protocol')(e.target.value)}
          >
            <option value="tcp">TCP</option>
            <option value="udp">UDP</option>
            <option value="icmp">ICMP</option>
          </select>
        </Control>
        <Control id={`${id}-a`} label={peer}>
          <input
            id={`${id}-a`}
            className={`${controlClass} font-mono`}
            value={probe.address}
            autoComplete="off"
            spellCheck={false}
            onChange={(e) => set('address')(e.target.value.trim())}
          />
        </Control>
        <Control id={`${id}-n`} label="Port">
          <input
            id={`${id}-n`}
            className={`${controlClass} font-mono`}
            value={probe.port}
            inputMode="numeric"
            disabled={probe.protocol === 'icmp'}
            onChange={(e) => set('port')(e.target.value.trim())}
          />
        </Control>
      </div>
      <p role="status" aria-live="polite" className="text-sm text-slate-800">
        {verdictText(rules, probe)}
      </p>
    </div>
  );
}

function Control({
  id,
  label,
  children,
}: {
  id: string;
  label: string;
  children: React.ReactNode;
}) {
  return (
    <div>
      <label htmlFor={id} className="block text-sm font-medium text-slate-800">
        {label}
      </label>
      {children}
    </div>
  );
}
