/**
 * OpenSSH public keys: the rule the add-key forms and the mock cloud share,
 * so a key refused here is refused with the same words by the API.
 */
export const SSH_KEY_TYPES = [
  'ssh-ed25519',
  'ecdsa-sha2-nistp256',
  'ecdsa-sha2-nistp384',
  'ecdsa-sha2-nistp521',
  'ssh-rsa',
];

export interface ParsedKey {
  type: string;
  blob: Uint8Array;
  /** The key as stored: type, data and comment, single-spaced. */
  normalized: string;
}

/** Reads an OpenSSH public key line, or says what is wrong with it. */
export function parsePublicKey(text: unknown): ParsedKey | string {
  if (typeof text !== 'string' || text.trim() === '') {
    return 'Paste a public key, such as the contents of ~/.ssh/id_ed25519.pub';
  }
  if (text.includes('PRIVATE KEY')) {
    return 'This is a private key: paste the public key (the .pub file)';
  }
  const [type = '', data = '', ...comment] = text.trim().split(/\s+/);
  if (!SSH_KEY_TYPES.includes(type)) {
    return 'Use an ssh-ed25519, ecdsa-sha2-nistp256/384/521 or ssh-rsa key';
  }
  const blob = decodeBase64(data);
  if (!blob || embeddedType(blob) !== type) {
    return 'The key data is damaged: paste the whole line of the .pub file';
  }
  const normalized = [type, data, ...comment].join(' ');
  return { type, blob, normalized };
}

/** The form's check: a message when the key is refused, else undefined. */
export function checkPublicKey(text: unknown): string | undefined {
  const parsed = parsePublicKey(text);
  return typeof parsed === 'string' ? parsed : undefined;
}

function decodeBase64(data: string): Uint8Array | undefined {
  if (!/^[A-Za-z0-9+/]+={0,2}$/.test(data)) return undefined;
  try {
    return Uint8Array.from(atob(data), (c) => c.charCodeAt(0));
  } catch {
    return undefined;
  }
}

// The blob starts with its own type as a length-prefixed string: a key
// whose label and data disagree has been mangled.
function embeddedType(blob: Uint8Array): string | undefined {
  if (blob.length < 4) return undefined;
  const length = new DataView(blob.buffer, blob.byteOffset).getUint32(0);
  if (length > 64 || blob.length < 4 + length) return undefined;
  return new TextDecoder().decode(blob.subarray(4, 4 + length));
}

/** SHA256:base64 of the key data, without padding, as ssh-keygen -l. */
export async function fingerprint(blob: Uint8Array): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', blob as BufferSource);
  const base64 = btoa(String.fromCharCode(...new Uint8Array(digest)));
  return `SHA256:${base64.replace(/=+$/, '')}`;
}
