import { useEffect, useRef } from 'react';
import { useFormContext, useWatch } from 'react-hook-form';

/**
 * Checks `target` again whenever `source` changes, for a rule that reads
 * both (a timeout below the interval, a size above the snapshot's):
 * otherwise the target's message is only refreshed when the target itself
 * is edited, and a fixed mistake keeps being reported. It waits until the
 * target has been typed in, shows a message or the form has been sent, so
 * that an untouched input does not turn red while its neighbour is typed.
 */
export function useRecheck(source: string, target: string) {
  const { control, formState, getFieldState, trigger } = useFormContext();
  const value: unknown = useWatch({ control, name: source });
  // Read when the source changes, not a reason to check on its own: a
  // check right after a failed submit would wipe the server's messages.
  const submitted = useRef(formState.isSubmitted);
  useEffect(() => {
    submitted.current = formState.isSubmitted;
  }, [formState.isSubmitted]);

  useEffect(() => {
    const { isDirty, invalid } = getFieldState(target);
    if (isDirty || invalid || submitted.current) void trigger(target);
  }, [value, target, getFieldState, trigger]);
}
