import {
  checkName,
  fingerprint,
  parsePublicKey,
  type ParsedKey,
} from '../../lib/validation';
import { nowIso } from '../clock';
import { newestFirst } from '../filters';
import {
  created,
  failIfInvalid,
  fieldError,
  lookup,
  noContent,
  readBody,
} from '../http';
import { newId } from '../ids';
import { list } from '../pagination';
import { route, type RouteContext } from '../pipeline';
import type { MockState, SshKey } from '../types';

const keyView = (key: SshKey) => ({ ...key });

function listKeys({ request, state }: RouteContext): Response {
  return list(request, newestFirst(state.sshKeys).map(keyView));
}

async function createKey({ request, state }: RouteContext) {
  const body = await readBody(request);
  const parsed = parsePublicKey(body.public_key);
  const print =
    typeof parsed === 'string' ? undefined : await fingerprint(parsed.blob);
  failIfInvalid({
    ...fieldError('name', nameError(state, body.name)),
    ...fieldError('public_key', keyError(state, parsed, print)),
  });
  const key: SshKey = {
    id: newId('key'),
    name: body.name as string,
    fingerprint: print as string,
    public_key: (parsed as ParsedKey).normalized,
    created_at: nowIso(),
  };
  state.sshKeys.push(key);
  return created(keyView(key));
}

function nameError(state: MockState, name: unknown): string | undefined {
  const error = checkName(name);
  if (error) return error;
  if (state.sshKeys.some((k) => k.name === name)) {
    return `An SSH key named '${name}' exists; choose another name`;
  }
  return undefined;
}

function keyError(
  state: MockState,
  parsed: ParsedKey | string,
  print: string | undefined,
): string | undefined {
  if (typeof parsed === 'string') return parsed;
  const twin = state.sshKeys.find((k) => k.fingerprint === print);
  return twin ? `This key is already added, as '${twin.name}'` : undefined;
}

// Instances keep the keys they were built with: deleting one here only
// stops it being offered for new instances.
function deleteKey({ params, state }: RouteContext): Response {
  const key = lookup(state.sshKeys, params.id, 'ssh_key');
  state.sshKeys = state.sshKeys.filter((k) => k !== key);
  return noContent();
}

export const sshKeyHandlers = [
  route('get', '/ssh-keys', listKeys),
  route('post', '/ssh-keys', createKey),
  route('delete', '/ssh-keys/:id', deleteKey),
];
