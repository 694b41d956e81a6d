import { useQueries, type UseQueryResult } from '@tanstack/react-query';
import {
  firewallRulesQuery,
  instanceFloatingIpsQuery,
  instanceLoadBalancersQuery,
  instanceVolumesQuery,
  regionNetworksQuery,
} from '../../api/queries/attachments';
import { useDeleteInstance } from '../../api/queries/instances';
import type { Instance } from '../../api/types';
import { Button } from '../../components/button';
import { ConfirmDialog } from '../../components/confirm-dialog';
import { describeError } from '../../components/describe-error';
import { SkeletonText } from '../../components/skeleton';
import { notify } from '../../components/toast';

export interface DeleteInstanceDialogProps {
  instance: Instance;
  open: boolean;
  onOpenChange: (open: boolean) => void;
  /** Called once the API accepts the delete: leave the instance's page. */
  onDeleted?: () => void;
}

/**
 * Deleting an instance, confirmed by typing its name. The dialog names
 * what goes with it: the volumes and floating IPs it lets go of (they are
 * kept), the networks and load balancers it leaves, the rules deleted.
 */
export function DeleteInstanceDialog({
  instance,
  open,
  onOpenChange,
  onDeleted,
}: DeleteInstanceDialogProps) {
  const remove = useDeleteInstance({ onDeleted });

  async function confirm() {
    await remove.mutateAsync(instance.id);
    notify.success(
      `Deleting ${instance.name}. Its volumes and floating IPs are kept.`,
    );
  }

  return (
    <ConfirmDialog
      open={open}
      onOpenChange={onOpenChange}
      title={`Delete ${instance.name}?`}
      description={
        <p>
          The instance and everything on its disk are deleted. This cannot be
          undone.
        </p>
      }
      consequences={<Consequences instance={instance} />}
      confirmLabel="Delete instance"
      pendingLabel="Deleting…"
      tone="danger"
      typeToConfirm={instance.name}
      onConfirm={confirm}
    />
  );
}

/**
 * What is attached to the instance. The dialog mounts its content only
 * while open, so nothing is fetched until someone asks to delete.
 */
function useAttachments(instance: Instance) {
  const id = instance.id;
  const onNetworks = instance.private_networks.length > 0;
  return useQueries({
    queries: [
      instanceVolumesQuery(id),
      instanceFloatingIpsQuery(id),
      instanceLoadBalancersQuery(id),
      { ...regionNetworksQuery(instance.region), enabled: onNetworks },
      firewallRulesQuery(id),
    ],
    combine: ([volumes, floatingIps, balancers, networks, rules]) => {
      const all: UseQueryResult<unknown>[] = [
        volumes,
        floatingIps,
        balancers,
        rules,
      ];
      if (onNetworks) all.push(networks);
      return {
        volumes: volumes.data?.items ?? [],
        floatingIps: floatingIps.data?.items ?? [],
        balancers: balancers.data?.items ?? [],
        networks: (networks.data?.items ?? []).filter((network) =>
          instance.private_networks.includes(network.id),
        ),
        rules: rules.data ?? [],
        pending: all.some((query) => query.isPending),
        error: all.find((query) => query.isError)?.error ?? null,
        retry: () => all.forEach((query) => void query.refetch()),
      };
    },
  });
}

function Consequences({ instance }: { instance: Instance }) {
  const attached = useAttachments(instance);
  const { volumes, floatingIps, balancers, networks, rules } = attached;
  const count = rules.length;
  const nothing =
    volumes.length + floatingIps.length + balancers.length + count === 0 &&
    networks.length === 0;

  if (attached.error) {
    return <LookupFailed error={attached.error} onRetry={attached.retry} />;
  }
  if (attached.pending) {
    return <SkeletonText lines={3} label="Checking what is attached" />;
  }
  if (nothing) {
    return (
      <p>
        Nothing else goes with it: no volumes, floating IPs, networks, load
        balancers or firewall rules are attached.
      </p>
    );
  }
  return (
    <ul className="list-disc space-y-1 pl-5">
      {volumes.length > 0 && (
        <Named label="Volumes detached, and kept:">
          {volumes.map((volume) => `${volume.name} (${volume.size_gb} GB)`)}
        </Named>
      )}
      {floatingIps.length > 0 && (
        <Named label="Floating IPs unassigned, and kept:">
          {floatingIps.map((floatingIp) => floatingIp.ip)}
        </Named>
      )}
      {networks.length > 0 && (
        <Named label="Private networks it leaves:">
          {networks.map((network) => network.name)}
        </Named>
      )}
      {balancers.length > 0 && (
        <Named label="Load balancers it is removed from:">
          {balancers.map((balancer) => balancer.name)}
        </Named>
      )}
      {count > 0 && (
        <li>
          {count === 1
            ? 'Its firewall rule is deleted.'
            : `Its ${count} firewall rules are deleted.`}
        </li>
      )}
    </ul>
  );
}

function Named({ label, children }: { label: string; children: string[] }) {
  return (
    <li>
      {label} <b className="font-semibold break-words">{children.join(', ')}</b>
    </li>
  );
}

function LookupFailed({
  error,
  onRetry,
}: {
  error: unknown;
  onRetry: () => void;
}) {
  const { message } = describeError(error);
  return (
    <div className="space-y-2">
      <p>
        Could not check what is attached: {message} Whatever is attached is
        still let go of: volumes and floating IPs are kept; networks, load
        balancers and firewall rules lose the instance.
      </p>
      <Button variant="secondary" size="sm" onClick={onRetry}>
        Check again
      </Button>
    </div>
  );
}
