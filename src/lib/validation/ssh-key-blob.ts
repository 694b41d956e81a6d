/**
 * The decoded data of an OpenSSH public key: a run of length-prefixed
 * strings (RFC 4253, section 6.6), its own type first, then the key itself.
 */

export const CUT_SHORT =
  'This key is cut short: copy the whole line of your .pub file';
const RUNS_ON =
  'This key has extra data after its end: ' +
  'copy the line of your .pub file exactly, and only that line';

const damaged = (detail: string) =>
  `The key data is damaged: ${detail}; ` +
  'paste the whole line of the .pub file';

const ECDSA_CURVES: Record<string, { curve: string; pointBytes: number }> = {
  'ecdsa-sha2-nistp256': { curve: 'nistp256', pointBytes: 65 },
  'ecdsa-sha2-nistp384': { curve: 'nistp384', pointBytes: 97 },
  'ecdsa-sha2-nistp521': { curve: 'nistp521', pointBytes: 133 },
};

// 2048 bits is NIST's floor for RSA and what every current ssh-keygen
// makes at the least (its default is 3072); a 1024-bit key is within
// reach of a well-funded attacker, and OpenSSH caps keys at 16384 bits.
export const RSA_MIN_BITS = 2048;
export const RSA_MAX_BITS = 16384;

/** What is wrong with the data of a key labelled `type`, if anything. */
export function keyBlobProblem(
  type: string,
  blob: Uint8Array,
): string | undefined {
  const read = wireReader(blob);
  const label = read.next();
  if (!label && isPrefixOf(blob, typeHeader(type))) return CUT_SHORT;
  if (!label || text(label) !== type) return damaged(`it is not ${type} data`);

  const problem =
    type === 'ssh-ed25519'
      ? ed25519Problem(read)
      : type === 'ssh-rsa'
        ? rsaProblem(read)
        : ecdsaProblem(type, read);
  if (problem) return problem;
  return read.atEnd() ? undefined : RUNS_ON;
}

type WireReader = ReturnType<typeof wireReader>;

function ed25519Problem(read: WireReader): string | undefined {
  const key = read.next();
  if (!key) return CUT_SHORT;
  return key.length === 32 ? undefined : damaged('the key is not 32 bytes');
}

// Only the uncompressed point form (0x04, x, y) is written by OpenSSH.
function ecdsaProblem(type: string, read: WireReader): string | undefined {
  const { curve, pointBytes } = ECDSA_CURVES[type] ?? {};
  const name = read.next();
  const point = read.next();
  if (!name || !point) return CUT_SHORT;
  if (text(name) !== curve) return damaged(`its curve is not ${curve}`);
  if (point.length !== pointBytes || point[0] !== 0x04) {
    return damaged(`its point is not a ${curve} point`);
  }
  return undefined;
}

function rsaProblem(read: WireReader): string | undefined {
  const exponent = read.next();
  const modulus = read.next();
  if (!exponent || !modulus) return CUT_SHORT;
  if (!isPositive(exponent) || !isPositive(modulus)) {
    return damaged('its numbers are not valid');
  }
  const bits = bitLength(modulus);
  if (bits < RSA_MIN_BITS) {
    return (
      `This RSA key has only ${bits} bits: make one of at least ` +
      `${RSA_MIN_BITS} bits, or an ed25519 key (ssh-keygen -t ed25519)`
    );
  }
  if (bits > RSA_MAX_BITS) {
    return `This RSA key has ${bits} bits: OpenSSH accepts at most ${RSA_MAX_BITS}`;
  }
  return undefined;
}

function wireReader(blob: Uint8Array) {
  const view = new DataView(blob.buffer, blob.byteOffset, blob.byteLength);
  let offset = 0;
  return {
    /** The next string, or undefined when the data ends before it does. */
    next(): Uint8Array | undefined {
      if (offset + 4 > blob.length) return undefined;
      const start = offset + 4;
      const end = start + view.getUint32(offset);
      if (end > blob.length) return undefined;
      offset = end;
      return blob.subarray(start, end);
    },
    atEnd: () => offset === blob.length,
  };
}

// An mpint is big-endian two's complement: a positive one has its top bit
// clear, with a leading zero byte when the first data byte would set it.
function isPositive(mpint: Uint8Array): boolean {
  const first = mpint[0];
  return first !== undefined && first < 0x80 && mpint.some((b) => b !== 0);
}

function bitLength(mpint: Uint8Array): number {
  const start = mpint.findIndex((b) => b !== 0);
  const first = mpint[start] ?? 0;
  return (mpint.length - start - 1) * 8 + (32 - Math.clz32(first));
}

function typeHeader(type: string): Uint8Array {
  const label = new TextEncoder().encode(type);
  const header = new Uint8Array(4 + label.length);
  new DataView(header.buffer).setUint32(0, label.length);
  header.set(label, 4);
  return header;
}

function isPrefixOf(part: Uint8Array, whole: Uint8Array): boolean {
  return part.length < whole.length && part.every((b, i) => b === whole[i]);
}

const text = (bytes: Uint8Array) => new TextDecoder().decode(bytes);
