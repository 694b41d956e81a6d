import { useQuery } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import { Link } from 'react-router';
import { instanceQueries } from '../../api/queries/instances';

const noteClass =
  'rounded-md border border-slate-200 bg-slate-50 p-3 text-sm text-slate-800';

interface CreateOutcomeCheckProps {
  name: string;
  /** The outcome is known: "outcome unknown" no longer holds. */
  onResolved: () => void;
}

/**
 * After a create whose answer was lost, looks for the instance by name.
 * Names are unique, so this tells whether the create went through, and a
 * second attempt can never make a twin: the API would refuse the name.
 */
export function CreateOutcomeCheck({
  name,
  onResolved,
}: CreateOutcomeCheckProps) {
  const noteRef = useRef<HTMLParagraphElement>(null);
  const query = useQuery({
    ...instanceQueries.list({ name }),
    // One look is the point; the instance's own page follows its progress.
    refetchInterval: false,
  });
  const found = query.data?.items.find((instance) => instance.name === name);
  // A look from before this attempt does not count: only a fresh answer.
  const checking = query.isPending || query.isFetching;
  const resolved = query.isSuccess && !checking;

  // The answer takes the place of the alert that said it was unknown, and
  // focus with it when the alert had it (it goes from the page otherwise).
  useEffect(() => {
    if (!resolved) return;
    const active = document.activeElement;
    if (active === document.body || active?.closest('[role="alert"]')) {
      noteRef.current?.focus();
    }
    onResolved();
  }, [resolved, onResolved]);

  if (checking) {
    return (
      <p role="status" className={noteClass}>
        Looking for an instance named {name}…
      </p>
    );
  }
  if (query.isError) return null;
  return (
    <p ref={noteRef} role="status" tabIndex={-1} className={noteClass}>
      {found ? (
        <>
          The instance {name} was created.{' '}
          <Link
            to={`/instances/${found.id}`}
            className="font-medium text-brand-800 underline"
          >
            Open {name}
          </Link>
        </>
      ) : (
        <>No instance named {name} exists. You can create it again.</>
      )}
    </p>
  );
}
