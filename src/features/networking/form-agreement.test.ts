import type { QueryClient } from '@tanstack/react-query';
import fc from 'fast-check';
import ipaddr from 'ipaddr.js';
import type { FieldErrors, FieldValues, Resolver } from 'react-hook-form';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { regionNetworksQuery } from '../../api/queries/attachments';
import { createQueryClient } from '../../api/query-client';
import { signIn, signOut } from '../../api/session';
import { ruleResolver } from '../../components/firewall/rule-schema';
import { ruleBody, type RuleFormValues } from '../../lib/validation/firewall';
import { networkBody } from '../../lib/validation/subnet';
import { advanceClock, setBudget, state } from '../../mocks/control';
import { call, DEMO_TOKEN } from '../../mocks/test-utils';
import { networkResolver, type NetworkFormValues } from './network-schema';

// Whatever a form accepts, the mock's HTTP handler accepts; whatever it
// refuses, the handler refuses with a 422 on the same fields, saying the
// same. The form side is the resolver the form itself runs; the request
// goes through MSW as the console would send it.

// The API allows 100 requests a minute and 1000 an hour: move the mock's
// clock on and refill the hour, rather than wait, before a run goes over.
let sent = 0;
function send(path: string, method: string, body?: unknown) {
  if (++sent % 90 === 0) {
    advanceClock(61_000);
    setBudget(1000);
  }
  return call(path, { method, body });
}

async function resolve<T extends FieldValues>(
  resolver: Resolver<T>,
  values: T,
) {
  const options = { fields: {}, shouldUseNativeValidation: false };
  return resolver(values, undefined, options);
}

const messagesOf = (errors: FieldErrors): Record<string, string> =>
  Object.fromEntries(
    Object.entries(errors).map(([field, error]) => [
      field,
      String(error?.message),
    ]),
  );

const runs = { numRuns: 300 };
const timeout = 120_000;

// ---- IPv4 blocks, built from numbers so that most of them are sound.

const dotted = (n: number) =>
  [n >>> 24, (n >>> 16) & 255, (n >>> 8) & 255, n & 255].join('.');
const mask = (prefix: number) =>
  prefix === 0 ? 0 : (0xffff_ffff << (32 - prefix)) >>> 0;
const hostSpan = (prefix: number) => 2 ** (32 - prefix) - 1;

/** `base/size` (a range) as a start and a block count. */
function range(cidr: string) {
  const [address = '', prefix] = cidr.split('/');
  const start = ipaddr.IPv4.parse(address).toByteArray();
  const first = start.reduce((n, byte) => n * 256 + byte, 0);
  return { first, span: hostSpan(Number(prefix)) };
}

const PRIVATE = ['10.0.0.0/8', '172.16.0.0/12', '192.168.0.0/16'].map(range);
// Just outside the private ranges, and ranges that are never private.
const PUBLIC = [
  '11.0.0.0/8',
  '172.32.0.0/16',
  '172.15.0.0/16',
  '192.169.0.0/16',
  '100.64.0.0/10',
  '8.0.0.0/8',
  '203.0.113.0/24',
].map(range);

const inRange = (ranges: { first: number; span: number }[]) =>
  fc
    .constantFrom(...ranges)
    .chain(({ first, span }) =>
      fc.integer({ min: 0, max: span }).map((offset) => first + offset),
    );

const block = (address: number, prefix: number) =>
  `${dotted((address & mask(prefix)) >>> 0)}/${prefix}`;

/** Any prefix from /16 to /28, written as the network address. */
const soundSubnet = fc
  .tuple(inRange(PRIVATE), fc.integer({ min: 16, max: 28 }))
  .map(([address, prefix]) => block(address, prefix));

/** A sound block inside or around one of the region's networks. */
const overlapping = (subnets: readonly string[]) =>
  fc
    .tuple(
      fc.constantFrom(...subnets).chain((subnet) => inRange([range(subnet)])),
      fc.integer({ min: 16, max: 28 }),
    )
    .map(([address, prefix]) => block(address, prefix));

