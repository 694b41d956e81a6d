import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Link, type LoaderFunctionArgs } from 'react-router';
import { prefetch } from '../../api/prefetch';
import {
  instanceFloatingIpsQuery,
  regionNetworksQuery,
} from '../../api/queries/attachments';
import {
  floatingIpQueries,
  useAssignFloatingIp,
} from '../../api/queries/floating-ips';
import { useNetworkMembership } from '../../api/queries/networks';
import type { FloatingIp, Instance, Network } from '../../api/types';
import { Copyable } from '../../components/copy-button';
import { describeError } from '../../components/describe-error';
import { DescriptionList } from '../../components/description-list';
import { EmptyState, ListStates } from '../../components/list';
import { lookFor } from '../../components/outcome-check';
import { PickAction } from '../../components/pick-action';
import { SkeletonText } from '../../components/skeleton';
import { notify } from '../../components/toast';
import { UnassignFloatingIpDialog } from '../../components/unassign-floating-ip-dialog';
import { GatedButton } from '../../components/write-gate';
import { cx } from '../../lib/class-names';
import { useInstance } from './instance-outlet';
import { TabSection } from './tab-section';

/** Networks and addresses are read by region, known once the instance is. */
export function loader({ params }: LoaderFunctionArgs) {
  if (params.instanceId) {
    prefetch(instanceFloatingIpsQuery(params.instanceId));
  }
  return null;
}

export function NetworkingTab() {
  const instance = useInstance();

  return (
    <div className="space-y-8">
      <TabSection title="Addresses">
        <DescriptionList
          className="rounded-lg border border-slate-200 bg-white px-4"
          items={[
            {
              label: 'Public IPv4',
              value: instance.public_ip ? (
                <Copyable value={instance.public_ip} label="Copy public IP" />
              ) : (
                'Not assigned yet'
              ),
            },
            {
              label: 'Private IPv4',
              value: instance.private_ip && (
                <Copyable value={instance.private_ip} label="Copy private IP" />
              ),
            },
          ]}
        />
      </TabSection>
      <PrivateNetworks instance={instance} />
      <FloatingIps instance={instance} />
    </div>
  );
}

const loadingList = <SkeletonText lines={2} label="Loading" />;

const cardClass =
  'divide-y divide-slate-200 rounded-lg border border-slate-200 bg-white';

const rowClass = cx(
  'flex flex-wrap items-center justify-between gap-2 px-4 py-3 text-sm',
);

function PrivateNetworks({ instance }: { instance: Instance }) {
  const query = useQuery(regionNetworksQuery(instance.region));

  return (
    <TabSection
      title="Private networks"
      description={
        <>
          Instances on the same private network talk over private addresses,
          without going through the internet.
        </>
      }
    >
      <ListStates
        query={query}
        loading={loadingList}
        isEmpty={() => false}
        empty={null}
      >
        {(page) => <NetworkPanel instance={instance} networks={page.items} />}
      </ListStates>
    </TabSection>
  );
}

function NetworkPanel({
  instance,
  networks,
}: {
  instance: Instance;
  networks: Network[];
}) {
  const isMember = (network: Network) =>
    network.members.some((member) => member.instance_id === instance.id);
  const joined = networks.filter(isMember);
  const others = networks.filter((network) => !isMember(network));

  return (
    <div className="space-y-4">
      {joined.length === 0 ? (
        <EmptyState
          title="Not on a private network"
          description={
            <>
              Attach {instance.name} to a network of {instance.region} so that
              it can reach the others privately.
            </>
          }
        />
      ) : (
        <ul className={cardClass}>
          {joined.map((network) => (
            <NetworkRow
              key={network.id}
              instance={instance}
              network={network}
            />
          ))}
        </ul>
      )}
      {others.length > 0 && (
        <AttachNetwork instance={instance} networks={others} />
      )}
    </div>
  );
}

function NetworkRow({
  instance,
  network,
}: {
  instance: Instance;
  network: Network;
}) {
  const detach = useNetworkMembership('detach');
  const [problem, setProblem] = useState<string | null>(null);
  const ip = network.members.find(
    (member) => member.instance_id === instance.id,
  )?.private_ip;

  function leave() {
    setProblem(null);
    const change = { networkId: network.id, instanceId: instance.id };
    detach.mutate(change, {
      onSuccess: () => notify.success(`Detached from ${network.name}.`),
      onError: (error) => setProblem(describeError(error).message),
    });
  }

  return (
    <li className={rowClass}>
      <span className="min-w-0">
        <Link
          to={`/networks/${network.id}`}
          className="block font-medium break-all text-brand-700 hover:underline"
        >
          {network.name}
        </Link>
        <span className="font-mono text-slate-600">{network.subnet}</span>
      </span>
      {ip && <Copyable value={ip} label={`Copy address on ${network.name}`} />}
      <GatedButton
        variant="secondary"
        size="sm"
        disabled={detach.isPending}
        aria-label={`Detach from ${network.name}`}
        onClick={leave}
      >
        {detach.isPending ? 'Detaching…' : 'Detach'}
      </GatedButton>
      {problem && (
        <p role="alert" className="basis-full text-red-800">
          {problem}
        </p>
      )}
    </li>
  );
}

