import { describe, expect, it } from 'vitest';
import { checkPublicKey } from '../lib/validation';
import {
  ED25519,
  RSA_1024,
  RSA_2048,
} from '../lib/validation/ssh-key.fixtures';
import { state } from './control';
import { call } from './test-utils';

// Made for these tests with ssh-keygen -t ed25519; FINGERPRINT is what
// ssh-keygen -l printed for it.
const KEY =
  'ssh-ed25519 ' +
  'AAAAC3NzaC1lZDI1NTE5AAAAIHvQuEw1rfR91oPxu/flqD4qfqbAmN+008RxnjRkzlZe ' +
  'test@host';
const FINGERPRINT = 'SHA256:Tk3Xs0AFHY6YtE8VmykudD7V70koBmvh0xaKXAdPk2I';

const add = (body: object) => call('/ssh-keys', { method: 'POST', body });

describe('ssh keys', () => {
  it('lists the three seeded keys', async () => {
    const { body } = await call('/ssh-keys');
    expect(body.data).toHaveLength(3);
  });

  it('seeds only keys the rule accepts', () => {
    for (const key of state().sshKeys) {
      expect(checkPublicKey(key.public_key)).toBeUndefined();
    }
  });

  it('adds a key with its fingerprint, as ssh-keygen computes it', async () => {
    const { status, body } = await add({ name: 'work', public_key: KEY });
    expect(status).toBe(201);
    expect(body.data).toMatchObject({
      name: 'work',
      fingerprint: FINGERPRINT,
      public_key: KEY,
    });
  });

  it('gave the seeded keys their true fingerprints', async () => {
    const laptop = state().sshKeys.find((k) => k.name === 'laptop');
    await call(`/ssh-keys/${laptop?.id}`, { method: 'DELETE' });
    const { body } = await add({
      name: 'laptop-again',
      public_key: laptop?.public_key,
    });
    expect(body.data.fingerprint).toBe(laptop?.fingerprint);
  });

  it.each([
    ['ssh-dss AAAAB3NzaC1kc3M= x', /ssh-ed25519, ecdsa/],
    ['ssh-ed25519 not*base64', /damaged/],
    [KEY.replace('ssh-ed25519', 'ssh-rsa'), /damaged/],
    ['-----BEGIN OPENSSH PRIVATE KEY-----', /private key/],
    ['', /Paste a public key/],
  ])('rejects %j', async (publicKey, message) => {
    const { status, body } = await add({ name: 'bad', public_key: publicKey });
    expect(status).toBe(422);
    expect(body.error.details.public_key).toMatch(message);
  });

  it.each([
    ['the type with no key', 'ssh-ed25519 AAAAC3NzaC1lZDI1NTE5'],
    ['a key cut to 60 characters', ED25519.line.slice(0, 60)],
    ['two keys on two lines', `${ED25519.line}\n${RSA_2048.line}`],
    ['a 1024-bit RSA key', RSA_1024.line],
  ])('refuses %s with the words the form uses', async (_, publicKey) => {
    const { status, body } = await add({ name: 'bad', public_key: publicKey });
    expect(status).toBe(422);
    expect(body.error.details.public_key).toBe(checkPublicKey(publicKey));
    expect(state().sshKeys).toHaveLength(3);
  });

  it('adds an RSA key of 2048 bits', async () => {
    const { status, body } = await add({
      name: 'rsa',
      public_key: RSA_2048.line,
    });
    expect(status).toBe(201);
    expect(body.data.fingerprint).toBe(RSA_2048.fingerprint);
  });

  it('refuses a key added twice, and a name used twice', async () => {
    const laptop = state().sshKeys.find((k) => k.name === 'laptop');
    const { body } = await add({
      name: 'laptop',
      public_key: laptop?.public_key,
    });
    expect(body.error.details).toEqual({
      name: "An SSH key named 'laptop' exists; choose another name",
      public_key: "This key is already added, as 'laptop'",
    });
  });

  it('deletes a key', async () => {
    expect(
      (await call('/ssh-keys/ci-runner', { method: 'DELETE' })).status,
    ).toBe(204);
    const { body } = await call('/ssh-keys');
    expect(body.data.map((k: { name: string }) => k.name)).not.toContain(
      'ci-runner',
    );
    const again = await call('/ssh-keys/ci-runner', { method: 'DELETE' });
    expect(again.status).toBe(404);
  });
});
