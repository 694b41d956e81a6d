import { useLayoutEffect, useState } from 'react';
import type { FieldValues, UseFormReturn } from 'react-hook-form';
import { Button } from '../button';

const prefix = 'fugoku.draft.';

function readDraft(key: string): Record<string, unknown> | null {
  try {
    const text = sessionStorage.getItem(key);
    const draft: unknown = text ? JSON.parse(text) : null;
    return draft && typeof draft === 'object' && !Array.isArray(draft)
      ? (draft as Record<string, unknown>)
      : null;
  } catch {
    return null;
  }
}

/** Whether a stored value can stand in for a field's default. */
function sameShape(value: unknown, fallback: unknown) {
  return (
    typeof value === typeof fallback &&
    Array.isArray(value) === Array.isArray(fallback)
  );
}

export interface Draft {
  /** The form was filled from a draft left by the last page load. */
  restored: boolean;
  /** Puts the form back to its defaults and forgets the draft. */
  startOver: () => void;
}

/**
 * Keeps what has been typed into a create form in this tab's session
 * storage, so that a reload, or a phone's browser dropping the tab while
 * it is in the background, loses nothing. The draft goes when the form
 * does: once it has made its resource, or the user has left it (the leave
 * guard asks first). It never reaches localStorage, and ends with the tab.
 * A stored value that does not fit its field (a draft from an older
 * console) is left out.
 */
export function useDraft<Values extends FieldValues, Output>(
  form: UseFormReturn<Values, unknown, Output>,
  name: string,
): Draft {
  const key = prefix + name;
  const defaults = (form.formState.defaultValues ?? {}) as Record<
    string,
    unknown
  >;
  // The draft left by the last page load, fitted to the form's fields.
  const [stored] = useState(() => {
    const draft = readDraft(key);
    if (!draft) return null;
    const values = { ...defaults };
    for (const [field, fallback] of Object.entries(defaults)) {
      if (sameShape(draft[field], fallback)) values[field] = draft[field];
    }
    return JSON.stringify(values) === JSON.stringify(defaults) ? null : values;
  });
  const [restored, setRestored] = useState(stored !== null);

  // Before the first paint, so that the defaults never flash.
  useLayoutEffect(() => {
    if (stored) form.reset(stored as Values, { keepDefaultValues: true });
    const watching = form.watch((values) => {
      if (JSON.stringify(values) === JSON.stringify(defaults)) {
        sessionStorage.removeItem(key);
      } else {
        sessionStorage.setItem(key, JSON.stringify(values));
      }
    });
    return () => {
      watching.unsubscribe();
      sessionStorage.removeItem(key);
    };
    // Once per form: the form and its key do not change.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  return {
    restored,
    startOver: () => {
      form.reset();
      sessionStorage.removeItem(key);
      setRestored(false);
    },
  };
}

/** Says that the form holds what was typed before the page reloaded. */
export function DraftNotice({ draft }: { draft: Draft }) {
  if (!draft.restored) return null;
  return (
    <div
      role="status"
      className="flex flex-wrap items-center gap-x-3 gap-y-2 rounded-md border border-slate-200 bg-slate-50 px-3 py-2 text-sm text-slate-800"
    >
      <p>What you typed before the page reloaded is back in the form.</p>
      <Button variant="secondary" size="sm" onClick={draft.startOver}>
        Start over
      </Button>
    </div>
  );
}
