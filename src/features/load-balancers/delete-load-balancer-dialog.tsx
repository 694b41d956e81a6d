import { useDeleteLoadBalancer } from '../../api/queries/load-balancers';
import type { LoadBalancer } from '../../api/types';
import { ConfirmDialog } from '../../components/confirm-dialog';
import { notify } from '../../components/toast';

/** Deleting a balancer, confirmed by typing its name. */
export function DeleteLoadBalancerDialog({
  balancer,
  names,
  open,
  onOpenChange,
  onDeleted,
}: {
  balancer: LoadBalancer;
  names: Map<string, string>;
  open: boolean;
  onOpenChange: (open: boolean) => void;
  onDeleted: () => void;
}) {
  const remove = useDeleteLoadBalancer({ onDeleted });
  const backends = balancer.backends.map(
    (b) => names.get(b.instance_id) ?? b.instance_id,
  );

  async function confirm() {
    await remove.mutateAsync(balancer.id);
    notify.success(`Deleted load balancer ${balancer.name}.`);
  }

  return (
    <ConfirmDialog
      open={open}
      onOpenChange={onOpenChange}
      title={`Delete ${balancer.name}?`}
      description={
        <>
          Its address{balancer.public_ip ? ` ${balancer.public_ip}` : ''} stops
          answering at once and is released.
        </>
      }
      consequences={
        backends.length > 0
          ? `Traffic stops reaching ${backends.join(', ')}. The instances themselves are not changed.`
          : 'It has no backends.'
      }
      confirmLabel="Delete load balancer"
      pendingLabel="Deleting…"
      tone="danger"
      typeToConfirm={balancer.name}
      onConfirm={confirm}
    />
  );
}
