import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { FirewallRule } from '../../api/types';
import { TrafficTester } from './traffic-tester';

const rule = (
  id: string,
  fields: Pick<FirewallRule, 'direction' | 'protocol' | 'source'> &
    Partial<FirewallRule>,
): FirewallRule => ({ id, created_at: '2025-01-01T00:00:00Z', ...fields });

const web = rule('rule-web', {
  direction: 'inbound',
  protocol: 'tcp',
  port: 443,
  source: '::/0',
});
const office = rule('rule-ssh', {
  direction: 'inbound',
  protocol: 'tcp',
  port: '20-30',
  source: '198.51.100.0/24',
});
const dns = rule('rule-dns', {
  direction: 'outbound',
  protocol: 'udp',
  port: 53,
  source: '192.0.2.53',
});

interface Probe {
  direction: 'inbound' | 'outbound';
  protocol: 'tcp' | 'udp' | 'icmp';
  address: string;
  port?: string;
}

async function verdict(rules: FirewallRule[], probe: Probe) {
  const user = userEvent.setup();
  const view = render(<TrafficTester rules={rules} />);
  await user.selectOptions(screen.getByLabelText('Direction'), probe.direction);
  await user.selectOptions(screen.getByLabelText('Protocol'), probe.protocol);
  const peer = probe.direction === 'inbound' ? 'From address' : 'To address';
  await user.type(screen.getByLabelText(peer), probe.address);
  if (probe.port) await user.type(screen.getByLabelText('Port'), probe.port);
  const text = screen.getByRole('status').textContent;
  view.unmount();
  return text;
}

describe('the traffic tester', () => {
  it('names the inbound rule that lets traffic in', async () => {
    const rules = [web, office, dns];
    expect(
      await verdict(rules, {
        direction: 'inbound',
        protocol: 'tcp',
        address: '198.51.100.20',
        port: '22',
      }),
    ).toBe('Allowed by the rule inbound tcp port 20-30 from 198.51.100.0/24.');
    expect(
      await verdict(rules, {
        direction: 'inbound',
        protocol: 'tcp',
        address: '2001:db8::5',
        port: '443',
      }),
    ).toBe('Allowed by the rule inbound tcp port 443 from ::/0.');
  });

  it('blocks inbound traffic that no rule matches', async () => {
    const rules = [web, office, dns];
    const blocked = 'Blocked: no inbound rule allows it.';
    for (const probe of [
      // The port of a rule, from outside its source.
      { address: '203.0.113.5', port: '22' },
      // From its source, on another port.
      { address: '198.51.100.20', port: '31' },
      // An IPv4 address is not inside ::/0.
      { address: '203.0.113.5', port: '443' },
    ]) {
      expect(
        await verdict(rules, {
          direction: 'inbound',
          protocol: 'tcp',
          ...probe,
        }),
      ).toBe(blocked);
    }
    expect(
      await verdict(rules, {
        direction: 'inbound',
        protocol: 'icmp',
        address: '198.51.100.20',
      }),
    ).toBe(blocked);
    expect(
      await verdict([], {
        direction: 'inbound',
        protocol: 'udp',
        address: '198.51.100.20',
        port: '53',
      }),
    ).toBe(blocked);
  });

  it('allows any outbound traffic while there is no outbound rule', async () => {
    expect(
      await verdict([web, office], {
        direction: 'outbound',
        protocol: 'tcp',
        address: '203.0.113.80',
        port: '5432',
      }),
    ).toBe('Allowed: with no outbound rules, all outbound traffic is.');
  });

  it('allows only what the outbound rules allow, once there are some', async () => {
    const rules = [web, office, dns];
    expect(
      await verdict(rules, {
        direction: 'outbound',
        protocol: 'udp',
        address: '192.0.2.53',
        port: '53',
      }),
    ).toBe('Allowed by the rule outbound udp port 53 to 192.0.2.53.');
    const blocked = 'Blocked: outbound rules exist and none allows it.';
    for (const probe of [
      { protocol: 'tcp', address: '192.0.2.53', port: '53' },
      { protocol: 'udp', address: '192.0.2.54', port: '53' },
      { protocol: 'udp', address: '192.0.2.53', port: '54' },
      { protocol: 'icmp', address: '192.0.2.53' },
    ] as const) {
      expect(await verdict(rules, { direction: 'outbound', ...probe })).toBe(
        blocked,
      );
    }
  });
});
