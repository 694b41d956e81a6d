import { useEffect, useLayoutEffect, useState } from 'react';
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

/** A create form's starting point: what the last page load left, if any. */
export interface DraftStart<Values> {
  key: string;
  defaults: Values;
  /** The draft fitted to the form's fields; null without one. */
  stored: Values | null;
  /** The form's first values: the draft's, or the defaults. */
  initial: Values;
}

/**
 * Reads the draft a create form left before the page last loaded, fitted
 * to the form's fields: a stored value that does not fit its field (a
 * draft from an older console) is left out. The form starts from
 * `initial`, so that every field and every effect that reads one sees the
 * draft's values from the first render on.
 */
export function useDraftStart<Values extends FieldValues>(
  name: string,
  defaults: Values,
): DraftStart<Values> {
  const key = prefix + name;
  const [start] = useState(() => {
    const draft = readDraft(key);
    if (!draft) return { key, defaults, stored: null, initial: defaults };
    const values: Record<string, unknown> = { ...defaults };
    for (const [field, fallback] of Object.entries(defaults)) {
      if (sameShape(draft[field], fallback)) values[field] = draft[field];
    }
    const same = JSON.stringify(values) === JSON.stringify(defaults);
    const stored = same ? null : (values as Values);
    return { key, defaults, stored, initial: stored ?? defaults };
  });
  return start;
}

export interface Draft {
  /** The form was filled from a draft left by the last page load. */
  restored: boolean;
  /** Puts the form back to its defaults, forgets the draft, and focuses its first field. */
  startOver: () => void;
  /** Forgets the draft and empties the form: its work is done. */
  discard: () => void;
}

/**
 * Keeps what has been typed into a create form in this tab's session
 * storage, so that a reload, or a phone's browser dropping the tab while
 * it is in the background, loses nothing. The draft goes when the form
 * does: once it has made its resource, or the user has left it (the leave
 * guard asks first). It never reaches localStorage, and ends with the tab.
 */
export function useDraft<Values extends FieldValues, Output>(
  form: UseFormReturn<Values, unknown, Output>,
  { key, defaults, stored }: DraftStart<Values>,
): Draft {
  const [restored, setRestored] = useState(stored !== null);

  // Before the first paint: the defaults become what counts as unchanged,
  // so that a restored draft is dirty and the leave guard protects it.
  useLayoutEffect(() => {
    if (stored) form.reset(defaults, { keepValues: true });
    const write = (values: unknown) => {
      if (JSON.stringify(values) === JSON.stringify(defaults)) {
        sessionStorage.removeItem(key);
      } else {
        sessionStorage.setItem(key, JSON.stringify(values));
      }
    };
    // Kept from the start, even if the form is mounted twice over.
    write(form.getValues());
    const watching = form.watch(write);
    return () => {
      watching.unsubscribe();
      sessionStorage.removeItem(key);
    };
    // Once per form: the form and its key do not change.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  function discard() {
    form.reset(defaults);
    sessionStorage.removeItem(key);
    setRestored(false);
  }

  // Start over takes away the button pressed: focus goes to the first
  // field once the notice has gone, not to the page.
  const [refocus, setRefocus] = useState(false);
  useEffect(() => {
    if (!refocus) return;
    const first = Object.keys(defaults)[0];
    if (first) form.setFocus(first as Parameters<typeof form.setFocus>[0]);
  }, [refocus, defaults, form]);

  return {
    restored,
    discard,
    startOver: () => {
      discard();
      setRefocus(true);
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
