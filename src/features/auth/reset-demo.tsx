import { lazy, Suspense, useState } from 'react';

// Only asked for when the user presses Reset demo: out of the first screen.
const ResetDemoDialog = lazy(() => import('./reset-demo-dialog'));

/**
 * Reset demo, asked first: `open` shows the question, `dialog` is where it
 * is drawn. `onReset` runs once the mock account is back as it started,
 * for the caller to empty its caches and say so; the question stays
 * pending until it has finished.
 */
export function useResetDemo(onReset: () => void | Promise<void>) {
  const [asking, setAsking] = useState(false);
  const dialog = asking && (
    <Suspense fallback={null}>
      <ResetDemoDialog open onOpenChange={setAsking} onReset={onReset} />
    </Suspense>
  );
  return { open: () => setAsking(true), dialog };
}