function AttachNetwork({
  instance,
  networks,
}: {
  instance: Instance;
  networks: Network[];
}) {
  const attach = useNetworkMembership('attach');
  const options = networks.map((network) => ({
    value: network.id,
    label: `${network.name} (${network.subnet})`,
  }));

  async function join(networkId: string) {
    const network = await attach.mutateAsync({
      networkId,
      instanceId: instance.id,
    });
    notify.success(`Attached to ${network.name}.`);
  }

  // A lost answer: the region's networks (this tab's) tell the members.
  function checkOutcome(networkId: string) {
    const name = networks.find((n) => n.id === networkId)?.name ?? networkId;
    return lookFor({
      query: regionNetworksQuery(instance.region),
      checking: `Looking for ${instance.name} on ${name}…`,
      outcome: (page) =>
        page.items.some(
          (network) =>
            network.id === networkId &&
            network.members.some((m) => m.instance_id === instance.id),
        )
          ? { happened: true, message: `Attached to ${name}.` }
          : {
              happened: false,
              message: `${instance.name} is not on ${name}. You can attach it again.`,
            },
    });
  }

  return (
    <PickAction
      label="Attach to a network"
      placeholder="Choose a network"
      options={options}
      actionLabel="Attach"
      pendingLabel="Attaching…"
      onAction={join}
      checkOutcome={checkOutcome}
    />
  );
}

function FloatingIps({ instance }: { instance: Instance }) {
  const query = useQuery(instanceFloatingIpsQuery(instance.id));

  return (
    <TabSection
      title="Floating IPs"
      description={
        <>
          A floating IP is a public address that can move to another instance in
          the same region, so a replacement can take over without a DNS change.
        </>
      }
    >
      <ListStates
        query={query}
        loading={loadingList}
        isEmpty={() => false}
        empty={null}
      >
        {(page) =>
          page.items.length === 0 ? (
            <EmptyState
              title="No floating IP assigned"
              description={
                <>
                  Assign one from the floating IPs of {instance.region} to give{' '}
                  {instance.name} an address that outlives it.
                </>
              }
            />
          ) : (
            <ul className={cardClass}>
              {page.items.map((floatingIp) => (
                <FloatingIpRow
                  key={floatingIp.id}
                  instance={instance}
                  floatingIp={floatingIp}
                />
              ))}
            </ul>
          )
        }
      </ListStates>
      <AssignFloatingIp instance={instance} />
    </TabSection>
  );
}

function FloatingIpRow({
  instance,
  floatingIp,
}: {
  instance: Instance;
  floatingIp: FloatingIp;
}) {
  const [unassigning, setUnassigning] = useState(false);

  return (
    <li className={rowClass}>
      <Copyable
        value={floatingIp.ip}
        label={`Copy floating IP ${floatingIp.ip}`}
      />
      <GatedButton
        variant="secondary"
        size="sm"
        aria-label={`Unassign ${floatingIp.ip}`}
        onClick={() => setUnassigning(true)}
      >
        Unassign
      </GatedButton>
      <UnassignFloatingIpDialog
        floatingIp={floatingIp}
        instanceName={instance.name}
        open={unassigning}
        onOpenChange={setUnassigning}
      />
    </li>
  );
}

/** Offers the region's addresses not already here; one elsewhere moves. */
function AssignFloatingIp({ instance }: { instance: Instance }) {
  const query = useQuery(
    floatingIpQueries.list({ region: instance.region, per_page: 100 }),
  );
  const assign = useAssignFloatingIp();
  const options = (query.data?.items ?? [])
    .filter((floatingIp) => floatingIp.instance_id !== instance.id)
    .map((floatingIp) => ({
      value: floatingIp.ip,
      label: floatingIp.instance_id
        ? `${floatingIp.ip} (moves it from another instance)`
        : `${floatingIp.ip} (unassigned)`,
    }));

  async function take(ip: string) {
    await assign.mutateAsync({ ip, instanceId: instance.id });
    notify.success(`${ip} now points at ${instance.name}.`);
  }

  // A lost answer: the region's addresses tell where this one points.
  const checkOutcome = (ip: string) =>
    lookFor({
      query: floatingIpQueries.list({
        region: instance.region,
        per_page: 100,
      }),
      checking: `Looking at where ${ip} points…`,
      outcome: (page) =>
        page.items.some(
          (floatingIp) =>
            floatingIp.ip === ip && floatingIp.instance_id === instance.id,
        )
          ? {
              happened: true,
              message: `${ip} now points at ${instance.name}.`,
            }
          : {
              happened: false,
              message: `${ip} does not point at ${instance.name}. You can assign it again.`,
            },
    });

  if (options.length === 0) return null;
  return (
    <PickAction
      label="Assign a floating IP"
      placeholder="Choose an address"
      options={options}
      actionLabel="Assign"
      pendingLabel="Assigning…"
      onAction={take}
      checkOutcome={checkOutcome}
    />
  );
}

export { NetworkingTab as Component };
