import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Link, type LoaderFunctionArgs } from 'react-router';
import { prefetch } from '../../api/prefetch';
import { currentTokenQuery } from '../../api/queries/account';
import {
  floatingIpQueries,
  useReleaseFloatingIp,
  useReserveFloatingIp,
} from '../../api/queries/floating-ips';
import { instanceQueries } from '../../api/queries/instances';
import { queryKeys } from '../../api/keys';
import { pricingQuery, regionsQuery } from '../../api/queries/reference';
import type { Page } from '../../api/client';
import type { FloatingIp, Instance } from '../../api/types';
import { ConfirmDialog } from '../../components/confirm-dialog';
import { Copyable } from '../../components/copy-button';
import {
  EmptyState,
  IgnoredFilters,
  ListStates,
  Pagination,
  RegionFilter,
  DataTable,
  RowActions,
  TableSkeleton,
  tableClasses,
  readRegionListParams,
  useRegionListParams,
} from '../../components/list';
import { lookFor } from '../../components/outcome-check';
import { PageHeader } from '../../components/page-header';
import { PickAction } from '../../components/pick-action';
import { notify } from '../../components/toast';
import { UnassignFloatingIpDialog } from '../../components/unassign-floating-ip-dialog';
import { GatedButton } from '../../components/write-gate';
import { describeHourlyPrice, hourlyFromMonthly } from '../../lib/pricing';
import { AssignFloatingIpDialog } from './assign-floating-ip-dialog';
import { instanceChoices } from './instance-choices';

const columns = ['Address', 'Region', 'Assigned to', ''];

/** Names for the assigned column; any it lacks are read one by one. */
const knownInstances = instanceChoices();

const listOptions = { filters: ['region'] } as const;

/** How long before a reserve an address may date from and be its own. */
const reserveMargin = 5 * 60_000;

export function loader({ request }: LoaderFunctionArgs) {
  const search = new URL(request.url).searchParams;
  prefetch(
    floatingIpQueries.list(readRegionListParams(search, listOptions).query),
    regionsQuery,
    currentTokenQuery,
  );
  return null;
}

export function FloatingIpsPage() {
  const list = useRegionListParams(listOptions);
  const query = useQuery(floatingIpQueries.list(list.query));
  const instances = useQuery(knownInstances).data?.items;
  const [assigning, setAssigning] = useState<FloatingIp | null>(null);
  const [unassigning, setUnassigning] = useState<FloatingIp | null>(null);
  const [releasing, setReleasing] = useState<FloatingIp | null>(null);

  return (
    <>
      <PageHeader
        title="Floating IPs"
        description="Public addresses you keep, and can move between instances of a region."
      />
      <ReserveFloatingIp />
      <RegionFilter
        label="Filter floating IPs"
        value={list.filters.region}
        onChange={(region) => list.setFilters({ region })}
      />
      <IgnoredFilters ignored={list.ignored} />
      <ListStates
        query={query}
        loading={<TableSkeleton columns={columns} />}
        isEmpty={(page) => page.items.length === 0}
        empty={
          <EmptyState
            title="No floating IPs"
            description="Reserve one in a region, then assign it to an instance there."
          />
        }
      >
        {(page) => (
          <>
            <FloatingIpsTable
              floatingIps={page.items}
              instances={instances}
              onAssign={setAssigning}
              onUnassign={setUnassigning}
              onRelease={setReleasing}
            />
            <Pagination
              label="Floating IP pages"
              pagination={page.pagination}
              onPageChange={list.setPage}
            />
          </>
        )}
      </ListStates>
      {assigning && (
        <AssignFloatingIpDialog
          key={assigning.id}
          floatingIp={assigning}
          onClose={() => setAssigning(null)}
        />
      )}
      {unassigning?.instance_id && (
        <UnassignDialog
          floatingIp={unassigning}
          instanceId={unassigning.instance_id}
          instances={instances}
          onClose={() => setUnassigning(null)}
        />
      )}
      {releasing && (
        <ReleaseDialog
          floatingIp={releasing}
          onClose={() => setReleasing(null)}
        />
      )}
    </>
  );
}

function ReserveFloatingIp() {
  const regions = useQuery(regionsQuery).data ?? [];
  const reserve = useReserveFloatingIp();
  const client = useQueryClient();
  const options = regions
    .filter((region) => region.available)
    .map((region) => ({
      value: region.id,
      label: `${region.name} (${region.id})`,
    }));

  const pricing = useQuery(pricingQuery).data;

  async function take(region: string) {
    const floatingIp = await reserve.mutateAsync(region);
    notify.success(`Reserved ${floatingIp.ip} in ${floatingIp.region}.`);
  }

  // A lost answer: an address has no name to look for, so a new one is
  // an unassigned address of the region that the console had not seen
  // before the request, made since shortly before it (the margin is for
  // a clock apart from the API's).
  function checkOutcome(region: string) {
    const seen = new Set(
      client
        .getQueriesData<Page<FloatingIp>>({
          queryKey: queryKeys.floatingIps.lists(),
        })
        .flatMap(([, page]) => page?.items ?? [])
        .map((floatingIp) => floatingIp.id),
    );
    const since = Date.now() - reserveMargin;
    const isNew = (floatingIp: FloatingIp) =>
      !seen.has(floatingIp.id) &&
      floatingIp.instance_id === null &&
      Date.parse(floatingIp.created_at) >= since;
    return lookFor({
      query: floatingIpQueries.list({ region, per_page: 100 }),
      checking: `Looking for a new floating IP in ${region}…`,
      outcome: (page) => {
        const made = page.items.find(isNew);
        return made
          ? {
              happened: true,
              message: `Reserved ${made.ip} in ${region}.`,
            }
          : {
              happened: false,
              message: `No new floating IP was reserved in ${region}. You can reserve one again.`,
            };
      },
    });
  }

  return (
    <div className="mb-6 max-w-lg space-y-1">
      <PickAction
        label="Reserve a floating IP in"
        placeholder="Choose a region"
        options={options}
        actionLabel="Reserve"
        pendingLabel="Reserving…"
        onAction={take}
        checkOutcome={checkOutcome}
      />
      {pricing && (
        <p className="text-sm text-slate-600">
          {describeHourlyPrice(
            hourlyFromMonthly(pricing.floating_ip_month),
            pricing.floating_ip_month,
            pricing.currency,
          )}
          , while reserved, assigned or not.
        </p>
      )}
    </div>
  );
}

