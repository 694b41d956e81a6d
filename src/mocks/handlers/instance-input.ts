import { checkName, checkTags, checkUserData } from '../../lib/validation';
import {
  failIfInvalid,
  failOnField,
  findByIdOrName,
  type Details,
} from '../http';
import { INSTANCE_ACTIONS, type InstanceAction } from '../transitions';
import type { MockState, Network, StoredInstance } from '../types';

export interface CreateInput {
  name: string;
  region: string;
  plan: string;
  image: string;
  ssh_keys: string[];
  tags: string[];
  user_data: string | null;
  networks: Network[];
  backups: boolean;
}

type Body = Record<string, unknown>;

/** The create request, checked field by field; throws a 422 if wrong. */
export function parseCreate(state: MockState, body: Body): CreateInput {
  const errors: Details = {};
  const check = (field: string, error: string | undefined) => {
    if (error) errors[field] = error;
  };
  check('name', nameError(state, body.name));
  check('region', regionError(state, body.region));
  check('plan', knownError(state.plans, body.plan, 'plan'));
  check('image', knownError(state.images, body.image, 'image'));
  const keys = resolveKeys(state, body.ssh_keys);
  check('ssh_keys', keys.error);
  if (body.tags !== undefined) check('tags', checkTags(body.tags));
  if (body.user_data !== undefined && body.user_data !== null) {
    check('user_data', checkUserData(body.user_data));
  }
  const networks = resolveNetworks(state, body.private_networks, body.region);
  check('private_networks', networks.error);
  if (body.backups !== undefined && typeof body.backups !== 'boolean') {
    check('backups', 'Use true or false');
  }
  failIfInvalid(errors);
  return {
    name: body.name as string,
    region: body.region as string,
    plan: body.plan as string,
    image: body.image as string,
    ssh_keys: keys.ids,
    tags: (body.tags as string[] | undefined) ?? [],
    user_data: (body.user_data as string | null | undefined) ?? null,
    networks: networks.found,
    backups: (body.backups as boolean | undefined) ?? false,
  };
}

/** The fields of a PATCH, checked; throws a 422 if wrong. */
export function parseUpdate(
  state: MockState,
  instance: StoredInstance,
  body: Body,
): Partial<Pick<StoredInstance, 'name' | 'tags'>> {
  const errors: Details = {};
  if (body.name !== undefined && body.name !== instance.name) {
    const error = nameError(state, body.name);
    if (error) errors.name = error;
  }
  if (body.tags !== undefined) {
    const error = checkTags(body.tags);
    if (error) errors.tags = error;
  }
  failIfInvalid(errors);
  const changes: Partial<Pick<StoredInstance, 'name' | 'tags'>> = {};
  if (body.name !== undefined) changes.name = body.name as string;
  if (body.tags !== undefined) changes.tags = [...(body.tags as string[])];
  return changes;
}

export interface ActionInput {
  type: InstanceAction;
  changes: Partial<StoredInstance>;
}

export function parseAction(
  state: MockState,
  instance: StoredInstance,
  body: Body,
): ActionInput {
  const type = body.type as InstanceAction;
  if (!INSTANCE_ACTIONS.includes(type)) {
    failOnField('type', 'Choose start, stop, reboot, rebuild or resize');
  }
  if (type === 'resize') {
    failOnField('plan', resizeError(state, instance, body.plan));
    return { type, changes: { plan: body.plan as string } };
  }
  if (type === 'rebuild') {
    const image = body.image ?? instance.image;
    failOnField('image', knownError(state.images, image, 'image'));
    return { type, changes: { image: image as string } };
  }
  return { type, changes: {} };
}

function nameError(state: MockState, name: unknown): string | undefined {
  const error = checkName(name);
  if (error) return error;
  if (state.instances.some((instance) => instance.name === name)) {
    return `An instance named '${name}' already exists; choose another name`;
  }
  return undefined;
}

function regionError(state: MockState, id: unknown): string | undefined {
  if (id === undefined || id === '') return 'Choose a region';
  const region = state.regions.find((r) => r.id === id);
  if (!region) {
    const ids = state.regions.map((r) => r.id).join(', ');
    return `Unknown region '${String(id)}'; choose one of ${ids}`;
  }
  if (!region.available) {
    return `Region '${region.id}' is not taking new resources; choose another`;
  }
  return undefined;
}

export function knownError(
  items: { id: string }[],
  id: unknown,
  what: 'plan' | 'image',
): string | undefined {
  if (id === undefined || id === '') return `Choose ${an(what)}`;
  if (items.some((item) => item.id === id)) return undefined;
  return `Unknown ${what} '${String(id)}'; choose one from the list`;
}

const an = (what: string) => (what === 'image' ? 'an image' : `a ${what}`);

function resizeError(
  state: MockState,
  instance: StoredInstance,
  planId: unknown,
): string | undefined {
  const unknown = knownError(state.plans, planId, 'plan');
  if (unknown) return unknown;
  if (planId === instance.plan) {
    return `The instance is already on ${planId}; choose another plan`;
  }
  const current = state.plans.find((p) => p.id === instance.plan);
  const next = state.plans.find((p) => p.id === planId);
  if (current && next && next.disk_gb < current.disk_gb) {
    return (
      `Choose a plan with at least ${current.disk_gb} GB of disk: ` +
      'a disk cannot shrink'
    );
  }
  return undefined;
}

function resolveKeys(state: MockState, value: unknown) {
  if (value === undefined) return { ids: [] as string[] };
  if (!isStringList(value)) {
    return { ids: [], error: 'Give SSH keys as a list of ids or names' };
  }
  const ids = new Set<string>();
  for (const key of value) {
    const found = findByIdOrName(state.sshKeys, key);
    if (!found) {
      return { ids: [], error: `SSH key '${key}' not found; add it first` };
    }
    ids.add(found.id);
  }
  return { ids: [...ids] };
}

function resolveNetworks(state: MockState, value: unknown, region: unknown) {
  if (value === undefined) return { found: [] as Network[] };
  if (!isStringList(value)) {
    return { found: [], error: 'Give networks as a list of ids or names' };
  }
  const found = new Map<string, Network>();
  for (const key of value) {
    const network = findByIdOrName(state.networks, key);
    if (!network) return { found: [], error: `Network '${key}' not found` };
    if (typeof region === 'string' && network.region !== region) {
      const error =
        `Network '${network.name}' is in ${network.region}; ` +
        `choose a network in ${region}`;
      return { found: [], error };
    }
    found.set(network.id, network);
  }
  return { found: [...found.values()] };
}

function isStringList(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((v) => typeof v === 'string');
}
