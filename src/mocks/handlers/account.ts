import { checkName } from '../../lib/validation';
import { sha256Hex } from '../auth';
import { DAY, now, nowIso, toIso } from '../clock';
import { newestFirst } from '../filters';
import {
  created,
  failIfInvalid,
  lookup,
  noContent,
  ok,
  readBody,
  type Details,
} from '../http';
import { newId } from '../ids';
import { list } from '../pagination';
import { route, type RouteContext } from '../pipeline';
import { randomString } from '../random';
import type { Scope, StoredToken } from '../types';
import { currentTokenView, tokenView } from '../views';
import { usageHandler } from './usage';

const EXPIRY_DAYS = [30, 90, 365];
const SECRET_ALPHABET =
  'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';

function listTokens({ request, state }: RouteContext): Response {
  return list(request, newestFirst(state.tokens).map(tokenView));
}

async function createToken({ request, state }: RouteContext) {
  const body = await readBody(request);
  const errors: Details = {};
  const nameError = checkName(body.name);
  if (nameError) errors.name = nameError;
  else if (state.tokens.some((t) => t.name === body.name)) {
    errors.name = `A token named '${body.name}' exists; choose another name`;
  }
  const scopes = parseScopes(body.scopes);
  if (!scopes) errors.scopes = 'Choose read, or read and write';
  const days = body.expires_in_days ?? null;
  if (days !== null && !EXPIRY_DAYS.includes(days as number)) {
    errors.expires_in_days = 'Choose 30, 90 or 365 days, or no expiry';
  }
  failIfInvalid(errors);
  const secret = `fgk_${randomString(32, SECRET_ALPHABET)}`;
  const token: StoredToken = {
    id: newId('tok'),
    name: body.name as string,
    scopes: scopes as Scope[],
    prefix: secret.slice(0, 8),
    hash: await sha256Hex(secret),
    created_at: nowIso(),
    expires_at: days === null ? null : toIso(now() + (days as number) * DAY),
    last_used_at: null,
  };
  state.tokens.push(token);
  // The only time the secret leaves the mock: nothing may cache it.
  const response = created({ ...tokenView(token), secret });
  response.headers.set('Cache-Control', 'no-store');
  return response;
}

function parseScopes(value: unknown): Scope[] | undefined {
  if (!Array.isArray(value)) return undefined;
  const scopes = new Set(value);
  if (scopes.size === 1 && scopes.has('read')) return ['read'];
  const both = scopes.size === 2 && scopes.has('read') && scopes.has('write');
  return both ? ['read', 'write'] : undefined;
}

function deleteToken({ params, state }: RouteContext): Response {
  const token = lookup(state.tokens, params.id, 'token');
  state.tokens = state.tokens.filter((t) => t !== token);
  return noContent();
}

export const accountHandlers = [
  route('get', '/account', ({ state }) => ok({ ...state.account })),
  route('get', '/account/usage', usageHandler),
  route('get', '/account/tokens', listTokens),
  route('post', '/account/tokens', createToken),
  route('get', '/account/tokens/current', ({ token }) =>
    ok(currentTokenView(token)),
  ),
  route('delete', '/account/tokens/:id', deleteToken),
];
