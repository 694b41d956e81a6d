import type { Usage } from '../../api/types';

export type LineCategory =
  'instances' | 'volumes' | 'load_balancers' | 'floating_ips' | 'bandwidth';

/** One billed line, whatever its kind: the tables and the CSV read these. */
export interface UsageLine {
  category: LineCategory;
  id: string;
  name: string;
  /** Plan, size or egress: what the price was for. */
  detail: string;
  hours: number | null;
  /** The API's figure, as billed. */
  cost: number;
  deleted: boolean;
  /** The resource's page; none once it is deleted. */
  href: string | null;
}

export const categoryLabels: Record<LineCategory, string> = {
  instances: 'Instances',
  volumes: 'Volumes',
  load_balancers: 'Load balancers',
  floating_ips: 'Floating IPs',
  bandwidth: 'Bandwidth',
};

const link = (deleted: boolean, path: string) => (deleted ? null : path);

export function usageLines(usage: Usage): UsageLine[] {
  const { breakdown } = usage;
  const { bandwidth } = breakdown;
  return [
    ...breakdown.instances.map((line) => ({
      category: 'instances' as const,
      ...line,
      detail: line.plan,
      href: link(line.deleted, `/instances/${line.id}`),
    })),
    ...breakdown.volumes.map((line) => ({
      category: 'volumes' as const,
      ...line,
      detail: `${line.size_gb} GB`,
      href: link(line.deleted, `/volumes/${line.id}`),
    })),
    ...breakdown.load_balancers.map((line) => ({
      category: 'load_balancers' as const,
      ...line,
      detail: '',
      href: link(line.deleted, `/load-balancers/${line.id}`),
    })),
    ...breakdown.floating_ips.map((line) => ({
      category: 'floating_ips' as const,
      ...line,
      name: line.ip,
      detail: '',
      href: link(line.deleted, '/floating-ips'),
    })),
    {
      category: 'bandwidth' as const,
      id: 'bandwidth',
      name: 'Egress',
      detail: `${bandwidth.egress_gb} GB out, ${bandwidth.included_gb} GB included`,
      hours: null,
      cost: bandwidth.cost,
      deleted: false,
      href: null,
    },
  ].map(pick);
}

/** Drops fields a line kind carries beyond the common shape. */
function pick(line: UsageLine): UsageLine {
  const { category, id, name, detail, hours, cost, deleted, href } = line;
  return { category, id, name, detail, hours, cost, deleted, href };
}

/** The dearest resources across kinds, for the chart. */
export function topResources(lines: UsageLine[], count = 5): UsageLine[] {
  return lines
    .filter((line) => line.category !== 'bandwidth' && line.cost > 0)
    .sort((a, b) => b.cost - a.cost)
    .slice(0, count);
}
