import { useQuery } from '@tanstack/react-query';
import type { LoaderFunctionArgs } from 'react-router';
import { prefetch } from '../../api/prefetch';
import {
  instanceFloatingIpsQuery,
  regionNetworksQuery,
} from '../../api/queries/attachments';
import type { Instance, Network } from '../../api/types';
import { Copyable } from '../../components/copy-button';
import { DescriptionList } from '../../components/description-list';
import { EmptyState, ListStates } from '../../components/list';
import { SkeletonText } from '../../components/skeleton';
import { cx } from '../../lib/class-names';
import { useInstance } from './instance-outlet';
import { TabSection } from './tab-section';

/** Networks are read by region, known only once the instance is. */
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

function PrivateNetworks({ instance }: { instance: Instance }) {
  const member = instance.private_networks.length > 0;
  const query = useQuery({
    ...regionNetworksQuery(instance.region),
    enabled: member,
  });

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
      {member ? (
        <ListStates
          query={query}
          loading={loadingList}
          isEmpty={() => false}
          empty={null}
        >
          {(page) => (
            <NetworkList
              instance={instance}
              networks={page.items.filter((network) =>
                instance.private_networks.includes(network.id),
              )}
            />
          )}
        </ListStates>
      ) : (
        <EmptyState
          title="Not on a private network"
          description={
            <>
              Join {instance.region} networks when creating an instance, so that
              it can reach the others privately.
            </>
          }
        />
      )}
    </TabSection>
  );
}

const cardClass =
  'divide-y divide-slate-200 rounded-lg border border-slate-200 bg-white';

const networkRowClass = cx(
  'flex flex-wrap items-center justify-between gap-2 px-4 py-3 text-sm',
);

function NetworkList({
  instance,
  networks,
}: {
  instance: Instance;
  networks: Network[];
}) {
  return (
    <ul className={cardClass}>
      {networks.map((network) => {
        const ip = network.members.find(
          (member) => member.instance_id === instance.id,
        )?.private_ip;
        return (
          <li key={network.id} className={networkRowClass}>
            <span className="min-w-0">
              <span className="block font-medium break-all">
                {network.name}
              </span>
              <span className="font-mono text-slate-600">{network.subnet}</span>
            </span>
            {ip && (
              <Copyable value={ip} label={`Copy address on ${network.name}`} />
            )}
          </li>
        );
      })}
    </ul>
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
        isEmpty={(page) => page.items.length === 0}
        empty={
          <EmptyState
            title="No floating IP assigned"
            description={
              <>
                Assign one from the floating IPs of {instance.region} to give{' '}
                {instance.name} an address that outlives it.
              </>
            }
          />
        }
      >
        {(page) => (
          <ul className={cardClass}>
            {page.items.map((floatingIp) => (
              <li key={floatingIp.id} className="px-4 py-3">
                <Copyable
                  value={floatingIp.ip}
                  label={`Copy floating IP ${floatingIp.ip}`}
                />
              </li>
            ))}
          </ul>
        )}
      </ListStates>
    </TabSection>
  );
}

export { NetworkingTab as Component };
