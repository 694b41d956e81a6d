import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ruleSchema } from '../../components/firewall/rule-schema';
import { ruleBody } from '../../lib/validation/firewall';
import { advanceClock, state } from '../../mocks/control';
import { call } from '../../mocks/test-utils';
import { networkSchema } from './network-schema';

// Whatever a form accepts, the mock's HTTP handler accepts; whatever it
// refuses, the handler refuses with a 422 on the same fields. Inputs are
// generated, and go through MSW as the console would send them.

const octet = fc.oneof(
  fc.integer({ min: 0, max: 300 }).map(String),
  fc.constantFrom('0', '00', '010', '01', '255', '256', ''),
);
const firstOctet = fc.oneof(
  octet,
  fc.constantFrom('10', '172', '192', '8', '010'),
);
const ipv4ish = fc
  .tuple(firstOctet, octet, octet, octet)
  .map((parts) => parts.join('.'));
const prefix = fc.oneof(
  fc.integer({ min: -1, max: 130 }).map(String),
  fc.constantFrom('', '024', '0.5', '24x', ' 24', '16', '28'),
);
const blockish = fc.oneof(
  fc.tuple(ipv4ish, prefix).map(([a, p]) => `${a}/${p}`),
  fc.tuple(fc.ipV4(), prefix).map(([a, p]) => `${a}/${p}`),
  fc.tuple(fc.ipV6(), prefix).map(([a, p]) => `${a}/${p}`),
  fc.ipV4(),
  fc.ipV6(),
  ipv4ish,
  fc.string({ maxLength: 20 }),
);

const portText = fc.oneof(
  fc.integer({ min: -5, max: 70_000 }).map(String),
  fc
    .tuple(
      fc.integer({ min: 0, max: 66_000 }),
      fc.integer({ min: 0, max: 66_000 }),
    )
    .map(([a, b]) => `${a}-${b}`),
  fc.constantFrom('', '022', '1--10', '1-2-3', 'abc', '0', '65535', ' 80'),
  fc.string({ maxLength: 8 }),
);

// The API allows 100 requests a minute: move the mock's clock on, rather
// than wait, before a run would go over it.
let sent = 0;
function send(path: string, body: unknown) {
  if (++sent % 90 === 0) advanceClock(61_000);
  return call(path, { method: 'POST', body });
}

const runs = { numRuns: 200 };
const timeout = 60_000;

const fieldsOf = (error: { issues: { path: PropertyKey[] }[] } | undefined) =>
  [...new Set(error?.issues.map((issue) => String(issue.path[0])))].sort();

describe('the network form and the API agree', () => {
  it(
    'on every subnet',
    async () => {
      let count = 0;
      const schema = networkSchema((region) =>
        state().networks.filter((n) => n.region === region),
      );
      await fc.assert(
        fc.asyncProperty(blockish, async (subnet) => {
          const body = {
            name: `prop-net-${count++}`,
            region: 'lagos-1',
            subnet,
            dhcp_enabled: true,
          };
          const form = schema.safeParse(body);
          const reply = await send('/networks', body);
          if (form.success) {
            expect(reply.status).toBe(201);
          } else {
            expect(reply.status).toBe(422);
            expect(Object.keys(reply.body.error.details).sort()).toEqual(
              fieldsOf(form.error),
            );
          }
        }),
        runs,
      );
    },
    timeout,
  );
});

describe('the rule form and the API agree', () => {
  it(
    'on every rule',
    async () => {
      const instance = state().instances[0];
      const path = `/instances/${instance?.id}/firewall/rules`;
      const values = fc.record({
        direction: fc.constantFrom('inbound', 'outbound', 'sideways'),
        protocol: fc.constantFrom('tcp', 'udp', 'icmp', 'sctp'),
        port: portText,
        source: blockish,
        description: fc.constantFrom('', 'web'),
      });
      await fc.assert(
        fc.asyncProperty(values, async (input) => {
          const form = ruleSchema.safeParse(input);
          const reply = await send(path, ruleBody(input));
          if (form.success) {
            expect(reply.status).toBe(201);
          } else {
            expect(reply.status).toBe(422);
            expect(Object.keys(reply.body.error.details).sort()).toEqual(
              fieldsOf(form.error),
            );
          }
        }),
        runs,
      );
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
    expect(ruleSchema.safeParse(input).success).toBe(status === 201);
    const instance = state().instances[0];
    const reply = await call(`/instances/${instance?.id}/firewall/rules`, {
      method: 'POST',
      body: ruleBody(input),
    });
    expect(reply.status).toBe(status);
    if (status === 422) expect(reply.body.error.details).toHaveProperty('port');
  });
});