const withHostBits = fc
  .tuple(inRange(PRIVATE), fc.integer({ min: 16, max: 28 }))
  .chain(([address, prefix]) =>
    fc.integer({ min: 1, max: hostSpan(prefix) }).map((host) => {
      const network = (address & mask(prefix)) >>> 0;
      return `${dotted(network + host)}/${prefix}`;
    }),
  );

const publicSubnet = fc
  .tuple(inRange(PUBLIC), fc.integer({ min: 16, max: 28 }))
  .map(([address, prefix]) => block(address, prefix));

const prefixOutOfBounds = fc
  .tuple(inRange(PRIVATE), fc.constantFrom(0, 8, 12, 14, 15, 29, 30, 32, 33))
  .map(([address, prefix]) => block(address, prefix));

/** A sound block written loosely: leading zeros, spaces, a lost part. */
const misspelt = soundSubnet.chain((subnet) => {
  const [address = '', prefix = ''] = subnet.split('/');
  const octets = address.split('.');
  return fc.constantFrom(
    `${octets.map((o, i) => (i === 0 ? `0${o}` : o)).join('.')}/${prefix}`,
    `${octets.map((o, i) => (i === 3 ? `00${o}` : o)).join('.')}/${prefix}`,
    `${address}/0${prefix}`,
    ` ${subnet}`,
    `${subnet} `,
    address,
    `${address}/`,
    `${octets.slice(0, 3).join('.')}/${prefix}`,
    `${subnet}/${prefix}`,
    `${address}/${prefix}.0`,
  );
});

const junk = fc.oneof(
  fc.string({ maxLength: 20 }),
  fc.ipV6().map((address) => `${address}/64`),
  fc.constantFrom('', '/', '10.0.0.0/24x', '256.0.0.0/16', '10.0.0.0/-1'),
);

describe('the network form and the API agree', () => {
  let client: QueryClient;

  beforeEach(() => {
    signIn(DEMO_TOKEN);
    client = createQueryClient();
  });

  afterEach(() => {
    client.clear();
    signOut();
  });

  it(
    'on every subnet, in every region',
    async () => {
      const regions = state()
        .regions.filter((region) => region.available)
        .map((region) => region.id);
      const subnets = (region: string) =>
        state()
          .networks.filter((network) => network.region === region)
          .map((network) => network.subnet);
      // The form checks overlap against the networks it has read.
      for (const region of regions) {
        await client.fetchQuery(regionNetworksQuery(region));
      }
      const resolver = networkResolver(client);
      const crowded = regions.filter((region) => subnets(region).length > 0);

      const anySubnet = (region: string) =>
        fc.oneof(
          { weight: 9, arbitrary: soundSubnet },
          ...(subnets(region).length > 0
            ? [{ weight: 2, arbitrary: overlapping(subnets(region)) }]
            : []),
          { weight: 2, arbitrary: withHostBits },
          { weight: 1, arbitrary: publicSubnet },
          { weight: 1, arbitrary: prefixOutOfBounds },
          { weight: 2, arbitrary: misspelt },
          { weight: 1, arbitrary: junk },
        );
      const input = fc
        .constantFrom(...regions, ...crowded)
        .chain((region) =>
          anySubnet(region).map((subnet) => ({ region, subnet })),
        );

      let count = 0;
      const outcomes = { accepted: 0, refused: 0, overlap: 0, hostBits: 0 };
      await fc.assert(
        fc.asyncProperty(input, async ({ region, subnet }) => {
          const values: NetworkFormValues = {
            name: `prop-net-${count++}`,
            region,
            subnet,
            dhcp_enabled: true,
          };
          const form = await resolve(resolver, values);
          const reply = await send('/networks', 'POST', networkBody(values));
          const refused = Object.keys(form.errors).length > 0;
          if (!refused) {
            expect(reply.status, subnet).toBe(201);
            expect(reply.body.data.subnet).toBe(subnet.trim());
            outcomes.accepted++;
            // Back to the account the form read, for the next case.
            const gone = await send(
              `/networks/${reply.body.data.id}`,
              'DELETE',
            );
            expect(gone.status).toBe(204);
            return;
          }
          outcomes.refused++;
          const messages = messagesOf(form.errors);
          expect(reply.status, subnet).toBe(422);
          expect(reply.body.error.details).toEqual(messages);
          if (/^Overlaps /.test(messages.subnet ?? '')) outcomes.overlap++;
          if (/^Host bits are set/.test(messages.subnet ?? '')) {
            outcomes.hostBits++;
          }
        }),
        runs,
      );
      // Both sides of the agreement were exercised, each in good measure.
      expect(outcomes.accepted).toBeGreaterThan(runs.numRuns * 0.3);
      expect(outcomes.refused).toBeGreaterThan(runs.numRuns * 0.3);
      expect(outcomes.overlap).toBeGreaterThan(0);
      expect(outcomes.hostBits).toBeGreaterThan(0);
    },
    timeout,
  );
});

