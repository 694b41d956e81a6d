import { checkName } from '../../lib/validation';
import { nowIso } from '../clock';
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
import {
  fingerprint,
  parsePublicKey,
  type ParsedKey,
} from '../ssh-key-format';
import type { SshKey } from '../types';

const keyView = (key: SshKey) => ({ ...key });

function listKeys({ request, state }: RouteContext): Response {
  return list(request, newestFirst(state.sshKeys).map(keyView));
}

function getKey({ params, state }: RouteContext): Response {
  return ok(keyView(lookup(state.sshKeys, params.id, 'ssh_key')));
}

async function createKey({ request, state }: RouteContext) {
  const body = await readBody(request);
  const errors: Details = {};
  const nameError = checkName(body.name);
  if (nameError) errors.name = nameError;
  else if (state.sshKeys.some((k) => k.name === body.name)) {
    errors.name = `An SSH key named '${body.name}' exists; choose another name`;
  }
  const parsed = parsePublicKey(body.public_key);
  if (typeof parsed === 'string') errors.public_key = parsed;
  failIfInvalid(errors);
  const { blob, normalized } = parsed as ParsedKey;
  const print = await fingerprint(blob);
  const twin = state.sshKeys.find((k) => k.fingerprint === print);
  if (twin) {
    failIfInvalid({
      public_key: `This key is already added, as '${twin.name}'`,
    });
  }
  const key: SshKey = {
    id: newId('key'),
    name: body.name as string,
    fingerprint: print,
    public_key: normalized,
    created_at: nowIso(),
  };
  state.sshKeys.push(key);
  return created(keyView(key));
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
  route('get', '/ssh-keys/:id', getKey),
  route('delete', '/ssh-keys/:id', deleteKey),
];
