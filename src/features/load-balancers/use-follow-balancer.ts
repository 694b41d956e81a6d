import { useEffect, useRef } from 'react';
import type { FieldPath, UseFormReturn } from 'react-hook-form';
import type { LoadBalancer } from '../../api/types';
import {
  editValues,
  type EditLoadBalancerValues,
  type HealthCheckValues,
} from './load-balancer-schema';

type EditForm = UseFormReturn<EditLoadBalancerValues>;

/**
 * Keeps the inputs in step with the balancer as the API describes it,
 * without touching what the user has changed: a field still showing the
 * old value takes the new one; a new backend gets an input, a removed one
 * loses it.
 */
export function useFollowBalancer(form: EditForm, balancer: LoadBalancer) {
  const next = JSON.stringify(editValues(balancer));
  const base = useRef(next);
  useEffect(() => {
    const before = JSON.parse(base.current) as EditLoadBalancerValues;
    const after = JSON.parse(next) as EditLoadBalancerValues;
    base.current = next;
    const follow = (name: string, old: unknown, value: unknown) => {
      const field = name as FieldPath<EditLoadBalancerValues>;
      const shown: unknown = form.getValues(field);
      if (shown === undefined || String(shown) === String(old)) {
        form.setValue(field, value as never);
      }
    };
    follow('algorithm', before.algorithm, after.algorithm);
    for (const [field, value] of Object.entries(after.health_check)) {
      const old = before.health_check[field as keyof HealthCheckValues];
      follow(`health_check.${field}`, old, value);
    }
    for (const [id, weight] of Object.entries(after.weights)) {
      follow(`weights.${id}`, before.weights[id], weight);
    }
    for (const id of Object.keys(before.weights)) {
      if (!(id in after.weights)) form.unregister(`weights.${id}`);
    }
  }, [form, next]);
}
