import * as Dialog from '@radix-ui/react-dialog';
import {
  useEffect,
  useRef,
  useState,
  type FormEvent,
  type ReactNode,
} from 'react';
import { Button } from '../../components/button';
import { describeError } from '../../components/describe-error';
import { RequestId } from '../../components/request-id';
import { cx } from '../../lib/class-names';

interface ActionDialogProps {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  title: string;
  /** What the action does, read out when the dialog opens. */
  description: ReactNode;
  /** The choices the action needs: an image, a plan. */
  children: ReactNode;
  confirmLabel: string;
  pendingLabel: string;
  tone?: 'danger' | 'default';
  /** False until the choices make a request worth sending. */
  ready: boolean;
  /** Sends the request; a rejection keeps the dialog open and shows why. */
  onConfirm: () => Promise<unknown>;
}

const overlayClass = 'fixed inset-0 z-40 bg-slate-900/50';

const contentClass = cx(
  'fixed top-1/2 left-1/2 z-50 w-[calc(100%-2rem)] max-w-lg',
  '-translate-x-1/2 -translate-y-1/2 rounded-lg bg-white p-5 shadow-xl',
  'max-h-[calc(100dvh-2rem)] overflow-y-auto focus:outline-none',
);

const actionsClass =
  'mt-5 flex flex-col-reverse gap-2 sm:flex-row sm:justify-end';

const errorClass = cx(
  'mt-4 rounded-md border border-red-200 bg-red-50 p-3 text-sm text-red-900',
  'focus:outline-none',
);

/**
 * An action that needs a choice before it is sent (rebuild from an image,
 * resize to a plan). Like ConfirmDialog it sends one request per
 * confirmation and stays open with the API's reason when it is refused;
 * unlike it, its controls sit outside the dialog's description.
 */
export function ActionDialog(props: ActionDialogProps) {
  return (
    <Dialog.Root open={props.open} onOpenChange={props.onOpenChange}>
      <Dialog.Portal>
        <Dialog.Overlay className={overlayClass} />
        {/* Remounts on each opening, so an old failure is not shown. */}
        {props.open && <ActionContent {...props} />}
      </Dialog.Portal>
    </Dialog.Root>
  );
}

function ActionContent({
  onOpenChange,
  title,
  description,
  children,
  confirmLabel,
  pendingLabel,
  tone = 'default',
  ready,
  onConfirm,
}: ActionDialogProps) {
  const inFlight = useRef(false);
  const errorRef = useRef<HTMLDivElement>(null);
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const failure = error ? describeError(error, { write: true }) : null;

  // The confirm button is disabled while pending: bring focus to the reason.
  useEffect(() => {
    if (error) errorRef.current?.focus();
  }, [error]);

  async function confirm(event: FormEvent) {
    event.preventDefault();
    if (inFlight.current || !ready) return;
    inFlight.current = true;
    setPending(true);
    setError(null);
    try {
      await onConfirm();
    } catch (failed) {
      inFlight.current = false;
      setPending(false);
      setError(failed);
      return;
    }
    // The guard stays up until the dialog has gone: a click landing
    // before it re-renders closed must not send the request again.
    onOpenChange(false);
  }

  // Closing mid-request would hide its outcome; wait for it.
  const holdWhilePending = (event: Event) => {
    if (inFlight.current) event.preventDefault();
  };

  return (
    <Dialog.Content
      className={contentClass}
      onEscapeKeyDown={holdWhilePending}
      onPointerDownOutside={holdWhilePending}
      onInteractOutside={holdWhilePending}
    >
      <form onSubmit={confirm} noValidate>
        <Dialog.Title className="text-lg font-semibold text-slate-900">
          {title}
        </Dialog.Title>
        <Dialog.Description asChild>
          <div className="mt-2 space-y-2 text-sm text-slate-700">
            {description}
          </div>
        </Dialog.Description>
        <fieldset disabled={pending} className="mt-4 min-w-0 space-y-3">
          {children}
        </fieldset>
        {failure && (
          <div ref={errorRef} role="alert" tabIndex={-1} className={errorClass}>
            <p className="font-semibold">{failure.title}</p>
            <p className="mt-1">{failure.message}</p>
            {failure.requestId && (
              <RequestId id={failure.requestId} className="mt-2" />
            )}
          </div>
        )}
        <div className={actionsClass}>
          <Button
            variant="secondary"
            disabled={pending}
            onClick={() => onOpenChange(false)}
          >
            Cancel
          </Button>
          <Button
            type="submit"
            variant={tone === 'danger' ? 'danger' : 'primary'}
            disabled={!ready || pending}
          >
            {pending ? pendingLabel : confirmLabel}
          </Button>
        </div>
      </form>
    </Dialog.Content>
  );
}
