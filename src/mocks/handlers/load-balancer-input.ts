import { checkName } from '../../lib/validation';
import {
  checkAlgorithm,
  checkHealthCheck,
  checkPort,
  checkProtocol,
  checkWeight,
  type Algorithm,
  type Protocol,
} from '../../lib/validation/load-balancer';
import {
  conflict,
  fail,
  failIfInvalid,
  findByIdOrName,
  invalid,
  type Details,
} from '../http';
import type {
  HealthCheck,
  MockState,
  StoredInstance,
  StoredLoadBalancer,
} from '../types';

type Body = Record<string, unknown>;

// 422 details name nested fields with a dot ("health_check.timeout"), as
// the form names its inputs, so each message lands under its input.

export interface CreateInput {
  name: string;
  region: string;
  algorithm: Algorithm;
  protocol: Protocol;
  port: number;
  backend_port: number;
  health_check: HealthCheck;
  backends: { instance: StoredInstance; weight: number }[];
}

function healthErrors(value: unknown, protocol: unknown): Details {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return { health_check: 'Give a health check as an object' };
  }
  const errors = checkHealthCheck(value, protocol);
  return Object.fromEntries(
    Object.entries(errors).map(([field, error]) => [
      `health_check.${field}`,
      error,
    ]),
  );
}

/** The health check as stored: tcp keeps no path. */
function toHealthCheck(value: unknown, protocol: unknown): HealthCheck {
  const check = value as Record<string, unknown>;
  return {
    ...(protocol === 'tcp' ? {} : { path: check.path as string }),
    interval: Number(check.interval),
    timeout: Number(check.timeout),
    unhealthy_threshold: Number(check.unhealthy_threshold),
  };
}

function nameError(state: MockState, name: unknown) {
  const error = checkName(name);
  if (error) return error;
  if (state.loadBalancers.some((b) => b.name === name)) {
    return `A load balancer named '${String(name)}' already exists; choose another name`;
  }
  return undefined;
}

function regionError(state: MockState, id: unknown) {
  if (id === undefined || id === '') return 'Choose a region';
  const region = state.regions.find((r) => r.id === id);
  if (!region) return `Unknown region '${String(id)}'`;
  if (!region.available) {
    return `Region '${region.id}' is not taking new resources; choose another`;
  }
  return undefined;
}

/** The instance a backend names, or why it cannot be one here. */
export function backendInstance(
  state: MockState,
  region: string,
  key: unknown,
): { instance?: StoredInstance; error?: string } {
  if (typeof key !== 'string' || key === '') {
    return { error: 'Choose an instance' };
  }
  const instance = findByIdOrName(state.instances, key);
  if (!instance || instance.status === 'deleting') {
    return { error: `Instance '${key}' not found` };
  }
  if (instance.region !== region) {
    return {
      error:
        `Instance '${instance.name}' is in ${instance.region}; ` +
        `choose an instance in ${region}`,
    };
  }
  return { instance };
}

function initialBackends(state: MockState, body: Body, errors: Details) {
  const list = body.backends ?? [];
  if (!Array.isArray(list)) {
    errors.backends = 'Give backends as a list';
    return [];
  }
  const chosen: CreateInput['backends'] = [];
  list.forEach((item: Record<string, unknown>, index) => {
    const found = backendInstance(
      state,
      String(body.region),
      item?.instance_id,
    );
    const weightError = checkWeight(item?.weight);
    if (found.error) errors[`backends.${index}.instance_id`] = found.error;
    if (weightError) errors[`backends.${index}.weight`] = weightError;
    if (!found.instance) return;
    if (chosen.some((b) => b.instance.id === found.instance?.id)) {
      errors[`backends.${index}.instance_id`] =
        `Instance '${found.instance.name}' is listed twice`;
    }
    chosen.push({ instance: found.instance, weight: Number(item.weight) });
  });
  return chosen;
}

export function parseCreate(state: MockState, body: Body): CreateInput {
  const errors: Details = {};
  const check = (field: string, error: string | undefined) => {
    if (error) errors[field] = error;
  };
  check('name', nameError(state, body.name));
  check('region', regionError(state, body.region));
  check('algorithm', checkAlgorithm(body.algorithm));
  check('protocol', checkProtocol(body.protocol));
  check('port', checkPort(body.port));
  check('backend_port', checkPort(body.backend_port));
  Object.assign(errors, healthErrors(body.health_check, body.protocol));
  const backends = initialBackends(state, body, errors);
  failIfInvalid(errors);
  return {
    name: body.name as string,
    region: body.region as string,
    algorithm: body.algorithm as Algorithm,
    protocol: body.protocol as Protocol,
    port: Number(body.port),
    backend_port: Number(body.backend_port),
    health_check: toHealthCheck(body.health_check, body.protocol),
    backends,
  };
}

export function parseUpdate(
  balancer: StoredLoadBalancer,
  body: Body,
): Partial<Pick<StoredLoadBalancer, 'algorithm' | 'health_check'>> {
  const errors: Details = {};
  if (body.algorithm === undefined && body.health_check === undefined) {
    fail(invalid({ algorithm: 'Give an algorithm or a health check' }));
  }
  if (body.algorithm !== undefined) {
    const error = checkAlgorithm(body.algorithm);
    if (error) errors.algorithm = error;
  }
  if (body.health_check !== undefined) {
    Object.assign(errors, healthErrors(body.health_check, balancer.protocol));
  }
  failIfInvalid(errors);
  return {
    ...(body.algorithm !== undefined && {
      algorithm: body.algorithm as Algorithm,
    }),
    ...(body.health_check !== undefined && {
      health_check: toHealthCheck(body.health_check, balancer.protocol),
    }),
  };
}

/** A new backend: same region, not there yet, a weight in range. */
export function parseNewBackend(
  state: MockState,
  balancer: StoredLoadBalancer,
  body: Body,
): { instance: StoredInstance; weight: number } {
  const found = backendInstance(state, balancer.region, body.instance_id);
  const weightError = checkWeight(body.weight);
  failIfInvalid({
    ...(found.error && { instance_id: found.error }),
    ...(weightError && { weight: weightError }),
  });
  const instance = found.instance as StoredInstance;
  if (balancer.backends.some((b) => b.instance_id === instance.id)) {
    fail(
      conflict(
        `Instance '${instance.name}' is already a backend of '${balancer.name}'`,
      ),
    );
  }
  return { instance, weight: Number(body.weight) };
}

export function parseWeight(body: Body): number {
  const error = checkWeight(body.weight);
  if (error) fail(invalid({ weight: error }));
  return Number(body.weight);
}
