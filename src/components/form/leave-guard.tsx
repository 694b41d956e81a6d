import { useEffect } from 'react';
import { useFormState, type Control, type FieldValues } from 'react-hook-form';
import { useBlocker, type Location } from 'react-router';
import { leaveWithoutAsking } from '../../lib/leave-without-asking';
import { ConfirmDialog } from '../confirm-dialog';

export { leaveWithoutAsking };

function asksToLeave(next: Location) {
  const state = next.state as Partial<typeof leaveWithoutAsking> | null;
  return !state?.leaveWithoutAsking;
}

/**
 * Holds a navigation away from a page with unsaved edits until the user
 * says to leave, and has the browser ask before a reload or a closed tab.
 */
export function useLeaveGuard(unsaved: boolean) {
  const blocker = useBlocker(
    ({ currentLocation, nextLocation }) =>
      unsaved &&
      currentLocation.pathname !== nextLocation.pathname &&
      asksToLeave(nextLocation),
  );

  useEffect(() => {
    if (!unsaved) return;
    const ask = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener('beforeunload', ask);
    return () => window.removeEventListener('beforeunload', ask);
  }, [unsaved]);

  return blocker;
}

interface CreateLeaveGuardProps<Values extends FieldValues> {
  control: Control<Values>;
  /** What the form makes, in the dialog's words: "load balancer". */
  what: string;
}

/**
 * Asks before leaving a create form the user has typed in. It goes
 * outside the form: the dialog's own submit would otherwise bubble up to
 * the form through React's tree. The way to the new resource passes
 * `leaveWithoutAsking`, since by then nothing typed is lost.
 */
export function CreateLeaveGuard<Values extends FieldValues>({
  control,
  what,
}: CreateLeaveGuardProps<Values>) {
  const { isDirty, isSubmitSuccessful } = useFormState({ control });
  const blocker = useLeaveGuard(isDirty && !isSubmitSuccessful);

  return (
    <ConfirmDialog
      open={blocker.state === 'blocked'}
      onOpenChange={(open) => !open && blocker.reset?.()}
      title="Leave this form?"
      description={`The ${what} has not been created.`}
      consequences="What you have entered will be lost."
      confirmLabel="Leave and discard"
      tone="danger"
      onConfirm={async () => blocker.proceed?.()}
    />
  );
}
