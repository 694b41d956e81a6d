import type { InstanceListParams } from '../../api/queries/instances';
import type { Instance } from '../../api/types';

/** The instances a balancer of the region may send traffic to. */
export function regionInstances(region: string): InstanceListParams {
  return { region, per_page: 100 };
}

/** Names by id, so backends read as instances rather than ids. */
export function instanceNames(instances: readonly Instance[] | undefined) {
  return new Map(instances?.map((i) => [i.id, i.name]));
}
