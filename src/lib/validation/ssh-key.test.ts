import { describe, expect, it } from 'vitest';
import { checkPublicKey, fingerprint, parsePublicKey } from './ssh-key';
import {
  DSA,
  ECDSA_256,
  ECDSA_384,
  ECDSA_521,
  ED25519,
  RSA_1024,
  RSA_2048,
} from './ssh-key.fixtures';

type Part = string | Uint8Array;

/** A key line whose data is `parts`, each a length-prefixed string. */
function keyLine(type: string, ...parts: Part[]) {
  return `${type} ${toBase64(wire(type, ...parts))} test@host`;
}

function wire(...parts: Part[]): Uint8Array {
  const bytes = parts.flatMap((part) => {
    const data =
      typeof part === 'string' ? new TextEncoder().encode(part) : part;
    const length = new Uint8Array(4);
    new DataView(length.buffer).setUint32(0, data.length);
    return [...length, ...data];
  });
  return new Uint8Array(bytes);
}

/** The data of a real key with `extra` bytes put after its end. */
function withExtra(line: string, ...extra: number[]) {
  const [type = '', data = ''] = line.split(' ');
  const blob = Uint8Array.from(atob(data), (c) => c.charCodeAt(0));
  return `${type} ${toBase64(new Uint8Array([...blob, ...extra]))}`;
}

const toBase64 = (bytes: Uint8Array) => btoa(String.fromCharCode(...bytes));
const bytes = (length: number, first = 7) =>
  new Uint8Array(length).fill(7).fill(first, 0, 1);

describe('parsePublicKey', () => {
  it.each([
    ['ssh-ed25519', ED25519],
    ['ecdsa-sha2-nistp256', ECDSA_256],
    ['ecdsa-sha2-nistp384', ECDSA_384],
    ['ecdsa-sha2-nistp521', ECDSA_521],
    ['ssh-rsa', RSA_2048],
  ])(
    'accepts an %s key, with the fingerprint ssh-keygen prints',
    async (type, key) => {
      const parsed = parsePublicKey(key.line);
      if (typeof parsed === 'string') throw new Error(parsed);
      expect(parsed).toMatchObject({ type, normalized: key.line });
      expect(await fingerprint(parsed.blob)).toBe(key.fingerprint);
      expect(checkPublicKey(key.line)).toBeUndefined();
    },
  );

  it('keeps the comment and tidies the spacing', () => {
    const spaced = `  ${ED25519.line.replace(' ', '   ')} \r\n`;
    expect(parsePublicKey(spaced)).toMatchObject({ normalized: ED25519.line });
    expect(parsePublicKey(`${ED25519.line} my  laptop`)).toMatchObject({
      normalized: `${ED25519.line} my laptop`,
    });
  });

  it.each([
    [keyLine('ssh-dss', bytes(32)), /ssh-ed25519, ecdsa/],
    [DSA.line, /ssh-ed25519, ecdsa/],
    ['ssh-ed25519 not*base64', /damaged/],
    [ED25519.line.replace('ssh-ed25519', 'ssh-rsa'), /not ssh-rsa data/],
    ['-----BEGIN OPENSSH PRIVATE KEY-----\nabc', /private key/],
    ['---- BEGIN SSH2 PUBLIC KEY ----\nAAAA', /ssh-keygen -i/],
    ['   ', /Paste a public key/],
    [42, /Paste a public key/],
  ])('refuses %j with a clear message', (text, message) => {
    expect(checkPublicKey(text)).toMatch(message);
  });

  it.each([
    ['the type alone', 'ssh-ed25519'],
    ['the type with no key', 'ssh-ed25519 AAAAC3NzaC1lZDI1NTE5'],
    ['a line cut to 60 characters', ED25519.line.slice(0, 60)],
    ['a line cut inside the type', ECDSA_256.line.slice(0, 30)],
    [
      'a line missing its last character',
      ED25519.line.replace(' test@host', '').slice(0, -1),
    ],
    ['an RSA key cut to its exponent', RSA_2048.line.slice(0, 40)],
    ['an ecdsa key with no point', keyLine('ecdsa-sha2-nistp384', 'nistp384')],
  ])('says a key is cut short: %s', (_, text) => {
    expect(checkPublicKey(text)).toBe(
      'This key is cut short: copy the whole line of your .pub file',
    );
  });

  it('refuses two keys pasted on two lines', () => {
    const twoKeys = `${ED25519.line}\n${RSA_2048.line}\n`;
    expect(checkPublicKey(twoKeys)).toBe(
      'Paste one key at a time: this text has more than one line',
    );
  });

  it.each([
    ['an ed25519 key', ED25519.line],
    ['an ecdsa key', ECDSA_521.line],
    ['an RSA key', RSA_2048.line],
  ])('refuses %s with data after its end', (_, line) => {
    expect(checkPublicKey(withExtra(line, 0, 0, 0, 0))).toMatch(
      /extra data after its end/,
    );
  });

  it.each([
    [
      'an ed25519 key of 31 bytes',
      keyLine('ssh-ed25519', bytes(31)),
      /not 32 bytes/,
    ],
    [
      'an ecdsa key naming another curve',
      keyLine('ecdsa-sha2-nistp256', 'nistp384', bytes(65, 4)),
      /curve is not nistp256/,
    ],
    [
      'an ecdsa point of the wrong length',
      keyLine('ecdsa-sha2-nistp384', 'nistp384', bytes(65, 4)),
      /not a nistp384 point/,
    ],
    [
      'a compressed ecdsa point',
      keyLine('ecdsa-sha2-nistp256', 'nistp256', bytes(65, 2)),
      /not a nistp256 point/,
    ],
    [
      'an RSA key with a negative modulus',
      keyLine('ssh-rsa', bytes(3, 1), bytes(257, 0x80)),
      /numbers are not valid/,
    ],
    [
      'an RSA key with an empty exponent',
      keyLine('ssh-rsa', bytes(0), bytes(257, 0)),
      /numbers are not valid/,
    ],
  ])('refuses %s as damaged', (_, text, detail) => {
    const problem = checkPublicKey(text);
    expect(problem).toMatch(/^The key data is damaged: /);
    expect(problem).toMatch(detail);
  });

  it('refuses an RSA key under 2048 bits, and over 16384', () => {
    expect(checkPublicKey(RSA_1024.line)).toMatch(
      /only 1024 bits: make one of at least 2048 bits/,
    );
    const huge = keyLine('ssh-rsa', bytes(3, 1), bytes(2049, 0x7f));
    expect(checkPublicKey(huge)).toMatch(/16391 bits: OpenSSH accepts/);
  });
});
