import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { instanceQueries } from '../../api/queries/instances';

const noteClass =
  'rounded-md border border-slate-200 bg-slate-50 p-3 text-sm text-slate-800';

/**
 * After a create whose answer was lost, looks for the instance by name.
 * Names are unique, so this tells whether the create went through, and a
 * second attempt can never make a twin: the API would refuse the name.
 */
export function CreateOutcomeCheck({ name }: { name: string }) {
  const query = useQuery({
    ...instanceQueries.list({ name }),
    // One look is the point; the instance's own page follows its progress.
    refetchInterval: false,
  });
  const found = query.data?.items.find((instance) => instance.name === name);

  if (query.isPending) {
    return (
      <p role="status" className={noteClass}>
        Looking for an instance named {name}…
      </p>
    );
  }
  if (query.isError) return null;
  return (
    <p role="status" className={noteClass}>
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
