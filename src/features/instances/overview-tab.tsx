import { useQuery, type UseQueryResult } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { prefetch } from '../../api/prefetch';
import {
  imagesQuery,
  plansQuery,
  pricingQuery,
  regionsQuery,
} from '../../api/queries/reference';
import type { Instance, Plan } from '../../api/types';
import { Copyable } from '../../components/copy-button';
import {
  DescriptionList,
  type DescriptionItem,
} from '../../components/description-list';
import { Skeleton } from '../../components/skeleton';
import { formatDateTime, formatMoney } from '../../lib/format';
import { useInstance } from './instance-outlet';
import { TagList } from './tag-list';

/** Reference data names the region, plan and image: fetched once a session. */
export function loader() {
  prefetch(regionsQuery, plansQuery, imagesQuery, pricingQuery);
  return null;
}

export function OverviewTab() {
  const instance = useInstance();
  const regions = useQuery(regionsQuery);
  const plans = useQuery(plansQuery);
  const images = useQuery(imagesQuery);
  const currency = useQuery(pricingQuery).data?.currency;

  const items: DescriptionItem[] = [
    { label: 'vCPUs', value: instance.specs.vcpu },
    { label: 'Memory', value: `${instance.specs.ram_gb} GB` },
    { label: 'Disk', value: `${instance.specs.disk_gb} GB` },
    { label: 'Public IP', value: address(instance.public_ip, 'public') },
    { label: 'Private IP', value: address(instance.private_ip, 'private') },
    {
      label: 'Region',
      value: named(regions, instance.region, (region) => region.name),
    },
    {
      label: 'Plan',
      value: named(plans, instance.plan, (plan) => planLabel(plan, currency)),
    },
    {
      label: 'Image',
      value: named(images, instance.image, (image) => image.name),
    },
    { label: 'Created', value: <Created instance={instance} /> },
    {
      label: 'Tags',
      value: instance.tags.length > 0 ? <TagList tags={instance.tags} /> : null,
    },
    { label: 'Backups', value: instance.backups ? 'On' : 'Off' },
  ];

  return (
    <DescriptionList
      items={items}
      className="rounded-lg border border-slate-200 bg-white px-4"
    />
  );
}

function address(ip: string | null, kind: 'public' | 'private') {
  if (ip) return <Copyable value={ip} label={`Copy the ${kind} IP`} />;
  return kind === 'public' ? 'Not assigned yet' : null;
}

/**
 * A reference's display name. While the list loads, a placeholder of a
 * line's height; if it cannot load, the id, which still says what it is.
 */
function named<Item extends { id: string }>(
  query: UseQueryResult<Item[]>,
  id: string,
  label: (item: Item) => ReactNode,
): ReactNode {
  if (query.isPending) return <Skeleton className="h-5 w-40" />;
  const item = query.data?.find((candidate) => candidate.id === id);
  return item ? label(item) : id;
}

function planLabel(plan: Plan, currency: string | undefined) {
  if (!currency) return plan.name;
  const price = formatMoney(plan.price_monthly, currency);
  return `${plan.name} · ${price} a month`;
}

function Created({ instance }: { instance: Instance }) {
  return (
    <time dateTime={instance.created_at}>
      {formatDateTime(instance.created_at)}
    </time>
  );
}

export { OverviewTab as Component };
