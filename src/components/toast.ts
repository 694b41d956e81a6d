/**
 * Toasts for one-off actions (a copy, a background action's end). Sonner
 * is imported on first use, so it stays out of the first screen's code.
 * Form and query failures are shown in place, not here.
 */
type Sonner = typeof import('sonner');

let loading: Promise<Sonner> | null = null;

function sonner() {
  loading ??= import('sonner').catch((error: unknown) => {
    // A failed chunk load may succeed next time: do not keep the failure.
    loading = null;
    throw error;
  });
  return loading;
}

function show(callback: (module: Sonner) => void) {
  sonner().then(callback, (error: unknown) => {
    console.error('Could not load the notification code', error);
  });
}

export const notify = {
  success(message: string) {
    show(({ toast }) => toast.success(message));
  },

  error(message: string, requestId?: string | null) {
    show(({ toast }) =>
      toast.error(message, {
        description: requestId ? `Request ID ${requestId}` : undefined,
        // Longer than a success: it has to be read, and maybe its id copied.
        duration: 10_000,
        action: requestId
          ? {
              label: 'Copy ID',
              onClick: () => {
                navigator.clipboard?.writeText(requestId).catch(() => {});
              },
            }
          : undefined,
      }),
    );
  },
};
