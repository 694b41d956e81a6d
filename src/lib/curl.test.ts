import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { curlCommand, mockServerUrl } from './curl';

/**
 * Runs the command in a real POSIX shell with `curl` replaced by a function
 * that prints its arguments, so the test checks what a shell would send.
 */
function shellArguments(command: string, env: Record<string, string> = {}) {
  const script = `curl() { for a in "$@"; do printf '%s\\0' "$a"; done; }\n${command}`;
  const output = execFileSync('sh', ['-c', script], {
    encoding: 'utf8',
    env: {
      PATH: process.env.PATH ?? '',
      FUGOKU_API_URL: 'https://api.example.test/v1',
      FUGOKU_API_TOKEN: 'tok_secret',
      ...env,
    },
  });
  return output.split('\0').slice(0, -1);
}

describe('curlCommand', () => {
  it('writes a GET with the base URL and token as variables', () => {
    expect(curlCommand({ method: 'get', path: '/instances' })).toBe(
      [
        'curl "$FUGOKU_API_URL/instances" \\',
        '  -H "Authorization: Bearer $FUGOKU_API_TOKEN"',
      ].join('\n'),
    );
  });

  it('never prints a private key or an API token', () => {
    const command = curlCommand({
      method: 'POST',
      path: '/instances',
      query: { name: 'fgk_demo_7Kq2xV9mRt4LpW8nZc3Hb6Yd' },
      body: {
        name: 'fgk_9aXkQ2mT7vR4pL8nW3cH6bY5dJ1sF0gZ',
        user_data: [
          '#!/bin/sh',
          '-----BEGIN OPENSSH PRIVATE KEY-----',
          'b3BlbnNzaC1rZXktdjEAAAAA',
          '-----END OPENSSH PRIVATE KEY-----',
          'echo done',
        ].join('\n'),
        public_key: '-----BEGIN RSA PRIVATE KEY-----\nMIIEow',
      },
    });
    expect(command).not.toMatch(/fgk_|PRIVATE KEY|b3BlbnNzaC1rZXkt|MIIEow/);
    expect(command).toContain('"name": "<API token removed>"');
    expect(command).toContain('"public_key": "<private key removed>"');
    expect(command).toContain(
      '"user_data": "#!/bin/sh\\n<private key removed>\\necho done"',
    );
    expect(command).toContain('?name=%3CAPI%20token%20removed%3E');
  });

  it('pretty-prints a JSON body and declares its type', () => {
    const command = curlCommand({
      method: 'POST',
      path: '/volumes',
      body: { name: 'data-1', size_gb: 50 },
    });
    expect(command).toContain('curl -X POST "$FUGOKU_API_URL/volumes" \\');
    expect(command).toContain('-H "Content-Type: application/json" \\');
    expect(command).toContain(
      `-d '{\n  "name": "data-1",\n  "size_gb": 50\n}'`,
    );
  });

  it('leaves empty values out of the query and the body', () => {
    const command = curlCommand({
      method: 'POST',
      path: '/instances',
      query: { page: 2, name: '', region: undefined, status: null, tag: [] },
      body: { name: 'web-1', user_data: '', tags: [], ssh_keys: undefined },
    });
    expect(command).toContain('"$FUGOKU_API_URL/instances?page=2"');
    expect(command).not.toContain('user_data');
    expect(command).not.toContain('ssh_keys');
    expect(command).toContain('"tags": []');
  });

  it('URL-encodes query parameters and joins lists with commas', () => {
    const command = curlCommand({
      method: 'GET',
      path: '/instances',
      query: { name: 'web & db', status: ['running', 'stopped'] },
    });
    expect(command).toContain(
      '"$FUGOKU_API_URL/instances?name=web%20%26%20db&status=running%2Cstopped"',
    );
  });

  it('never contains a token, only the variable', () => {
    const command = curlCommand({ method: 'DELETE', path: '/volumes/vol_1' });
    expect(command).toMatch(/Bearer \$FUGOKU_API_TOKEN"/);
    expect(command).not.toMatch(/Bearer [^$]/);
  });

  it('survives a POSIX shell: quotes, dollars and backticks arrive intact', () => {
    const body = {
      user_data: "#!/bin/sh\necho 'it''s' \"$HOME\" `id` \\ done",
    };
    const args = shellArguments(
      curlCommand({
        method: 'POST',
        path: '/instances',
        query: { name: `it's $HOME \`id\` !x` },
        body,
      }),
    );

    expect(args.slice(0, 5)).toEqual([
      '-X',
      'POST',
      'https://api.example.test/v1/instances?name=it%27s%20%24HOME%20%60id%60%20%21x',
      '-H',
      'Authorization: Bearer tok_secret',
    ]);
    expect(args.at(-2)).toBe('-d');
    expect(JSON.parse(args.at(-1) ?? '')).toEqual(body);
  });

  it('keeps a shell out of odd characters in the path', () => {
    const [, , url] = shellArguments(
      curlCommand({ method: 'DELETE', path: '/networks/a"b$c' }),
    );
    expect(url).toBe('https://api.example.test/v1/networks/a%22b%24c');
  });
});

it('names the address npm run mock:server listens on', () => {
  const script = readFileSync('scripts/mock-server.ts', 'utf8');
  const { hostname, port, pathname } = new URL(mockServerUrl);
  expect(script).toContain(`const HOST = '${hostname}';`);
  expect(script).toContain(`process.env.PORT ?? ${port})`);
  expect(script).toContain('${PORT}' + pathname);
});
