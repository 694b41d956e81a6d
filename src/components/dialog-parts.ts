import { useState } from 'react';
import { cx } from '../lib/class-names';

/** The dimmed page behind every dialog. */
export const overlayClass = 'fixed inset-0 z-40 bg-slate-900/50';

/**
 * A dialog's panel: centred, never wider than a phone allows, scrolling
 * inside itself when its content is taller than the screen.
 */
export function dialogPanelClass(width: 'md' | 'lg' = 'md') {
  return cx(
    'fixed top-1/2 left-1/2 z-50 w-[calc(100%-2rem)]',
    width === 'md' ? 'max-w-md' : 'max-w-lg',
    '-translate-x-1/2 -translate-y-1/2 rounded-lg bg-white p-5 shadow-xl',
    'max-h-[calc(100dvh-2rem)] overflow-y-auto focus:outline-none',
  );
}

/**
 * Hands focus back, when a dialog closes, to what had it when the dialog
 * opened: the button that opened it, usually. The console opens dialogs
 * from its own state rather than from a Radix trigger, so Radix would
 * otherwise leave focus on the page's body. Call it in the part of the
 * dialog that mounts on opening, and pass the handler to the content's
 * onCloseAutoFocus.
 */
export function useReturnFocus() {
  const [opener] = useState(() =>
    document.activeElement instanceof HTMLElement
      ? document.activeElement
      : null,
  );
  return (event: Event) => {
    // A row removed by the dialog's own action takes its button with it.
    if (!opener?.isConnected) return;
    event.preventDefault();
    opener.focus();
  };
}
