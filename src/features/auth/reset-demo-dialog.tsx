import { ConfirmDialog } from '../../components/confirm-dialog';
import { mockControls } from '../../lib/demo';

interface ResetDemoDialogProps {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  onReset: () => void | Promise<void>;
}

/** Asks before the demo's mock account goes back to its seeded state. */
export default function ResetDemoDialog({
  open,
  onOpenChange,
  onReset,
}: ResetDemoDialogProps) {
  async function reset() {
    await mockControls()?.reset();
    await onReset();
  }

  return (
    <ConfirmDialog
      open={open}
      onOpenChange={onOpenChange}
      title="Reset the demo?"
      description={
        <p>
          The demo account goes back to the seeded one it started as, with the
          demo token working again.
        </p>
      }
      consequences={
        <p>
          Lost for good: every resource you created or changed in the demo
          (instances, volumes, snapshots, networks, floating IPs, load
          balancers, firewall rules, SSH keys and API tokens), and every change
          to the seeded ones.
        </p>
      }
      confirmLabel="Reset demo"
      pendingLabel="Resetting…"
      tone="danger"
      onConfirm={reset}
    />
  );
}
