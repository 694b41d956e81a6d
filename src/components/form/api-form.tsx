import {
  useCallback,
  useEffect,
  useId,
  useRef,
  useState,
  type FormEvent,
  type ReactNode,
} from 'react';
import {
  FormProvider,
  useFormState,
  type FieldValues,
  type UseFormReturn,
} from 'react-hook-form';
import { isApiError } from '../../api/errors';
import { getSession, useSession } from '../../api/session';
import { cx } from '../../lib/class-names';
import { Button } from '../button';
import type { OutcomeLookup } from '../outcome-check';
import { applyApiError, type FormFailure } from './apply-api-error';
import { FormAlert } from './form-alert';

interface ApiFormProps<Values extends FieldValues, Output> {
  form: UseFormReturn<Values, unknown, Output>;
  /** Sends the request; a rejection is shown on the form. */
  onSubmit: (values: Output) => Promise<unknown>;
  submitLabel: string;
  /** The submit's label while the request is out: "Creating…". */
  pendingLabel: string;
  children: ReactNode;
  /** Usually a CurlPreview: beside the form when wide, below on a phone. */
  curl?: ReactNode;
  /** Why the form cannot be sent (a read-only token), shown by the submit. */
  disabledReason?: string | null;
  /**
   * Says that reason above the fields too: on a long form it would
   * otherwise be read only once everything had been filled in.
   */
  reasonFirst?: boolean;
  /** Beside the submit: a Cancel link, for example. */
  secondaryAction?: ReactNode;
  /** Server field names shown by something other than a registered input. */
  fields?: readonly string[];
  /** Server field names the form holds under another name, to its name. */
  renamed?: Readonly<Record<string, string>>;
  /** Told of every failed submit, after the form shows it. */
  onFailure?: (failure: FormFailure, error: unknown) => void;
  /**
   * How to learn whether the write took effect when its connection drops
   * (see `lookFor`). Asked as the request goes, with the values it sends,
   * so that it can note what was there before.
   */
  checkOutcome?: (values: Output) => OutcomeLookup;
  className?: string;
}

const withCurlClass = cx(
  'grid items-start gap-6',
  'lg:grid-cols-[minmax(0,1fr)_minmax(0,24rem)]',
);

/**
 * A form that sends one request per intent. The guard is a ref, set in the
 * same event as the click or Enter, because a disabled button only takes
 * effect after React renders and a fast second click lands before that.
 *
 * The form-level alert lasts as long as the form's `root.server` error:
 * whoever learns that it no longer holds (a check that found what a lost
 * answer did) clears that error, and the alert goes with it. With
 * `checkOutcome`, a dropped connection starts that check: its answer
 * replaces "Outcome unknown".
 */
export function ApiForm<Values extends FieldValues, Output = Values>({
  form,
  onSubmit,
  submitLabel,
  pendingLabel,
  children,
  curl,
  disabledReason,
  reasonFirst = false,
  secondaryAction,
  fields,
  renamed,
  onFailure,
  checkOutcome,
  className,
}: ApiFormProps<Values, Output>) {
  const inFlight = useRef(false);
  const alertRef = useRef<HTMLDivElement>(null);
  const reasonId = useId();
  const [pending, setPending] = useState(false);
  const [failure, setFailure] = useState<FormFailure | null>(null);
  const { errors } = useFormState({ control: form.control });
  const shownFailure = errors.root?.server ? failure : null;
  const session = useSession();
  const [failedIn, setFailedIn] = useState(getSession);
  // Each attempt drops the last one's check: a new one starts afresh.
  const [check, setCheck] = useState<OutcomeLookup | null>(null);

  // "Signed out" is over once the user has signed in again (the dialog
  // over this page): the values are still here, one click sends them.
  useEffect(() => {
    const signedInSince =
      session.status === 'signed-in' && session !== failedIn;
    if (failure?.status === 401 && signedInSince) {
      form.clearErrors('root.server');
    }
  }, [failure, failedIn, session, form]);

  // With no field to point at, the alert takes focus: on a phone it may be
  // scrolled out of sight. A 401 leaves focus to the sign-in dialog.
  useEffect(() => {
    if (failure && failure.fields.length === 0 && failure.status !== 401) {
      alertRef.current?.focus();
    }
  }, [failure]);

  const send = form.handleSubmit(async (values) => {
    const lookup = checkOutcome?.(values);
    try {
      await onSubmit(values);
    } catch (error) {
      const next = applyApiError(form, error, fields, renamed);
      setFailedIn(getSession());
      setFailure(next);
      if (lookup && isApiError(error) && error.isNetworkError) {
        setCheck(lookup);
      }
      onFailure?.(next, error);
    }
  });

  const { clearErrors } = form;
  const outcomeKnown = useCallback(
    () => clearErrors('root.server'),
    [clearErrors],
  );

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (inFlight.current || disabledReason) return;
    inFlight.current = true;
    setPending(true);
    setFailure(null);
    setCheck(null);
    void send(event)
      // Only a throwing resolver gets here; onSubmit's failures are shown.
      .catch((error: unknown) =>
        setFailure(applyApiError(form, error, fields, renamed)),
      )
      .finally(() => setPending(false));
  }

  // The guard drops only once the re-enabled button has been drawn (or the
  // page has moved on): a click landing in between must not send again.
  useEffect(() => {
    if (!pending) inFlight.current = false;
  }, [pending]);

  const formElement = (
    <form
      onSubmit={submit}
      noValidate
      aria-busy={pending || undefined}
      className="min-w-0 space-y-5"
    >
      {disabledReason && reasonFirst && (
        <p
          role="note"
          className="rounded-md border border-slate-200 bg-slate-50 px-3 py-2 text-sm text-slate-800"
        >
          {disabledReason}
        </p>
      )}
      {shownFailure && <FormAlert ref={alertRef} failure={shownFailure} />}
      {check?.render(outcomeKnown)}
      {children}
      <div className="flex flex-wrap items-center gap-3 pt-2">
        <Button
          type="submit"
          disabled={pending || Boolean(disabledReason)}
          aria-describedby={disabledReason ? reasonId : undefined}
        >
          {pending ? pendingLabel : submitLabel}
        </Button>
        {secondaryAction}
        {disabledReason && (
          <p
            id={reasonId}
            className="basis-full text-sm text-slate-600 sm:basis-auto"
          >
            {disabledReason}
          </p>
        )}
      </div>
    </form>
  );

  return (
    <FormProvider {...form}>
      <div className={cx(curl ? withCurlClass : undefined, className)}>
        {formElement}
        {curl && <div className="min-w-0 lg:sticky lg:top-4">{curl}</div>}
      </div>
    </FormProvider>
  );
}
