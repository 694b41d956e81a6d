import * as Dialog from '@radix-ui/react-dialog';
import type { ReactNode } from 'react';
import { dialogPanelClass, overlayClass, useReturnFocus } from './dialog-parts';

interface FormDialogProps {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  title: string;
  description?: ReactNode;
  children: ReactNode;
  /**
   * Whether Escape closes the dialog (a tap beside it never does). Off
   * for what would be lost for good, such as a secret shown once: then
   * only the dialog's own button closes it.
   */
  dismissible?: boolean;
  /** Told of an Escape or tap beside that did not close the dialog. */
  onDismissRefused?: () => void;
}

/**
 * A dialog that holds a small form (add a key, create a token). Its body
 * mounts only while open, so each opening starts from a clean form.
 */
export function FormDialog({
  open,
  onOpenChange,
  title,
  description,
  children,
  dismissible = true,
  onDismissRefused,
}: FormDialogProps) {
  return (
    <Dialog.Root open={open} onOpenChange={onOpenChange}>
      <Dialog.Portal>
        <Dialog.Overlay className={overlayClass} />
        {open && (
          <FormDialogContent
            title={title}
            description={description}
            dismissible={dismissible}
            onDismissRefused={onDismissRefused}
          >
            {children}
          </FormDialogContent>
        )}
      </Dialog.Portal>
    </Dialog.Root>
  );
}

/** Mounts with each opening, so it knows what had focus before. */
function FormDialogContent({
  title,
  description,
  children,
  dismissible,
  onDismissRefused,
}: Omit<FormDialogProps, 'open' | 'onOpenChange'>) {
  const returnFocus = useReturnFocus();
  function refuse(event: Event) {
    event.preventDefault();
    onDismissRefused?.();
  }

  return (
    <Dialog.Content
      onCloseAutoFocus={returnFocus}
      className={dialogPanelClass('lg')}
      aria-describedby={undefined}
      onEscapeKeyDown={dismissible ? undefined : refuse}
      // A stray tap beside the dialog must not throw away the form.
      onPointerDownOutside={(event) => event.preventDefault()}
      onInteractOutside={dismissible ? undefined : refuse}
      // React sends a portal's events up the component tree: a form
      // in here must not also submit a form the dialog was opened from.
      onSubmit={(event) => event.stopPropagation()}
    >
      <Dialog.Title className="text-lg font-semibold text-slate-900">
        {title}
      </Dialog.Title>
      {description && (
        <div className="mt-2 text-sm text-slate-700">{description}</div>
      )}
      <div className="mt-4">{children}</div>
    </Dialog.Content>
  );
}
