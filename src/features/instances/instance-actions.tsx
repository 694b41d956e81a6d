import { useQueryClient } from '@tanstack/react-query';
import { useId, useRef, useState } from 'react';
import { instanceQueries } from '../../api/queries/instances';
import type { Instance } from '../../api/types';
import { Button } from '../../components/button';
import { ConfirmDialog } from '../../components/confirm-dialog';
import { describeError } from '../../components/describe-error';
import { notify } from '../../components/toast';
import { WriteGate, type GateProps } from '../../components/write-gate';
import { DeleteInstanceDialog } from './delete-instance-dialog';
import {
  actionsBlockedReason,
  canDelete,
  canRun,
  powerAction,
  type PowerAction,
} from './instance-states';
import { RebuildDialog } from './rebuild-dialog';
import { ResizeDialog } from './resize-dialog';
import { useSendAction } from './use-send-action';

type DialogName = 'stop' | 'reboot' | 'rebuild' | 'resize' | 'delete';

interface InstanceActionsProps {
  instance: Instance;
  /** Called once a delete is accepted: leave the instance's page. */
  onDeleted?: () => void;
}

/**
 * The instance's action bar. A control its state does not allow is
 * disabled and says why; a read-only token disables them all, once.
 */
export function InstanceActions({ instance, onDeleted }: InstanceActionsProps) {
  const [dialog, setDialog] = useState<DialogName | null>(null);
  const reasonId = useId();
  const reason = actionsBlockedReason(instance);
  const onOpenChange = (open: boolean) => {
    if (!open) setDialog(null);
  };
  const shared = { instance, open: true, onOpenChange };

  return (
    <div className="flex flex-col gap-1">
      <WriteGate>
        {(gate) => (
          <ActionButtons
            instance={instance}
            gate={gate}
            stateReasonId={reason ? reasonId : undefined}
            onOpen={setDialog}
          />
        )}
      </WriteGate>
      {reason && (
        <p id={reasonId} className="text-xs text-slate-600">
          {reason}
        </p>
      )}
      {(dialog === 'stop' || dialog === 'reboot') && (
        <PowerConfirm action={dialog} {...shared} />
      )}
      {dialog === 'rebuild' && <RebuildDialog {...shared} />}
      {dialog === 'resize' && <ResizeDialog {...shared} />}
      {dialog === 'delete' && (
        <DeleteInstanceDialog {...shared} onDeleted={onDeleted} />
      )}
    </div>
  );
}

interface ActionButtonsProps {
  instance: Instance;
  gate: GateProps;
  /** Describes the buttons the instance's state holds back. */
  stateReasonId: string | undefined;
  onOpen: (dialog: DialogName) => void;
}

function ActionButtons({
  instance,
  gate,
  stateReasonId,
  onOpen,
}: ActionButtonsProps) {
  const start = useStart(instance);
  const power = powerAction(instance);

  // Each button says why it is disabled: the token, the state, or both.
  const control = (allowed: boolean) => ({
    disabled: gate.disabled || !allowed,
    'aria-describedby':
      [gate['aria-describedby'], allowed ? undefined : stateReasonId]
        .filter(Boolean)
        .join(' ') || undefined,
  });

  const startControl = control(canRun(instance, 'start'));

  return (
    <div className="flex flex-wrap gap-2">
      {power === 'start' ? (
        <Button
          {...startControl}
          disabled={startControl.disabled || start.pending}
          onClick={start.send}
        >
          {start.pending ? 'Starting…' : 'Start'}
        </Button>
      ) : (
        <Button
          variant="secondary"
          {...control(canRun(instance, 'stop'))}
          onClick={() => onOpen('stop')}
        >
          Stop
        </Button>
      )}
      <Button
        variant="secondary"
        {...control(canRun(instance, 'reboot'))}
        onClick={() => onOpen('reboot')}
      >
        Reboot
      </Button>
      <Button
        variant="secondary"
        {...control(canRun(instance, 'rebuild'))}
        onClick={() => onOpen('rebuild')}
      >
        Rebuild…
      </Button>
      <Button
        variant="secondary"
        {...control(canRun(instance, 'resize'))}
        onClick={() => onOpen('resize')}
      >
        Resize…
      </Button>
      <Button
        variant="secondary"
        className="text-red-700"
        {...control(canDelete(instance))}
        onClick={() => onOpen('delete')}
      >
        Delete…
      </Button>
    </div>
  );
}

/**
 * Start needs no confirmation: it is sent at once, once, however fast the
 * clicks. Its outcome is a toast, as nothing else on screen asked for it.
 */
function useStart(instance: Instance) {
  const client = useQueryClient();
  const { send, pending } = useSendAction(instance);
  const inFlight = useRef(false);

  // The cache holds the answer as soon as it lands, before the button
  // re-renders disabled: a click in between must not send again.
  const startable = () => {
    const { queryKey } = instanceQueries.detail(instance.id);
    return canRun(client.getQueryData(queryKey) ?? instance, 'start');
  };

  async function start() {
    if (inFlight.current || !startable()) return;
    inFlight.current = true;
    try {
      await send({ type: 'start' });
      notify.success(`Starting ${instance.name}.`);
    } catch (error) {
      const { message, requestId } = describeError(error, { write: true });
      notify.error(`Could not start ${instance.name}. ${message}`, requestId);
    } finally {
      inFlight.current = false;
    }
  }

  return { send: start, pending };
}

const powerCopy = {
  stop: {
    title: 'Stop',
    description:
      'shuts down. Its disk, addresses and volumes are kept, ' +
      'and it can be started again.',
    confirm: 'Stop instance',
    pending: 'Stopping…',
    done: 'Stopping',
  },
  reboot: {
    title: 'Reboot',
    description: 'restarts, and is unreachable until it is running again.',
    confirm: 'Reboot instance',
    pending: 'Rebooting…',
    done: 'Rebooting',
  },
} as const;

function PowerConfirm({
  action,
  instance,
  open,
  onOpenChange,
}: {
  action: Extract<PowerAction, 'stop' | 'reboot'>;
  instance: Instance;
  open: boolean;
  onOpenChange: (open: boolean) => void;
}) {
  const { send } = useSendAction(instance);
  const copy = powerCopy[action];

  async function confirm() {
    await send({ type: action });
    notify.success(`${copy.done} ${instance.name}.`);
  }

  return (
    <ConfirmDialog
      open={open}
      onOpenChange={onOpenChange}
      title={`${copy.title} ${instance.name}?`}
      description={
        <p>
          <b className="break-all">{instance.name}</b> {copy.description}
        </p>
      }
      confirmLabel={copy.confirm}
      pendingLabel={copy.pending}
      onConfirm={confirm}
    />
  );
}
