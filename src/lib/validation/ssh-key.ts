/**
 * OpenSSH public keys: the rule the add-key forms and the mock cloud share,
 * so a key refused here is refused with the same words by the API.
 */
import { CUT_SHORT, keyBlobProblem } from './ssh-key-blob';

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
  const problem = formatProblem(text.trim());
  if (problem) return problem;

  const [type = '', data = '', ...comment] = text.trim().split(/\s+/);
  if (!SSH_KEY_TYPES.includes(type)) {
    return 'Use an ssh-ed25519, ecdsa-sha2-nistp256/384/521 or ssh-rsa key';
  }
  const blob = decodeBase64(data);
  if (typeof blob === 'string') return blob;
  const blobProblem = keyBlobProblem(type, blob);
  if (blobProblem) return blobProblem;

  const normalized = [type, data, ...comment].join(' ');
  return { type, blob, normalized };
}

// Text that is not one OpenSSH key line: said first, since its words and
// line breaks would otherwise be read as a type, data and comment.
function formatProblem(text: string): string | undefined {
  if (text.includes('PRIVATE KEY')) {
    return 'This is a private key: paste the public key (the .pub file)';
  }
  if (text.includes('BEGIN SSH2 PUBLIC KEY')) {
    return (
      'This key is in the SSH2 format: convert it with ' +
      'ssh-keygen -i -f <file> and paste the one line it prints'
    );
  }
  if (/[\r\n]/.test(text)) {
    return 'Paste one key at a time: this text has more than one line';
  }
  return undefined;
}

/** The form's check: a message when the key is refused, else undefined. */
export function checkPublicKey(text: unknown): string | undefined {
  const parsed = parsePublicKey(text);
  return typeof parsed === 'string' ? parsed : undefined;
}

function decodeBase64(data: string): Uint8Array | string {
  if (data === '') return CUT_SHORT;
  const damaged =
    'The key data is damaged: paste the whole line of the .pub file';
  if (!/^[A-Za-z0-9+/]+={0,2}$/.test(data)) return damaged;
  // Base64 comes in groups of four characters; one left over is a line
  // that stopped part-way.
  if (data.replace(/=+$/, '').length % 4 === 1) return CUT_SHORT;
  try {
    return Uint8Array.from(atob(data), (c) => c.charCodeAt(0));
  } catch {
    return damaged;
  }
}

/** SHA256:base64 of the key data, without padding, as ssh-keygen -l. */
export async function fingerprint(blob: Uint8Array): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', blob as BufferSource);
  const base64 = btoa(String.fromCharCode(...new Uint8Array(digest)));
  return `SHA256:${base64.replace(/=+$/, '')}`;
}
