import { getState } from './db';
import { apiError } from './http';
import { now, nowIso } from './clock';
import type { StoredToken } from './types';

export interface Identity {
  /** The bearer secret as sent, if any. */
  secret?: string;
  token?: StoredToken;
}

export async function sha256Hex(text: string): Promise<string> {
  const bytes = new TextEncoder().encode(text);
  const digest = await crypto.subtle.digest('SHA-256', bytes);
  return Array.from(new Uint8Array(digest), (b) =>
    b.toString(16).padStart(2, '0'),
  ).join('');
}

/** Finds the token a request presents, by the hash of its secret. */
export async function identify(request: Request): Promise<Identity> {
  const header = request.headers.get('Authorization') ?? '';
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header);
  const secret = match?.[1];
  if (!secret) return {};
  const hash = await sha256Hex(secret);
  const token = getState().tokens.find((t) => t.hash === hash);
  return { secret, token };
}

const WRITE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/** A 401 or 403 when the identity may not make the request. */
export function authorize(
  request: Request,
  identity: Identity,
): Response | undefined {
  const { secret, token } = identity;
  if (!secret) {
    return unauthorized(
      'Send an API token in the Authorization header: Bearer <token>',
    );
  }
  if (!token) {
    return unauthorized(
      'This API token is not valid: it may have been deleted. ' +
        'Sign in with another token',
    );
  }
  if (token.expires_at && Date.parse(token.expires_at) <= now()) {
    return unauthorized(
      `This API token expired at ${token.expires_at}. Create a new one`,
    );
  }
  if (WRITE_METHODS.has(request.method) && !token.scopes.includes('write')) {
    return apiError(
      403,
      'forbidden',
      `Token '${token.name}' is read-only. ` +
        'Use a token with the write scope to make changes',
    );
  }
  token.last_used_at = nowIso();
  return undefined;
}

export function unauthorized(message: string): Response {
  return apiError(401, 'unauthorized', message);
}
