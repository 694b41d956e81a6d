import * as Dialog from '@radix-ui/react-dialog';
import type { ReactNode } from 'react';
import { cx } from '../lib/class-names';

interface FormDialogProps {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  title: string;
  description?: ReactNode;
  children: ReactNode;
}

const overlayClass = 'fixed inset-0 z-40 bg-slate-900/50';

const contentClass = cx(
  'fixed top-1/2 left-1/2 z-50 w-[calc(100%-2rem)] max-w-lg',
  '-translate-x-1/2 -translate-y-1/2 rounded-lg bg-white p-5 shadow-xl',
  'max-h-[calc(100dvh-2rem)] overflow-y-auto focus:outline-none',
);

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
}: FormDialogProps) {
  return (
    <Dialog.Root open={open} onOpenChange={onOpenChange}>
      <Dialog.Portal>
        <Dialog.Overlay className={overlayClass} />
        {open && (
          <Dialog.Content
            className={contentClass}
            aria-describedby={undefined}
            // A stray tap beside the dialog must not throw away the form.
            onPointerDownOutside={(event) => event.preventDefault()}
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
        )}
      </Dialog.Portal>
    </Dialog.Root>
  );
}
