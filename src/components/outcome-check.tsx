import {
  useQuery,
  type QueryKey,
  type UseQueryOptions,
} from '@tanstack/react-query';
import { useEffect, useRef, useState, type ReactNode } from 'react';
import { Link } from 'react-router';
import { Button } from './button';
import { describeError } from './describe-error';
import { leaveWithoutAsking } from './form/leave-guard';

/** What a fresh answer says a write whose own answer was lost did. */
export interface Outcome {
  /** Whether the write took effect. */
  happened: boolean;
  /** What to tell the user: "The snapshot drop-snap was created." */
  message: ReactNode;
}

/**
 * How to find out what a write did when its connection dropped: made by
 * `lookFor`, handed to the form (ApiForm's or PickAction's `checkOutcome`)
 * that shows it in place of "Outcome unknown".
 */
export interface OutcomeLookup {
  /** Draws the check; `onKnown` is told once, when the answer is in. */
  render: (onKnown: (happened: boolean) => void) => ReactNode;
}

interface LookupSpec<Data, Key extends QueryKey> {
  /** The query whose answer, fetched after the failure, tells. */
  query: UseQueryOptions<Data, Error, Data, Key>;
  /** Said while it is fetched: "Looking for a snapshot named drop-snap…" */
  checking: ReactNode;
  /** Reads the answer. */
  outcome: (data: Data) => Outcome;
  /** Once it is known that the write took effect: clear the form, say. */
  onHappened?: (data: Data) => void;
}

let lookups = 0;

/**
 * A check that asks the API again, once, for what the write would have
 * changed (a list by name, the resource it attaches to), and says whether
 * it happened: so that the user learns it is done, or may send again. A
 * second attempt cannot make a twin where names are unique: the API
 * refuses the name.
 */
export function lookFor<Data, Key extends QueryKey>(
  spec: LookupSpec<Data, Key>,
): OutcomeLookup {
  // Each lookup its own check: one never takes over the last one's answer.
  const key = `outcome-${++lookups}`;
  return {
    render: (onKnown) => (
      <OutcomeCheck key={key} spec={spec} onKnown={onKnown} />
    ),
  };
}

interface CreatedSpec<Data, Key extends QueryKey> {
  /** What was being made: "snapshot". */
  what: string;
  name: string;
  /** What the form does: creates (the default) or adds an SSH key. */
  verb?: 'create' | 'add';
  /** A query whose answer lists the resources of that name's scope. */
  query: UseQueryOptions<Data, Error, Data, Key>;
  /** Where the one made is in the answer, if it is: its page, if any. */
  made: (data: Data) => { href?: string } | undefined;
  onHappened?: (data: Data) => void;
}

/**
 * The check for a create whose answer was lost, by its name: names are
 * unique, so the name tells whether it went through, and creating again
 * when it did not cannot make a twin.
 */
export function lookForCreated<Data, Key extends QueryKey>({
  what,
  name,
  verb = 'create',
  query,
  made,
  onHappened,
}: CreatedSpec<Data, Key>): OutcomeLookup {
  const done = verb === 'add' ? 'added' : 'created';
  // As said aloud: an instance, an SSH key, a volume.
  const article = /^(?:[aeiou]|SSH)/.test(what) ? 'an' : 'a';
  return lookFor({
    query,
    checking: `Looking for ${article} ${what} named ${name}…`,
    outcome: (data) => {
      const found = made(data);
      if (!found) {
        return {
          happened: false,
          message: `No ${what} named ${name} exists. You can ${verb} it again.`,
        };
      }
      return {
        happened: true,
        message: (
          <>
            The {what} {name} was {done}.
            {found.href && (
              <>
                {' '}
                <Link
                  to={found.href}
                  // Nothing typed on the form is lost on the way there.
                  state={leaveWithoutAsking}
                  className="font-medium text-brand-800 underline"
                >
                  Open {name}
                </Link>
              </>
            )}
          </>
        ),
      };
    },
    onHappened,
  });
}

interface SavedSpec<Data, Key extends QueryKey> {
  /** The resource the change was sent to, asked for afresh. */
  query: UseQueryOptions<Data, Error, Data, Key>;
  /** Whether its answer holds every change that was sent. */
  saved: (data: Data) => boolean;
  /** Said when it does: "Renamed to web-2." */
  done: ReactNode;
  /** Said when it does not; by default, that it can be sent again. */
  notDone?: ReactNode;
  onHappened?: (data: Data) => void;
}

/**
 * The check for a change to a resource whose answer was lost: the
 * resource itself, read again, shows whether it holds the change. Sending
 * a change again is harmless, so "not saved" simply invites that.
 */
export function lookForSaved<Data, Key extends QueryKey>({
  query,
  saved,
  done,
  notDone = 'The change was not saved. You can send it again.',
  onHappened,
}: SavedSpec<Data, Key>): OutcomeLookup {
  return lookFor({
    query,
    checking: 'Checking whether the change was saved…',
    outcome: (data) =>
      saved(data)
        ? { happened: true, message: done }
        : { happened: false, message: notDone },
    onHappened,
  });
}

const noteClass =
  'rounded-md border border-slate-200 bg-slate-50 p-3 text-sm text-slate-800';

function OutcomeCheck<Data, Key extends QueryKey>({
  spec,
  onKnown,
}: {
  spec: LookupSpec<Data, Key>;
  onKnown: (happened: boolean) => void;
}) {
  const noteRef = useRef<HTMLParagraphElement>(null);
  const query = useQuery({
    ...spec.query,
    // A cached answer may be from before the write: only a fresh one
    // counts, and one look is the point (the page follows what comes next).
    refetchOnMount: 'always',
    refetchInterval: false,
  });
  const answered =
    query.isSuccess && !query.isFetching && !query.isPlaceholderData;

  // The first fresh answer is the outcome; later refetches of the same
  // query (a list's polling) do not ask the question again.
  const [known, setKnown] = useState<{ outcome: Outcome; data: Data } | null>(
    null,
  );
  if (!known && answered) {
    setKnown({ outcome: spec.outcome(query.data), data: query.data });
  }
  const outcome = known?.outcome;

  const { onHappened } = spec;
  useEffect(() => {
    if (!known) return;
    // The answer takes the place of the alert that said it was unknown,
    // and focus with it when the alert had it.
    const active = document.activeElement;
    if (active === document.body || active?.closest('[role="alert"]')) {
      noteRef.current?.focus();
    }
    onKnown(known.outcome.happened);
    if (known.outcome.happened) onHappened?.(known.data);
    // Told once: the callbacks may change identity on every render.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [known]);

  if (outcome) {
    return (
      <p ref={noteRef} role="status" tabIndex={-1} className={noteClass}>
        {outcome.message}
      </p>
    );
  }
  if (query.isError && !query.isFetching) {
    return (
      <div role="status" className={noteClass}>
        <p>
          It could not be checked either: {describeError(query.error).message}
        </p>
        <Button
          variant="secondary"
          size="sm"
          className="mt-2"
          onClick={() => void query.refetch()}
        >
          Check again
        </Button>
      </div>
    );
  }
  return (
    <p role="status" className={noteClass}>
      {spec.checking}
    </p>
  );
}
