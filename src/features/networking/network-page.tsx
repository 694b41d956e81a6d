import { useQuery } from '@tanstack/react-query';
import { useId, useState } from 'react';
import {
  Link,
  useNavigate,
  useParams,
  type LoaderFunctionArgs,
} from 'react-router';
import { queryKeys } from '../../api/keys';
import { prefetch, seedFromList } from '../../api/prefetch';
import { currentTokenQuery } from '../../api/queries/account';
import { instanceQueries } from '../../api/queries/instances';
import {
  networkQueries,
  useDeleteNetwork,
  useNetworkMembership,
} from '../../api/queries/networks';
import type { Instance, Network } from '../../api/types';
import { Button } from '../../components/button';
import { ConfirmDialog } from '../../components/confirm-dialog';
import { Copyable } from '../../components/copy-button';
import { DescriptionList } from '../../components/description-list';
import {
  EmptyState,
  ResponsiveTable,
  RowActions,
  tableClasses,
} from '../../components/list';
import { PageHeader } from '../../components/page-header';
import {
  isNotFound,
  ResourceNotFound,
} from '../../components/resource-not-found';
import { lookFor } from '../../components/outcome-check';
import { PickAction } from '../../components/pick-action';
import { QueryError, QueryLoading } from '../../components/query-error';
import { SkeletonText } from '../../components/skeleton';
import { notify } from '../../components/toast';
import { GatedButton, WriteGate } from '../../components/write-gate';
import { cx } from '../../lib/class-names';
import { formatDate } from '../../lib/format';

type NetworkMember = Network['members'][number];

const regionInstances = (region: string) =>
  instanceQueries.list({ region, per_page: 100 });

export function loader({ params }: LoaderFunctionArgs) {
  if (params.networkId) {
    seedFromList(queryKeys.networks, params.networkId);
    prefetch(networkQueries.detail(params.networkId), currentTokenQuery);
  }
  return null;
}

export function NetworkPage() {
  const { networkId = '' } = useParams();
  const query = useQuery(networkQueries.detail(networkId));
  const back = { to: '/networks', label: 'Networks' };

  if (isNotFound(query.error)) {
    return <ResourceNotFound what="Network" error={query.error} back={back} />;
  }
  if (query.isError) {
    return (
      <QueryError
        error={query.error}
        onRetry={() => query.refetch()}
        back={back}
      />
    );
  }
  if (!query.data)
    return (
      <QueryLoading query={query}>
        <SkeletonText lines={6} label="Loading the network" />
      </QueryLoading>
    );
  return <NetworkDetail network={query.data} />;
}

function NetworkDetail({ network }: { network: Network }) {
  const [deleting, setDeleting] = useState(false);
  const instances = useQuery(regionInstances(network.region));
  const byId = new Map(instances.data?.items.map((i) => [i.id, i]));

  return (
    <>
      <PageHeader
        title={network.name}
        back={{ to: '/networks', label: 'Networks' }}
        actions={
          <DeleteNetworkButton
            network={network}
            onClick={() => setDeleting(true)}
          />
        }
      />
      <div className="space-y-8">
        <DescriptionList
          className="rounded-lg border border-slate-200 bg-white px-4"
          items={[
            {
              label: 'ID',
              value: <Copyable value={network.id} label="Copy network ID" />,
            },
            { label: 'Region', value: network.region },
            {
              label: 'Subnet',
              value: <Copyable value={network.subnet} label="Copy subnet" />,
            },
            { label: 'DHCP', value: network.dhcp_enabled ? 'On' : 'Off' },
            { label: 'Created', value: formatDate(network.created_at) },
          ]}
        />
        <section className="space-y-3">
          <h2 className="text-lg font-semibold text-slate-900">Members</h2>
          <Members network={network} byId={byId} />
          <AttachInstance
            network={network}
            instances={instances.data?.items ?? []}
          />
        </section>
      </div>
      <DeleteNetworkDialog
        network={network}
        open={deleting}
        onOpenChange={setDeleting}
      />
    </>
  );
}

interface MembersProps {
  network: Network;
  byId: Map<string, Instance>;
}

function Members({ network, byId }: MembersProps) {
  const [detaching, setDetaching] = useState<NetworkMember | null>(null);
  const { cell, headerCell, pinnedHeader, row } = tableClasses;
  const nameOf = (member: NetworkMember) =>
    byId.get(member.instance_id)?.name ?? member.instance_id;

  if (network.members.length === 0) {
    return (
      <EmptyState
        title="No members"
        description={`Attach instances of ${network.region} to let them talk over ${network.subnet}.`}
      />
    );
  }
  return (
    <>
      <ResponsiveTable label="Members" pinnedEnd>
        <table className={tableClasses.table}>
          <thead className={tableClasses.head}>
            <tr>
              <th scope="col" className={headerCell}>
                Instance
              </th>
              <th scope="col" className={headerCell}>
                Private IP
              </th>
              <th scope="col" className={cx(headerCell, pinnedHeader)}>
                <span className="sr-only">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {network.members.map((member) => (
              <tr key={member.instance_id} className={row}>
                <td className={cell}>
                  <Link
                    to={`/instances/${member.instance_id}/networking`}
                    className="font-medium text-brand-700 hover:underline"
                  >
                    {nameOf(member)}
                  </Link>
                </td>
                <td className={cell}>
                  <Copyable
                    value={member.private_ip}
                    label={`Copy ${member.private_ip}`}
                  />
                </td>
                <RowActions>
                  <GatedButton
                    variant="secondary"
                    size="sm"
                    aria-label={`Detach ${nameOf(member)}`}
                    onClick={() => setDetaching(member)}
                  >
                    Detach
                  </GatedButton>
                </RowActions>
              </tr>
            ))}
          </tbody>
        </table>
      </ResponsiveTable>
      {detaching && (
        <DetachMemberDialog
          network={network}
          member={detaching}
          name={nameOf(detaching)}
          onClose={() => setDetaching(null)}
        />
      )}
    </>
  );
}

