import {
  get,
  type Field,
  type FieldValues,
  type Path,
  type UseFormReturn,
} from 'react-hook-form';
import { isApiError } from '../../api/errors';
import { describeError, type ErrorSummary } from '../describe-error';

/** What the form-level alert says after a failed submit. */
export interface FormFailure extends ErrorSummary {
  /** Server messages about values that no input on the form shows. */
  unshown: Array<{ field: string; message: string }>;
  /** Fields that now show a server message under their input. */
  fields: string[];
}

function messageOf(value: unknown): string | null {
  if (typeof value === 'string') return value;
  if (Array.isArray(value) && value.every((item) => typeof item === 'string')) {
    return value.join(' ');
  }
  return null;
}

// RHF keeps no public list of mounted inputs; its field registry is that.
function registered(form: UseFormReturn<FieldValues>, name: string) {
  return get<unknown, Partial<Field> | undefined>(form.control._fields, name)
    ?._f;
}

function elementOf(form: UseFormReturn<FieldValues>, name: string) {
  const ref = registered(form, name)?.ref;
  return ref instanceof HTMLElement ? ref : null;
}

/**
 * The field that shows a server message about `key`: the key itself when
 * an input for it is on screen (or the caller lists it), else its nearest
 * shown parent, so that `tags.3` lands under the tags input.
 */
function shownField(
  form: UseFormReturn<FieldValues>,
  key: string,
  extra: readonly string[],
  renamed: Readonly<Record<string, string>>,
): string | null {
  const parts = (renamed[key] ?? key).split('.');
  while (parts.length > 0) {
    const name = parts.join('.');
    if (extra.includes(name)) return name;
    if (registered(form, name)?.mount) return name;
    parts.pop();
  }
  return null;
}

function firstInDocument(form: UseFormReturn<FieldValues>, names: string[]) {
  const placed = names.map((name) => ({
    name,
    element: elementOf(form, name),
  }));
  placed.sort((a, b) => {
    if (!a.element || !b.element) return a.element ? -1 : b.element ? 1 : 0;
    const position = a.element.compareDocumentPosition(b.element);
    return position & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1;
  });
  return placed[0]?.name;
}

/**
 * The alert's sentence for a 422 or 400 whose details are shown. The
 * API's own summary repeats them ("Check name: …"), under its field
 * names, so it would say twice what the inputs already say.
 */
function validationMessage({ fields, unshown }: FormFailure) {
  const marked =
    fields.length === 1
      ? 'Correct the value marked below'
      : 'Correct the values marked below';
  if (fields.length > 0 && unshown.length > 0) return `${marked}, and these:`;
  if (fields.length > 0) return `${marked}.`;
  return 'The API did not accept these values:';
}

/**
 * Puts a failed submit's error where the user will see it: a 422 or 400
 * message under each input it names (focusing the first of them), anything
 * else in the form-level alert. Values are never touched, so a failed
 * submit loses nothing the user typed.
 *
 * `fields` are server names shown by something other than an input (a
 * group of boxes); `renamed` maps a server name to the form value that
 * holds it under another name (expires_in_days, chosen as "expiry").
 */
export function applyApiError<Values extends FieldValues>(
  form: UseFormReturn<Values, unknown, unknown>,
  error: unknown,
  fields: readonly string[] = [],
  renamed: Readonly<Record<string, string>> = {},
): FormFailure {
  const untyped = form as unknown as UseFormReturn<FieldValues>;
  const summary = describeError(error, { write: true });
  const failure: FormFailure = { ...summary, unshown: [], fields: [] };

  const validation =
    isApiError(error) && (error.status === 422 || error.status === 400);
  for (const [key, value] of Object.entries(validation ? error.details : {})) {
    const message = messageOf(value);
    if (!message) continue;
    const name = shownField(untyped, key, fields, renamed);
    if (name && !failure.fields.includes(name)) {
      untyped.setError(name, { type: 'server', message });
      failure.fields.push(name);
    } else if (!name) {
      failure.unshown.push({ field: key, message });
    }
  }

  if (failure.fields.length > 0 || failure.unshown.length > 0) {
    failure.message = validationMessage(failure);
  }

  const first = firstInDocument(untyped, failure.fields);
  if (first) untyped.setFocus(first as Path<FieldValues>);
  untyped.setError('root.server', {
    type: String(summary.status ?? 'unknown'),
    message: failure.message,
  });
  return failure;
}
