import { z } from 'zod';
import type {
  HealthCheck,
  LoadBalancer,
  LoadBalancerCreate,
} from '../../api/types';
import { checkName, wholeNumberOrInput } from '../../lib/validation';
import {
  checkHealthCheck,
  checkPort,
  checkWeight,
  type Algorithm,
  type Protocol,
} from '../../lib/validation/load-balancer';

// Every rule comes from the validators the mock cloud shares, so the form
// says in the same words what the API would answer. Numbers are checked as
// typed (an input holds text), then sent as numbers.

/** A health check as its inputs hold it. */
export const healthCheckValues = z.object({
  path: z.string(),
  interval: z.unknown(),
  timeout: z.unknown(),
  unhealthy_threshold: z.unknown(),
});

export type HealthCheckValues = z.infer<typeof healthCheckValues>;

const backendValues = z.object({
  instance_id: z.string(),
  weight: z.unknown(),
});

type Issues = z.RefinementCtx;

function addIssue(context: Issues, path: PropertyKey[], message?: string) {
  if (message) context.addIssue({ code: 'custom', message, path });
}

export function healthCheckIssues(
  check: HealthCheckValues,
  protocol: string,
  context: Issues,
  prefix: PropertyKey[] = ['health_check'],
) {
  const errors = checkHealthCheck(
    { ...check, path: protocol === 'tcp' ? undefined : check.path.trim() },
    protocol,
  );
  for (const [field, message] of Object.entries(errors)) {
    addIssue(context, [...prefix, field], message);
  }
}

export function weightIssue(
  weight: unknown,
  path: PropertyKey[],
  context: Issues,
) {
  addIssue(context, path, checkWeight(weight));
}

export const createLoadBalancerSchema = z
  .object({
    name: z.string(),
    region: z.string(),
    algorithm: z.string(),
    protocol: z.string(),
    port: z.unknown(),
    backend_port: z.unknown(),
    health_check: healthCheckValues,
    backends: z.array(backendValues),
  })
  .superRefine((values, context) => {
    addIssue(context, ['name'], checkName(values.name));
    if (!values.region) addIssue(context, ['region'], 'Choose a region');
    addIssue(context, ['port'], checkPort(values.port));
    addIssue(context, ['backend_port'], checkPort(values.backend_port));
    healthCheckIssues(values.health_check, values.protocol, context);
    values.backends.forEach((backend, index) =>
      weightIssue(backend.weight, ['backends', index, 'weight'], context),
    );
  });

export type CreateLoadBalancerValues = z.infer<typeof createLoadBalancerSchema>;

/** A sensible start: a web service on 80 to 8080, probed every 10 s. */
export function initialValues(region: string): CreateLoadBalancerValues {
  return {
    name: '',
    region,
    algorithm: 'round_robin',
    protocol: 'http',
    port: 80,
    backend_port: 8080,
    health_check: {
      path: '/health',
      interval: 10,
      timeout: 5,
      unhealthy_threshold: 3,
    },
    backends: [],
  };
}

const toInt = wholeNumberOrInput;

/**
 * The health check as the API takes it: tcp sends no path, and the path
 * goes without the spaces a paste brings along (it is checked so too).
 */
export function toHealthCheck(
  check: HealthCheckValues,
  protocol: string,
): HealthCheck {
  return {
    ...(protocol !== 'tcp' && { path: check.path.trim() }),
    interval: toInt(check.interval),
    timeout: toInt(check.timeout),
    unhealthy_threshold: toInt(check.unhealthy_threshold),
  };
}

/** The request body, for both the request and its curl preview. */
export function toCreateRequest(
  values: CreateLoadBalancerValues,
): LoadBalancerCreate {
  return {
    name: values.name,
    region: values.region,
    algorithm: values.algorithm as Algorithm,
    protocol: values.protocol as Protocol,
    port: toInt(values.port),
    backend_port: toInt(values.backend_port),
    health_check: toHealthCheck(values.health_check, values.protocol),
    ...(values.backends.length > 0 && {
      backends: values.backends.map((backend) => ({
        instance_id: backend.instance_id,
        weight: toInt(backend.weight),
      })),
    }),
  };
}

/** What the load balancer's page lets the user change, as its inputs hold it. */
export const editLoadBalancerSchema = (protocol: string) =>
  z
    .object({
      algorithm: z.string(),
      health_check: healthCheckValues,
      weights: z.record(z.string(), z.unknown()),
    })
    .superRefine((values, context) => {
      healthCheckIssues(values.health_check, protocol, context);
      for (const [instanceId, weight] of Object.entries(values.weights)) {
        weightIssue(weight, ['weights', instanceId], context);
      }
    });

export type EditLoadBalancerValues = z.infer<
  ReturnType<typeof editLoadBalancerSchema>
>;

export function editValues(balancer: LoadBalancer): EditLoadBalancerValues {
  const check = balancer.health_check;
  return {
    algorithm: balancer.algorithm,
    health_check: {
      path: check.path ?? '',
      interval: check.interval,
      timeout: check.timeout,
      unhealthy_threshold: check.unhealthy_threshold,
    },
    weights: Object.fromEntries(
      balancer.backends.map((b) => [b.instance_id, b.weight]),
    ),
  };
}