function DetachMemberDialog({
  network,
  member,
  name,
  onClose,
}: {
  network: Network;
  member: NetworkMember;
  name: string;
  onClose: () => void;
}) {
  const detach = useNetworkMembership('detach');

  async function confirm() {
    await detach.mutateAsync({
      networkId: network.id,
      instanceId: member.instance_id,
    });
    notify.success(`${name} detached from ${network.name}.`);
  }

  return (
    <ConfirmDialog
      open
      onOpenChange={(open) => !open && onClose()}
      title={`Detach ${name} from ${network.name}?`}
      description={
        <p>
          It loses its private address {member.private_ip} on this network;
          connections over it drop.
        </p>
      }
      consequences={
        <p>
          The instance keeps running. Attached again, it may get another address
          in {network.subnet}.
        </p>
      }
      confirmLabel="Detach instance"
      pendingLabel="Detaching…"
      onConfirm={confirm}
    />
  );
}

function AttachInstance({
  network,
  instances,
}: {
  network: Network;
  instances: Instance[];
}) {
  const attach = useNetworkMembership('attach');
  const members = new Set(network.members.map((m) => m.instance_id));
  const options = instances
    .filter((i) => !members.has(i.id) && i.status !== 'deleting')
    .map((i) => ({ value: i.id, label: i.name }));

  async function join(instanceId: string) {
    await attach.mutateAsync({ networkId: network.id, instanceId });
    const name = instances.find((i) => i.id === instanceId)?.name;
    notify.success(`${name ?? 'The instance'} attached to ${network.name}.`);
  }

  // A lost answer: the network itself tells its members.
  function checkOutcome(instanceId: string) {
    const name = instances.find((i) => i.id === instanceId)?.name ?? instanceId;
    return lookFor({
      query: networkQueries.detail(network.id),
      checking: `Looking for ${name} on ${network.name}…`,
      outcome: (current) =>
        current.members.some((m) => m.instance_id === instanceId)
          ? {
              happened: true,
              message: `${name} attached to ${network.name}.`,
            }
          : {
              happened: false,
              message: `${name} is not on ${network.name}. You can attach it again.`,
            },
    });
  }

  return (
    <PickAction
      label={`Attach an instance of ${network.region}`}
      placeholder="Choose an instance"
      options={options}
      actionLabel="Attach"
      pendingLabel="Attaching…"
      onAction={join}
      checkOutcome={checkOutcome}
    />
  );
}

const memberCount = (count: number) =>
  count === 1 ? '1 member' : `${count} members`;

/** Delete, disabled with the reason while the network has members. */
function DeleteNetworkButton({
  network,
  onClick,
}: {
  network: Network;
  onClick: () => void;
}) {
  const reasonId = useId();
  const count = network.members.length;

  return (
    <div className="flex flex-col items-start gap-1">
      <WriteGate className="items-start">
        {(gate) => (
          <Button
            variant="danger"
            disabled={gate.disabled || count > 0}
            aria-describedby={
              [gate['aria-describedby'], count > 0 ? reasonId : undefined]
                .filter(Boolean)
                .join(' ') || undefined
            }
            onClick={onClick}
          >
            Delete network
          </Button>
        )}
      </WriteGate>
      {count > 0 && (
        <p id={reasonId} className="max-w-56 text-xs text-slate-600">
          Detach its {memberCount(count)} first.
        </p>
      )}
    </div>
  );
}

function DeleteNetworkDialog({
  network,
  open,
  onOpenChange,
}: {
  network: Network;
  open: boolean;
  onOpenChange: (open: boolean) => void;
}) {
  const navigate = useNavigate();
  const remove = useDeleteNetwork({
    onDeleted: () => void navigate('/networks'),
  });
  const count = network.members.length;

  async function confirm() {
    await remove.mutateAsync(network.id);
    notify.success(`Network ${network.name} deleted.`);
  }

  return (
    <ConfirmDialog
      open={open}
      onOpenChange={onOpenChange}
      title={`Delete ${network.name}?`}
      description={
        <p>
          The network {network.name} ({network.subnet}) is deleted. This cannot
          be undone.
        </p>
      }
      consequences={
        // Members joined since the page was drawn: the 409 refetched it.
        count > 0 ? (
          <p>
            It still has {memberCount(count)}: a network with members cannot be
            deleted. Detach them first.
          </p>
        ) : undefined
      }
      confirmLabel="Delete network"
      pendingLabel="Deleting…"
      tone="danger"
      typeToConfirm={network.name}
      onConfirm={confirm}
    />
  );
}

export { NetworkPage as Component };
