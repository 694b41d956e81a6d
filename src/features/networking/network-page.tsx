import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import {
  Link,
  useNavigate,
  useParams,
  type LoaderFunctionArgs,
} from 'react-router';
import { prefetch } from '../../api/prefetch';
import { currentTokenQuery } from '../../api/queries/account';
import { instanceQueries } from '../../api/queries/instances';
import {
  networkQueries,
  useDeleteNetwork,
  useNetworkMembership,
} from '../../api/queries/networks';
import type { Instance, Network } from '../../api/types';
import { ConfirmDialog } from '../../components/confirm-dialog';
import { Copyable } from '../../components/copy-button';
import { describeError } from '../../components/describe-error';
import { DescriptionList } from '../../components/description-list';
import {
  EmptyState,
  ResponsiveTable,
  tableClasses,
} from '../../components/list';
import { PageHeader } from '../../components/page-header';
import { PickAction } from '../../components/pick-action';
import { QueryError } from '../../components/query-error';
import { SkeletonText } from '../../components/skeleton';
import { notify } from '../../components/toast';
import { GatedButton } from '../../components/write-gate';
import { formatDate } from '../../lib/format';

const regionInstances = (region: string) =>
  instanceQueries.list({ region, per_page: 100 });

export function loader({ params }: LoaderFunctionArgs) {
  if (params.networkId) {
    prefetch(networkQueries.detail(params.networkId), currentTokenQuery);
  }
  return null;
}

export function NetworkPage() {
  const { networkId = '' } = useParams();
  const query = useQuery(networkQueries.detail(networkId));
  const back = { to: '/networks', label: 'Networks' };

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
    return <SkeletonText lines={6} label="Loading the network" />;
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
          <GatedButton variant="danger" onClick={() => setDeleting(true)}>
            Delete network
          </GatedButton>
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
  const { cell, headerCell, row } = tableClasses;
  if (network.members.length === 0) {
    return (
      <EmptyState
        title="No members"
        description={`Attach instances of ${network.region} to let them talk over ${network.subnet}.`}
      />
    );
  }
  return (
    <ResponsiveTable label="Members">
      <table className={tableClasses.table}>
        <thead className={tableClasses.head}>
          <tr>
            <th scope="col" className={headerCell}>
              Instance
            </th>
            <th scope="col" className={headerCell}>
              Private IP
            </th>
            <th scope="col" className={headerCell}>
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
                  {byId.get(member.instance_id)?.name ?? member.instance_id}
                </Link>
              </td>
              <td className={cell}>
                <Copyable
                  value={member.private_ip}
                  label={`Copy ${member.private_ip}`}
                />
              </td>
              <td className={`${cell} text-right`}>
                <DetachButton
                  network={network}
                  instanceId={member.instance_id}
                  name={
                    byId.get(member.instance_id)?.name ?? member.instance_id
                  }
                />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </ResponsiveTable>
  );
}

function DetachButton({
  network,
  instanceId,
  name,
}: {
  network: Network;
  instanceId: string;
  name: string;
}) {
  const detach = useNetworkMembership('detach');

  function leave() {
    detach.mutate(
      { networkId: network.id, instanceId },
      {
        onSuccess: () =>
          notify.success(`${name} detached from ${network.name}.`),
        onError: (error) => {
          const { message, requestId } = describeError(error, { write: true });
          notify.error(message, requestId);
        },
      },
    );
  }

  return (
    <GatedButton
      variant="secondary"
      size="sm"
      disabled={detach.isPending}
      aria-label={`Detach ${name}`}
      onClick={leave}
    >
      {detach.isPending ? 'Detaching…' : 'Detach'}
    </GatedButton>
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

  return (
    <PickAction
      label={`Attach an instance of ${network.region}`}
      placeholder="Choose an instance"
      options={options}
      actionLabel="Attach"
      pendingLabel="Attaching…"
      onAction={join}
    />
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
        count > 0 ? (
          <p>
            It still has {count === 1 ? '1 member' : `${count} members`}: a
            network with members cannot be deleted. Detach them first.
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
