import { useEffect } from 'react';
import { useBlocker, type Location } from 'react-router';

/** Navigation state that leaves a page without asking (after a delete). */
export const leaveWithoutAsking = { leaveWithoutAsking: true } as const;

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
