import * as Dialog from '@radix-ui/react-dialog';
import {
  useEffect,
  useId,
  useRef,
  useState,
  type FormEvent,
  type ReactNode,
} from 'react';
import { cx } from '../lib/class-names';
import { Button } from './button';
import { describeError } from './describe-error';
import { dialogPanelClass, overlayClass, useReturnFocus } from './dialog-parts';
import { RequestId } from './request-id';

interface ConfirmDialogProps {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  title: string;
  description: ReactNode;
  /** What will be lost or detached, named: usually a list. */
  consequences?: ReactNode;
  confirmLabel: string;
  /** The confirm button's label while the request is out. */
  pendingLabel?: string;
  tone?: 'danger' | 'default';
  /** The name or address the user must type before confirming. */
  typeToConfirm?: string;
  /** Choices the action needs (an image, a plan), below the description. */
  children?: ReactNode;
  /** False until the choices make a request worth sending. */
  ready?: boolean;
  /** Sends the request; a rejection keeps the dialog open and shows why. */
  onConfirm: () => Promise<unknown>;
}

const actionsClass =
  'mt-5 flex flex-col-reverse gap-2 sm:flex-row sm:justify-end';

const consequencesClass = {
  danger: 'border-red-200 bg-red-50 text-red-950',
  default: 'border-slate-200 bg-slate-50 text-slate-800',
} as const;

const errorClass = cx(
  'mt-4 rounded-md border border-red-200 bg-red-50 p-3 text-sm text-red-900',
  'focus:outline-none',
);

const inputClass = cx(
  'mt-1 block w-full rounded-md border border-slate-300 px-3 py-2',
  'font-mono text-base sm:text-sm',
);

/**
 * Asks before a destructive or costly action, with any choice it needs
 * (rebuild from which image, resize to which plan). The dialog sends one
 * request per confirmation and stays open until it succeeds, so a refusal
 * (a 409 saying what is in the way) is read where the user is looking.
 */
export function ConfirmDialog(props: ConfirmDialogProps) {
  const { open, onOpenChange } = props;
  return (
    <Dialog.Root open={open} onOpenChange={onOpenChange}>
      <Dialog.Portal>
        <Dialog.Overlay className={overlayClass} />
        {/* Remounts on each opening, so nothing typed before is kept. */}
        {open && <ConfirmContent {...props} />}
      </Dialog.Portal>
    </Dialog.Root>
  );
}

function ConfirmContent({
  onOpenChange,
  title,
  description,
  consequences,
  confirmLabel,
  pendingLabel = 'Working…',
  tone = 'default',
  typeToConfirm,
  children,
  ready = true,
  onConfirm,
}: ConfirmDialogProps) {
  const returnFocus = useReturnFocus();
  const inFlight = useRef(false);
  const inputRef = useRef<HTMLInputElement>(null);
  const cancelRef = useRef<HTMLButtonElement>(null);
  const confirmRef = useRef<HTMLButtonElement>(null);
  const errorRef = useRef<HTMLDivElement>(null);
  const inputId = useId();
  const [typed, setTyped] = useState('');
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<unknown>(null);

  const confirmed =
    ready && (typeToConfirm === undefined || typed === typeToConfirm);
  const failure = error ? describeError(error, { write: true }) : null;

  // Focus was on the confirm button, disabled while pending: bring it to
  // the reason the request failed.
  useEffect(() => {
    if (error) errorRef.current?.focus();
  }, [error]);

  async function confirm(event: FormEvent) {
    event.preventDefault();
    if (inFlight.current || !confirmed) return;
    inFlight.current = true;
    setPending(true);
    setError(null);
    try {
      await onConfirm();
      onOpenChange(false);
    } catch (failed) {
      setError(failed);
    } finally {
      setPending(false);
    }
  }

  // The guard drops only once the closed or re-enabled dialog has been
  // drawn: a click landing in between must not send again.
  useEffect(() => {
    if (!pending) inFlight.current = false;
  }, [pending]);

  function focusFirst(event: Event) {
    // With choices to make, the first of them takes focus.
    if (children) return;
    event.preventDefault();
    const target =
      typeToConfirm !== undefined
        ? inputRef.current
        : tone === 'danger'
          ? cancelRef.current
          : confirmRef.current;
    target?.focus();
  }

  // Closing mid-request would hide its outcome; wait for it.
  const holdWhilePending = (event: Event) => {
    if (inFlight.current) event.preventDefault();
  };

  return (
    <Dialog.Content
      // A plain question interrupts; one with choices to make is a form.
      role={children ? 'dialog' : 'alertdialog'}
      className={dialogPanelClass(children ? 'lg' : 'md')}
      onOpenAutoFocus={focusFirst}
      onCloseAutoFocus={returnFocus}
      onEscapeKeyDown={holdWhilePending}
      // Not dismissed by a stray tap beside it.
      onPointerDownOutside={(event) => event.preventDefault()}
      onInteractOutside={(event) => event.preventDefault()}
    >
      <form onSubmit={confirm} noValidate>
        <Dialog.Title className="text-lg font-semibold text-slate-900">
          {title}
        </Dialog.Title>
        <Dialog.Description asChild>
          <div className="mt-2 space-y-3 text-sm text-slate-700">
            <div>{description}</div>
            {consequences && (
              <div
                className={cx('rounded-md border p-3', consequencesClass[tone])}
              >
                {consequences}
              </div>
            )}
          </div>
        </Dialog.Description>

        {children && (
          <fieldset disabled={pending} className="mt-4 min-w-0 space-y-3">
            {children}
          </fieldset>
        )}

        {typeToConfirm !== undefined && (
          <div className="mt-4">
            <label htmlFor={inputId} className="block text-sm text-slate-800">
              Type <b className="font-mono break-all">{typeToConfirm}</b> to
              confirm
            </label>
            <input
              ref={inputRef}
              id={inputId}
              value={typed}
              onChange={(event) => setTyped(event.target.value)}
              autoComplete="off"
              autoCapitalize="none"
              autoCorrect="off"
              spellCheck={false}
              disabled={pending}
              className={inputClass}
            />
          </div>
        )}

        {failure && (
          <div ref={errorRef} role="alert" tabIndex={-1} className={errorClass}>
            <p>{failure.message}</p>
            {failure.requestId && (
              <RequestId id={failure.requestId} className="mt-2" />
            )}
          </div>
        )}

        <div className={actionsClass}>
          <Button
            ref={cancelRef}
            variant="secondary"
            disabled={pending}
            onClick={() => onOpenChange(false)}
          >
            Cancel
          </Button>
          <Button
            ref={confirmRef}
            type="submit"
            variant={tone === 'danger' ? 'danger' : 'primary'}
            disabled={!confirmed || pending}
          >
            {pending ? pendingLabel : confirmLabel}
          </Button>
        </div>
      </form>
    </Dialog.Content>
  );
}
