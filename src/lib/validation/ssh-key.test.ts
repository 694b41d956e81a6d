import { describe, expect, it } from 'vitest';
import { checkPublicKey, fingerprint, parsePublicKey } from './ssh-key';

/** A key line whose data carries its own type, as real keys do. */
function keyLine(type: string, comment = 'me@laptop') {
  const label = new TextEncoder().encode(type);
  const blob = new Uint8Array(4 + label.length + 32);
  new DataView(blob.buffer).setUint32(0, label.length);
  blob.set(label, 4);
  blob.fill(7, 4 + label.length);
  const data = btoa(String.fromCharCode(...blob));
  return `${type} ${data} ${comment}`;
}

// Made with ssh-keygen -t ed25519; ssh-keygen -l printed FINGERPRINT.
const ED25519 =
  'ssh-ed25519 ' +
  'AAAAC3NzaC1lZDI1NTE5AAAAIHvQuEw1rfR91oPxu/flqD4qfqbAmN+008RxnjRkzlZe ' +
  'test@host';
const FINGERPRINT = 'SHA256:Tk3Xs0AFHY6YtE8VmykudD7V70koBmvh0xaKXAdPk2I';

describe('parsePublicKey', () => {
  it.each([
    'ssh-ed25519',
    'ecdsa-sha2-nistp256',
    'ecdsa-sha2-nistp384',
    'ecdsa-sha2-nistp521',
    'ssh-rsa',
  ])('accepts an %s key', (type) => {
    const parsed = parsePublicKey(keyLine(type));
    expect(parsed).toMatchObject({ type });
    expect(checkPublicKey(keyLine(type))).toBeUndefined();
  });

  it('keeps the comment and tidies the spacing', () => {
    const parsed = parsePublicKey(`  ${ED25519.replace(' ', '   ')}\n`);
    expect(parsed).toMatchObject({ normalized: ED25519 });
  });

  it.each([
    [keyLine('ssh-dss'), /ssh-ed25519, ecdsa/],
    ['ssh-ed25519 not*base64', /damaged/],
    [ED25519.replace('ssh-ed25519', 'ssh-rsa'), /damaged/],
    ['-----BEGIN OPENSSH PRIVATE KEY-----\nabc', /private key/],
    ['   ', /Paste a public key/],
    [42, /Paste a public key/],
  ])('refuses %j with a clear message', (text, message) => {
    expect(checkPublicKey(text)).toMatch(message);
  });

  it('computes the fingerprint ssh-keygen prints', async () => {
    const parsed = parsePublicKey(ED25519);
    if (typeof parsed === 'string') throw new Error(parsed);
    expect(await fingerprint(parsed.blob)).toBe(FINGERPRINT);
  });
});
