import { describe, expect, it } from 'vitest';
import {
  checkRule,
  checkSource,
  evaluateTraffic,
  riskWarning,
  ruleBody,
} from './firewall';

const tcp = { direction: 'inbound', protocol: 'tcp', port: 22 };

describe('checkSource', () => {
  it('refuses a block with host bits set and offers the right one', () => {
    expect(checkSource('203.0.113.7/24')).toBe(
      'Host bits are set: did you mean 203.0.113.0/24?',
    );
    expect(checkSource('2001:db8::1/64')).toBe(
      'Host bits are set: did you mean 2001:db8::/64?',
    );
  });

  it.each(['198.51.100.4', '0.0.0.0/0', '::/0', '2001:db8::/32', '::1'])(
    'accepts %s',
    (source) => expect(checkSource(source)).toBeUndefined(),
  );

  it.each(['010.0.0.1', '1.2.3', 'fe80::1%eth0', '10.0.0.0/33', 'x'])(
    'refuses %s',
    (source) => expect(checkSource(source)).toBeDefined(),
  );
});

describe('checkRule', () => {
  it('needs a port for tcp and udp, and none for icmp', () => {
    const source = '0.0.0.0/0';
    expect(checkRule({ ...tcp, port: undefined, source }).port).toMatch(
      /Enter a port/,
    );
    expect(
      checkRule({ direction: 'inbound', protocol: 'icmp', port: 1, source })
        .port,
    ).toMatch(/empty for ICMP/);
    expect(
      checkRule({ direction: 'inbound', protocol: 'icmp', source }),
    ).toEqual({});
  });

  it('keys every error by its field', () => {
    expect(Object.keys(checkRule({}))).toEqual([
      'direction',
      'protocol',
      'port',
      'source',
    ]);
  });
});

describe('ruleBody', () => {
  const values = {
    direction: 'inbound',
    protocol: 'tcp',
    port: '8000-8080',
    source: '0.0.0.0/0',
    description: '',
  };

  it('sends one port as an integer and a range as a string', () => {
    expect(ruleBody({ ...values, port: '22' }).port).toBe(22);
    expect(ruleBody(values).port).toBe('8000-8080');
    expect(
      ruleBody({ ...values, protocol: 'icmp', port: '' }),
    ).not.toHaveProperty('port');
  });
});

describe('riskWarning', () => {
  it('warns when a range open to the world covers SSH', () => {
    const rule = { ...tcp, port: '20-30', source: '0.0.0.0/0' };
    expect(riskWarning(rule)).toMatch(/SSH \(22\) is open to the world/);
  });

  it('names every sensitive port a rule opens to ::/0', () => {
    const rule = { ...tcp, port: '3000-6500', source: '::/0' };
    expect(riskWarning(rule)).toMatch(/MySQL.*PostgreSQL.*Redis/);
  });

  it('stays quiet for a narrow source or a harmless port', () => {
    expect(riskWarning({ ...tcp, source: '203.0.113.0/24' })).toBeUndefined();
    expect(
      riskWarning({ ...tcp, port: 443, source: '0.0.0.0/0' }),
    ).toBeUndefined();
    expect(
      riskWarning({ ...tcp, direction: 'outbound', source: '0.0.0.0/0' }),
    ).toBeUndefined();
  });
});

describe('evaluateTraffic', () => {
  const ssh = { ...tcp, source: '203.0.113.0/24' };
  const web = { ...tcp, port: '80-443', source: '0.0.0.0/0' };
  const dns = {
    direction: 'outbound',
    protocol: 'udp',
    port: 53,
    source: '198.51.100.4',
  };

  it('finds the rule that lets inbound traffic in', () => {
    const traffic = {
      direction: 'inbound',
      protocol: 'tcp',
      address: '203.0.113.9',
      port: 22,
    } as const;
    expect(evaluateTraffic([web, ssh], traffic)).toEqual({
      allowed: true,
      rule: ssh,
    });
    expect(
      evaluateTraffic([ssh], { ...traffic, address: '192.0.2.1' }).allowed,
    ).toBe(false);
  });

  it('allows outbound traffic until outbound rules exist', () => {
    const traffic = {
      direction: 'outbound',
      protocol: 'udp',
      address: '8.8.8.8',
      port: 53,
    } as const;
    expect(evaluateTraffic([ssh], traffic)).toMatchObject({
      allowed: true,
      reason: 'no-outbound-rules',
    });
    expect(evaluateTraffic([dns], traffic).allowed).toBe(false);
    expect(
      evaluateTraffic([dns], { ...traffic, address: '198.51.100.4' }),
    ).toEqual({ allowed: true, rule: dns });
  });

  it('never matches an IPv6 address against an IPv4 block', () => {
    const traffic = {
      direction: 'inbound',
      protocol: 'tcp',
      address: '2001:db8::1',
      port: 80,
    } as const;
    expect(evaluateTraffic([web], traffic).allowed).toBe(false);
  });
});
