import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { firewallRulesQuery } from '../../api/queries/attachments';
import { instanceQueries } from '../../api/queries/instances';
import { createQueryClient } from '../../api/query-client';
import { signIn, signOut } from '../../api/session';
import type { Instance } from '../../api/types';
import { setFault, state } from '../../mocks/control';
import { server } from '../../mocks/node';
import { call, DEMO_TOKEN } from '../../mocks/test-utils';
import { AddRuleForm } from './add-rule-form';

let client: QueryClient;
let posted: string[];

function recordPosts({ request }: { request: Request }) {
  if (request.method === 'POST') posted.push(new URL(request.url).pathname);
}

beforeEach(() => {
  signIn(DEMO_TOKEN);
  client = createQueryClient();
  client.setDefaultOptions({ queries: { retry: false } });
  posted = [];
  server.events.on('request:start', recordPosts);
});

afterEach(() => {
  server.events.removeListener('request:start', recordPosts);
  client.clear();
  signOut();
});

async function renderForm(name = 'dev-ada') {
  const id = state().instances.find((i) => i.name === name)!.id;
  const instance: Instance = await client.fetchQuery(
    instanceQueries.detail(id),
  );
  render(
    <QueryClientProvider client={client}>
      <AddRuleForm instance={instance} />
    </QueryClientProvider>,
  );
  return {
    user: userEvent.setup(),
    direction: screen.getByLabelText('Direction'),
    protocol: screen.getByLabelText('Protocol'),
    port: screen.getByLabelText('Port or range'),
    source: screen.getByLabelText('Source'),
    description: screen.getByLabelText(/Description/),
    submit: screen.getByRole('button', { name: 'Add rule' }),
  };
}

