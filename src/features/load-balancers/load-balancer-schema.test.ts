import { describe, expect, it } from 'vitest';
import type { LoadBalancer } from '../../api/types';
import {
  createLoadBalancerSchema,
  editLoadBalancerSchema,
  editValues,
  initialValues,
  toCreateRequest,
} from './load-balancer-schema';
import { hasChanges, pendingChanges } from './pending-changes';

const balancer: LoadBalancer = {
  id: 'lb-1',
  name: 'web-lb',
  region: 'lagos-1',
  status: 'active',
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
  public_ip: '102.89.1.2',
  backends: [
    { instance_id: 'inst-a', weight: 100, health: 'healthy' },
    { instance_id: 'inst-b', weight: 50, health: 'unknown' },
  ],
  created_at: '2026-11-01T00:00:00Z',
};

function issues(values: unknown) {
  const result = createLoadBalancerSchema.safeParse(values);
  if (result.success) return {};
  return Object.fromEntries(
    result.error.issues.map((issue) => [issue.path.join('.'), issue.message]),
  );
}

describe('the create form', () => {
  it('starts valid apart from the name', () => {
    expect(issues(initialValues('lagos-1'))).toEqual({ name: 'Enter a name' });
  });

  it('puts each broken rule under its field', () => {
    const values = {
      ...initialValues('lagos-1'),
      name: 'edge-lb',
      port: 70000,
      health_check: {
        path: 'health',
        interval: 10,
        timeout: 10,
        unhealthy_threshold: 3,
      },
      backends: [{ instance_id: 'inst-a', weight: 0 }],
    };
    expect(issues(values)).toEqual({
      port: 'Use 1 to 65535',
      'health_check.path': 'Start the path with /',
      'health_check.timeout': 'Use less than the interval (10 s)',
      'backends.0.weight': 'Use 1 to 100',
    });
  });

  it('takes a path with spaces around it, and sends it trimmed', () => {
    const values = initialValues('lagos-1');
    values.name = 'edge-lb';
    values.health_check.path = ' /ready ';
    expect(issues(values)).toEqual({});
    expect(toCreateRequest(values).health_check.path).toBe('/ready');
  });

  it('sends numbers, and no path for tcp', () => {
    const values = {
      ...initialValues('lagos-1'),
      name: 'tcp-lb',
      protocol: 'tcp',
      port: '5432',
    };
    expect(issues(values)).toEqual({});
    const body = toCreateRequest(values);
    expect(body.port).toBe(5432);
    expect(body.health_check).toEqual({
      interval: 10,
      timeout: 5,
      unhealthy_threshold: 3,
    });
    expect(body).not.toHaveProperty('backends');
  });
});

describe('the edits on a balancer page', () => {
  it('finds nothing to send when nothing changed', () => {
    expect(hasChanges(pendingChanges(editValues(balancer), balancer))).toBe(
      false,
    );
  });

  it('sends the health check whole and only changed weights', () => {
    const values = editValues(balancer);
    values.health_check.path = '/ready';
    values.weights['inst-b'] = '70';
    expect(pendingChanges(values, balancer)).toEqual({
      config: {
        health_check: {
          path: '/ready',
          interval: 10,
          timeout: 5,
          unhealthy_threshold: 3,
        },
      },
      weights: [{ instanceId: 'inst-b', weight: 70 }],
    });
  });

  it('drops what the API already holds', () => {
    const values = editValues(balancer);
    values.algorithm = 'source_ip';
    const saved = { ...balancer, algorithm: 'source_ip' as const };
    expect(pendingChanges(values, saved).config).toBeNull();
  });

  it('refuses a weight of 101 and a timeout at the interval', () => {
    const values = editValues(balancer);
    values.weights['inst-a'] = 101;
    values.health_check.timeout = 10;
    const result = editLoadBalancerSchema('http').safeParse(values);
    expect(result.success).toBe(false);
    const paths = result.error?.issues.map((issue) => issue.path.join('.'));
    expect(paths).toEqual(['health_check.timeout', 'weights.inst-a']);
  });
});