// ---- Firewall rules.

const goodPort = fc.oneof(
  fc.integer({ min: 1, max: 65_535 }).map(String),
  fc
    .tuple(
      fc.integer({ min: 1, max: 65_535 }),
      fc.integer({ min: 1, max: 65_535 }),
    )
    .map(([a, b]) => `${Math.min(a, b)}-${Math.max(a, b)}`),
  fc.constantFrom('22', '80', '443', '1', '65535', '1-65535'),
);

const badPort = fc.oneof(
  fc.integer({ min: 65_536, max: 200_000 }).map(String),
  fc
    .tuple(
      fc.integer({ min: 2, max: 65_535 }),
      fc.integer({ min: 1, max: 65_534 }),
    )
    .filter(([a, b]) => a > b)
    .map(([a, b]) => `${a}-${b}`),
  goodPort.map((port) => `0${port}`),
  fc.constantFrom('0', '0-80', '022', '1--10', '1-2-3', '-1', '80-', 'abc'),
  fc.constantFrom('8080-8000', '65536', '1.5', '80 443', '80,443'),
  fc.string({ maxLength: 8 }),
);

const soundV4Block = fc
  .tuple(fc.ipV4(), fc.integer({ min: 0, max: 32 }))
  .map(([address, prefix]) => block(range(`${address}/32`).first, prefix));

const soundV6Block = fc
  .tuple(fc.ipV6(), fc.integer({ min: 0, max: 128 }))
  .map(([address, prefix]) => {
    const network = ipaddr.IPv6.networkAddressFromCIDR(`${address}/${prefix}`);
    return `${network.toString()}/${prefix}`;
  });

const goodSource = fc.oneof(
  fc.ipV4(),
  fc.ipV6(),
  soundV4Block,
  soundV6Block,
  fc.constantFrom('0.0.0.0/0', '::/0', '203.0.113.0/24', '2001:db8::/32'),
);

const badSource = fc.oneof(
  fc
    .tuple(fc.ipV4(), fc.integer({ min: 0, max: 31 }))
    .filter(([address, prefix]) => {
      const n = range(`${address}/32`).first;
      return (n & mask(prefix)) >>> 0 !== n;
    })
    .map(([address, prefix]) => `${address}/${prefix}`),
  fc
    .tuple(fc.ipV4(), fc.constantFrom('33', '024', '', '-1', '8.5'))
    .map(([address, prefix]) => `${address}/${prefix}`),
  fc.ipV4().map((address) => address.replace(/^(\d+)/, '0$1')),
  fc.constantFrom(
    '203.0.113.7/24',
    '2001:db8::1/32',
    '::1/129',
    '10.0.0',
    'fe80::1%eth0',
    '1.2.3.4.5',
    'anywhere',
    '',
  ),
  fc.string({ maxLength: 20 }),
);