interface TableProps {
  floatingIps: FloatingIp[];
  instances: Instance[] | undefined;
  onAssign: (floatingIp: FloatingIp) => void;
  onUnassign: (floatingIp: FloatingIp) => void;
  onRelease: (floatingIp: FloatingIp) => void;
}

function FloatingIpsTable({
  floatingIps,
  instances,
  onAssign,
  onUnassign,
  onRelease,
}: TableProps) {
  const { cell, row } = tableClasses;

  return (
    <DataTable label="Floating IPs" columns={columns}>
      {floatingIps.map((floatingIp) => (
        <tr key={floatingIp.id} className={row}>
          <td className={cell}>
            <Copyable value={floatingIp.ip} label={`Copy ${floatingIp.ip}`} />
          </td>
          <td className={cell}>{floatingIp.region}</td>
          <td className={cell}>
            {floatingIp.instance_id ? (
              <AssignedInstance id={floatingIp.instance_id} known={instances} />
            ) : (
              <span className="text-slate-600">Unassigned</span>
            )}
          </td>
          <RowActions>
            <FloatingIpActions
              floatingIp={floatingIp}
              onAssign={onAssign}
              onUnassign={onUnassign}
              onRelease={onRelease}
            />
          </RowActions>
        </tr>
      ))}
    </DataTable>
  );
}

function AssignedInstance({
  id,
  known,
}: {
  id: string;
  /** The instances already read, or undefined while they are read. */
  known: Instance[] | undefined;
}) {
  return (
    <Link
      to={`/instances/${id}/networking`}
      className="text-brand-700 hover:underline"
    >
      {useInstanceName(id, known)}
    </Link>
  );
}

/** An instance's name, from the list read or else read on its own. */
function useInstanceName(id: string, known: Instance[] | undefined) {
  const listed = known?.find((instance) => instance.id === id);
  const read = useQuery({
    ...instanceQueries.detail(id),
    enabled: known !== undefined && !listed,
  }).data;
  return (listed ?? read)?.name ?? id;
}

function FloatingIpActions({
  floatingIp,
  onAssign,
  onUnassign,
  onRelease,
}: {
  floatingIp: FloatingIp;
  onAssign: (floatingIp: FloatingIp) => void;
  onUnassign: (floatingIp: FloatingIp) => void;
  onRelease: (floatingIp: FloatingIp) => void;
}) {
  const ip = floatingIp.ip;

  return (
    <>
      <GatedButton
        variant="secondary"
        size="sm"
        aria-label={`${floatingIp.instance_id ? 'Reassign' : 'Assign'} ${ip}`}
        onClick={() => onAssign(floatingIp)}
      >
        {floatingIp.instance_id ? 'Reassign' : 'Assign'}
      </GatedButton>
      {floatingIp.instance_id && (
        <GatedButton
          variant="secondary"
          size="sm"
          aria-label={`Unassign ${ip}`}
          onClick={() => onUnassign(floatingIp)}
        >
          Unassign
        </GatedButton>
      )}
      <GatedButton
        variant="ghost"
        size="sm"
        aria-label={`Release ${ip}`}
        onClick={() => onRelease(floatingIp)}
      >
        Release
      </GatedButton>
    </>
  );
}

/** Unassign, asked first, naming the instance the address leaves. */
function UnassignDialog({
  floatingIp,
  instanceId,
  instances,
  onClose,
}: {
  floatingIp: FloatingIp;
  /** The instance it points at now. */
  instanceId: string;
  instances: Instance[] | undefined;
  onClose: () => void;
}) {
  const name = useInstanceName(instanceId, instances);
  return (
    <UnassignFloatingIpDialog
      floatingIp={floatingIp}
      instanceName={name}
      open
      onOpenChange={(open) => !open && onClose()}
    />
  );
}

function ReleaseDialog({
  floatingIp,
  onClose,
}: {
  floatingIp: FloatingIp;
  onClose: () => void;
}) {
  const release = useReleaseFloatingIp();

  async function confirm() {
    await release.mutateAsync(floatingIp);
    notify.success(`${floatingIp.ip} released.`);
    onClose();
  }

  return (
    <ConfirmDialog
      open
      onOpenChange={(open) => !open && onClose()}
      title={`Release ${floatingIp.ip}?`}
      description={
        <p>
          The address goes back to the pool for good: you cannot get the same
          address back.
          {floatingIp.instance_id && ' The instance it points at loses it now.'}
        </p>
      }
      confirmLabel="Release address"
      pendingLabel="Releasing…"
      tone="danger"
      typeToConfirm={floatingIp.ip}
      onConfirm={confirm}
    />
  );
}

export { FloatingIpsPage as Component };
