import type { Image, Plan, Pricing, Region } from './types';

export const REGIONS: Region[] = [
  { id: 'lagos-1', name: 'Lagos', country: 'NG', available: true },
  { id: 'nairobi-1', name: 'Nairobi', country: 'KE', available: true },
  {
    id: 'johannesburg-1',
    name: 'Johannesburg',
    country: 'ZA',
    available: true,
  },
  { id: 'accra-1', name: 'Accra', country: 'GH', available: true },
  { id: 'frankfurt-1', name: 'Frankfurt', country: 'DE', available: true },
];

/** The first two octets of public addresses in each region. */
export const PUBLIC_PREFIX: Record<string, string> = {
  'lagos-1': '102.89',
  'nairobi-1': '41.90',
  'johannesburg-1': '196.25',
  'accra-1': '154.160',
  'frankfurt-1': '49.12',
};

function plan(
  id: string,
  name: string,
  [vcpu, ram_gb, disk_gb, transfer_tb]: [number, number, number, number],
  [price_hourly, price_monthly]: [number, number],
): Plan {
  return {
    id,
    name,
    vcpu,
    ram_gb,
    disk_gb,
    transfer_tb,
    price_hourly,
    price_monthly,
  };
}

export const PLANS: Plan[] = [
  plan('basic-1', 'Basic 1', [1, 1, 25, 1], [0.007, 5]),
  plan('standard-1', 'Standard 1', [1, 2, 50, 2], [0.018, 12]),
  plan('standard-2', 'Standard 2', [2, 4, 80, 4], [0.036, 24]),
  plan('standard-4', 'Standard 4', [4, 8, 160, 5], [0.071, 48]),
  plan('standard-8', 'Standard 8', [8, 16, 320, 6], [0.143, 96]),
  plan('cpu-4', 'CPU-Optimized 4', [4, 8, 100, 5], [0.125, 84]),
  plan('cpu-8', 'CPU-Optimized 8', [8, 16, 200, 6], [0.25, 168]),
  plan('memory-4', 'Memory-Optimized 4', [4, 32, 200, 6], [0.188, 126]),
];

export const IMAGES: Image[] = [
  image('ubuntu-24.04', 'Ubuntu 24.04 LTS'),
  image('ubuntu-22.04', 'Ubuntu 22.04 LTS'),
  image('debian-12', 'Debian 12'),
  image('rocky-9', 'Rocky Linux 9'),
  image('fedora-41', 'Fedora 41'),
  image('alpine-3.20', 'Alpine Linux 3.20'),
];

function image(id: string, name: string): Image {
  const [distribution = id, version = ''] = id.split('-');
  return { id, name, distribution, version };
}

/**
 * The rows of a table written one record per line, columns separated by
 * spaces; the last column takes the rest of the line.
 */
export function table<const K extends readonly string[]>(
  text: string,
  columns: K,
): Record<K[number], string>[] {
  return text
    .trim()
    .split('\n')
    .map((line) => {
      const cells = line.trim().split(' ');
      const last = columns.length - 1;
      const row: Record<string, string> = {};
      columns.forEach((column, i) => {
        row[column] = i === last ? cells.slice(i).join(' ') : (cells[i] ?? '');
      });
      return row as Record<K[number], string>;
    });
}

export const PRICING: Pricing = {
  currency: 'USD',
  volume_gb_month: 0.1,
  snapshot_gb_month: 0.05,
  load_balancer_month: 12,
  floating_ip_month: 4,
  egress_gb: 0.01,
  included_egress_gb: 1000,
};