/** Mostly what a careful user would type, with every kind of slip. */
const ruleInput: fc.Arbitrary<RuleFormValues> = fc
  .record({
    direction: fc.oneof(
      { weight: 16, arbitrary: fc.constantFrom('inbound', 'outbound') },
      { weight: 1, arbitrary: fc.constantFrom('sideways', '', 'Inbound') },
    ),
    protocol: fc.oneof(
      { weight: 16, arbitrary: fc.constantFrom('tcp', 'udp', 'icmp') },
      { weight: 1, arbitrary: fc.constantFrom('sctp', '', 'TCP') },
    ),
    source: fc.oneof(
      { weight: 5, arbitrary: goodSource },
      { weight: 1, arbitrary: badSource },
    ),
    description: fc.oneof(
      { weight: 12, arbitrary: fc.constantFrom('', 'web', '  ssh  ') },
      { weight: 1, arbitrary: fc.constant('x'.repeat(256)) },
    ),
  })
  .chain((rule) =>
    fc
      .oneof(
        rule.protocol === 'icmp'
          ? { weight: 4, arbitrary: fc.constantFrom('', ' ') }
          : { weight: 4, arbitrary: goodPort },
        { weight: 1, arbitrary: fc.constant('') },
        { weight: 1, arbitrary: goodPort },
        { weight: 1, arbitrary: badPort },
      )
      .map((port) => ({ ...rule, port })),
  );

describe('the rule form and the API agree', () => {
  it(
    'on every rule',
    async () => {
      const instance = state().instances[0];
      const path = `/instances/${instance?.id}/firewall/rules`;
      const outcomes = { accepted: 0, refused: 0 };
      const refusedOn: Record<string, number> = {};
      await fc.assert(
        fc.asyncProperty(ruleInput, async (input) => {
          const form = await resolve(ruleResolver, input);
          const reply = await send(path, 'POST', ruleBody(input));
          const fields = Object.keys(form.errors);
          if (fields.length === 0) {
            expect(reply.status, JSON.stringify(input)).toBe(201);
            expect(reply.body.data.source).toBe(input.source.trim());
            outcomes.accepted++;
            return;
          }
          outcomes.refused++;
          for (const field of fields) {
            refusedOn[field] = (refusedOn[field] ?? 0) + 1;
          }
          expect(reply.status, JSON.stringify(input)).toBe(422);
          expect(reply.body.error.details).toEqual(messagesOf(form.errors));
        }),
        runs,
      );
      expect(outcomes.accepted).toBeGreaterThan(runs.numRuns * 0.3);
      expect(outcomes.refused).toBeGreaterThan(runs.numRuns * 0.3);
      expect(refusedOn.port).toBeGreaterThan(0);
      expect(refusedOn.source).toBeGreaterThan(0);
    },
    timeout,
  );

  it.each([
    ['22', 201],
    ['8000-8080', 201],
    ['0', 422],
    ['65536', 422],
    ['1--10', 422],
    ['1-2-3', 422],
    ['8080-8000', 422],
    ['022', 422],
    ['abc', 422],
  ])('port %s is answered %i, as the form decides', async (port, status) => {
    const input = {
      direction: 'inbound',
      protocol: 'tcp',
      port,
      source: '198.51.100.4',
      description: '',
    };
    const form = await resolve(ruleResolver, input);
    expect(Object.keys(form.errors)).toEqual(status === 201 ? [] : ['port']);
    const instance = state().instances[0];
    const reply = await call(`/instances/${instance?.id}/firewall/rules`, {
      method: 'POST',
      body: ruleBody(input),
    });
    expect(reply.status).toBe(status);
    if (status === 422) expect(reply.body.error.details).toHaveProperty('port');
  });
});