describe('the add-rule form', () => {
  it.each([
    ['SSH', 'tcp', '22'],
    ['HTTP', 'tcp', '80'],
    ['HTTPS', 'tcp', '443'],
    ['Ping', 'icmp', ''],
  ])('fills in the %s preset', async (label, protocol, port) => {
    const form = await renderForm();
    // Start away from every preset, so that each field has to change.
    await form.user.selectOptions(form.direction, 'outbound');
    await form.user.selectOptions(form.protocol, 'udp');
    await form.user.type(form.port, '9999');
    await form.user.type(form.description, 'something else');

    await form.user.click(screen.getByRole('button', { name: label }));
    expect(form.direction).toHaveValue('inbound');
    expect(form.protocol).toHaveValue(protocol);
    expect(form.port).toHaveValue(port);
    expect(form.description).toHaveValue(label);
    expect(form.port).not.toHaveAttribute('aria-invalid');
  });

  it('refuses a port for icmp, under Port, whichever is chosen first', async () => {
    const form = await renderForm();
    await form.user.selectOptions(form.protocol, 'icmp');
    await form.user.type(form.port, '22');
    expect(form.port).toHaveAccessibleDescription(
      /Leave the port empty for ICMP/,
    );

    await form.user.clear(form.port);
    await form.user.selectOptions(form.protocol, 'tcp');
    await form.user.type(form.port, '22');
    expect(form.port).not.toHaveAttribute('aria-invalid');
    await form.user.selectOptions(form.protocol, 'icmp');
    await waitFor(() =>
      expect(form.port).toHaveAccessibleDescription(
        /Leave the port empty for ICMP/,
      ),
    );

    await form.user.click(form.submit);
    expect(posted).toEqual([]);

    // Back on tcp the same port is fine, and the message goes.
    await form.user.selectOptions(form.protocol, 'tcp');
    await waitFor(() => expect(form.port).not.toHaveAttribute('aria-invalid'));
  });

  it.each(['tcp', 'udp'])('refuses %s without a port', async (protocol) => {
    const form = await renderForm();
    await form.user.selectOptions(form.protocol, protocol);
    await form.user.click(form.submit);
    await waitFor(() =>
      expect(form.port).toHaveAccessibleDescription(/Enter a port/),
    );
    expect(form.port).toHaveFocus();
    expect(posted).toEqual([]);
  });

  it.each([
    ['1-2-3', /one port \(443\) or a range of two joined by a hyphen/],
    ['022', /without leading zeros/],
    ['8080-8000', /Put the lower port first: 8000-8080/],
  ])('refuses port %s as it is typed', async (value, why) => {
    const form = await renderForm();
    await form.user.type(form.port, value);
    expect(form.port).toHaveAccessibleDescription(why);
    expect(form.port).toHaveAttribute('aria-invalid', 'true');
    expect(posted).toEqual([]);

    await form.user.click(form.submit);
    expect(form.port).toHaveAccessibleDescription(why);
    expect(posted).toEqual([]);
  });

  it('offers the network address for a source with host bits set', async () => {
    const form = await renderForm();
    await form.user.type(form.port, '443');
    await form.user.clear(form.source);
    await form.user.type(form.source, '203.0.113.7/24');
    expect(form.source).toHaveAccessibleDescription(
      /did you mean 203\.0\.113\.0\/24\?/,
    );
    await form.user.click(form.submit);
    expect(posted).toEqual([]);
  });

  it('warns of SSH open to the world for a range from anywhere', async () => {
    const form = await renderForm();
    expect(form.source).toHaveValue('0.0.0.0/0');
    await form.user.type(form.port, '20-30');
    expect(screen.getByText(/SSH \(22\) is open to the world/)).toBeVisible();

    await form.user.clear(form.source);
    await form.user.type(form.source, '198.51.100.0/24');
    expect(screen.queryByText(/open to the world/)).not.toBeInTheDocument();
  });

  it('sends a sound rule, once', async () => {
    const form = await renderForm();
    await form.user.click(screen.getByRole('button', { name: 'HTTPS' }));
    await form.user.click(form.submit);
    await waitFor(() => expect(form.port).toHaveValue(''));
    expect(posted).toEqual([expect.stringMatching(/\/firewall\/rules$/)]);
    const added = state().firewallRules.at(-1);
    expect(added).toMatchObject({ protocol: 'tcp', port: 443 });
  });

  it('after a lost answer, finds the rule added and clears the form', async () => {
    setFault({ type: 'drop', method: 'POST', count: 1 });
    const form = await renderForm();
    await form.user.click(screen.getByRole('button', { name: 'HTTPS' }));
    await form.user.click(form.submit);

    expect(
      await screen.findByText('The rule was added to dev-ada.'),
    ).toBeVisible();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(form.port).toHaveValue('');
    expect(posted).toHaveLength(1);
  });

  it('refuses a rule the instance already has, under Port, with no request', async () => {
    const id = state().instances.find((i) => i.name === 'dev-ada')!.id;
    const twin = await call(`/instances/${id}/firewall/rules`, {
      method: 'POST',
      body: {
        direction: 'inbound',
        protocol: 'tcp',
        port: 443,
        source: '0.0.0.0/0',
      },
    });
    expect(twin.status).toBe(201);
    posted = [];
    const form = await renderForm();
    await waitFor(() =>
      expect(
        client.getQueryData(firewallRulesQuery(id).queryKey),
      ).toBeDefined(),
    );
    await form.user.click(screen.getByRole('button', { name: 'HTTPS' }));

    await waitFor(() =>
      expect(form.port).toHaveAccessibleDescription(
        /dev-ada already has this rule/,
      ),
    );
    await form.user.click(form.submit);
    expect(form.port).toHaveFocus();
    expect(posted).toEqual([]);

    // Another source makes it another rule.
    await form.user.clear(form.source);
    await form.user.type(form.source, '198.51.100.0/24');
    expect(form.port).not.toHaveAttribute('aria-invalid');
  });

  it('says a rule whose request never arrived is not there', async () => {
    // The connection fails before the API sees the request.
    server.use(
      http.post('*/v1/instances/:id/firewall/rules', () =>
        HttpResponse.error(),
      ),
    );
    const form = await renderForm();
    await form.user.click(screen.getByRole('button', { name: 'HTTPS' }));
    await form.user.click(form.submit);

    expect(
      await screen.findByText(
        'The rule is not on dev-ada. You can add it again.',
      ),
    ).toBeVisible();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(form.port).toHaveValue('443');
  });
});
