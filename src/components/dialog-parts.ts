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

/** Whether focus can go back to `element`: still on the page, enabled. */
function canTakeFocus(element: HTMLElement | null): element is HTMLElement {
  return Boolean(element?.isConnected && !element.matches(':disabled'));
}

/**
 * The page's heading, where focus goes when the opener cannot take it:
 * the place a keyboard or screen-reader user would start again from.
 */
function pageHeading() {
  const heading = document.querySelector<HTMLElement>('main h1, h1');
  if (heading && !heading.hasAttribute('tabindex')) heading.tabIndex = -1;
  return heading;
}

/**
 * Hands focus back, when a dialog closes, to what had it when the dialog
 * opened: the button that opened it, usually. The console opens dialogs
 * from its own state rather than from a Radix trigger, so Radix would
 * otherwise leave focus on the page's body. Call it in the part of the
 * dialog that mounts on opening, and pass the handler to the content's
 * onCloseAutoFocus.
 *
 * The dialog's own action may have taken the opener away (a row removed
 * with its button) or disabled it (Stop, once the instance is stopping):
 * then focus goes to the page's heading rather than to nowhere.
 */
export function useReturnFocus() {
  const [opener] = useState(() =>
    document.activeElement instanceof HTMLElement
      ? document.activeElement
      : null,
  );
  return (event: Event) => {
    const target = canTakeFocus(opener) ? opener : pageHeading();
    if (!target) return;
    event.preventDefault();
    target.focus();
  };
}
