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
