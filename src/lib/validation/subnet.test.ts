import { describe, expect, it } from 'vitest';
import { checkSubnet, networkBody, subnetOverlap } from './subnet';

describe('checkSubnet', () => {
  it.each([
    ['10.0.0.0', /prefix length/],
    ['10.0.0.0/33', /\/16 to \/28/],
    ['10.0.0.0/0.5', /whole prefix length/],
    ['10.0.0.0/24x', /whole prefix length/],
    ['256.1.1.0/24', /0 to 255/],
    ['010.0.0.0/24', /without leading zeros/],
    ['8.8.8.0/24', /private range/],
    ['10.0.0.0/8', /\/16 to \/28/],
    ['10.0.0.0/024', /whole prefix length/],
    ['2001:db8::/64', /four numbers/],
    ['', /Enter a subnet/],
    [' 10.5.0.0/24', /Remove the spaces/],
    ['10.5.0.0/24\t', /Remove the spaces/],
  ])('refuses %s and says why', (subnet, why) => {
    expect(checkSubnet(subnet)).toMatch(why);
  });

  it('is sent, and so checked, without the spaces around it', () => {
    const body = networkBody({ name: 'edge-net', subnet: ' 10.5.0.0/24 ' });
    expect(body).toEqual({ name: 'edge-net', subnet: '10.5.0.0/24' });
    expect(checkSubnet(body.subnet)).toBeUndefined();
  });

  it('offers the network address when host bits are set', () => {
    expect(checkSubnet('10.10.0.5/24')).toBe(
      'Host bits are set: did you mean 10.10.0.0/24?',
    );
  });

  it.each(['10.10.0.0/24', '192.168.4.0/26', '172.31.0.0/16'])(
    'accepts %s',
    (subnet) => expect(checkSubnet(subnet)).toBeUndefined(),
  );

  it('names the network a subnet overlaps', () => {
    const others = [{ name: 'backend', subnet: '10.10.0.0/24' }];
    expect(subnetOverlap('10.10.0.128/25', others)).toMatch(/backend/);
    expect(subnetOverlap('10.10.0.0/16', others)).toMatch(/backend/);
    expect(subnetOverlap('10.11.0.0/24', others)).toBeUndefined();
  });
});
