import { cx } from '../lib/class-names';

/**
 * The look of every text input and select, in forms and filters alike.
 * Kept apart from the form kit so that a list's filter does not pull the
 * form library onto the first screen.
 */
export const controlClass = cx(
  'block w-full rounded-md border border-slate-300 bg-white px-3 py-2',
  'text-base sm:text-sm text-slate-900 placeholder:text-slate-400',
  'disabled:bg-slate-100 disabled:text-slate-500',
  'aria-invalid:border-red-600 aria-invalid:bg-red-50/40',
);
