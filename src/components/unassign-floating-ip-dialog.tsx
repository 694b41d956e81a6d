import { useUnassignFloatingIp } from '../api/queries/floating-ips';
import type { FloatingIp } from '../api/types';
import { ConfirmDialog } from './confirm-dialog';
import { notify } from './toast';

interface UnassignFloatingIpDialogProps {
  floatingIp: FloatingIp;
  /** The instance it points at now, by name. */
  instanceName: string;
  open: boolean;
  onOpenChange: (open: boolean) => void;
}

/**
 * Asks before an address stops pointing at its instance: traffic to it
 * stops there at once, and it stays on the bill until released.
 */
export function UnassignFloatingIpDialog({
  floatingIp,
  instanceName,
  open,
  onOpenChange,
}: UnassignFloatingIpDialogProps) {
  const unassign = useUnassignFloatingIp();
  const { ip, region } = floatingIp;

  async function confirm() {
    await unassign.mutateAsync(ip);
    notify.success(`${ip} unassigned.`);
  }

  return (
    <ConfirmDialog
      open={open}
      onOpenChange={onOpenChange}
      title={`Unassign ${ip}?`}
      description={
        <p>
          Traffic to {ip} stops reaching {instanceName}; connections made over
          this address drop.
        </p>
      }
      consequences={
        <p>
          The address stays reserved on the account, and billed, until you
          release it. It can be assigned again to any instance in {region}.
        </p>
      }
      confirmLabel="Unassign address"
      pendingLabel="Unassigning…"
      onConfirm={confirm}
    />
  );
}
