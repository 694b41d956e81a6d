import { Link } from 'react-router';
import { instancePath } from './paths';

/** The instance a volume is attached to, by name, linked to its page. */
export function AttachedInstance({
  instanceId,
  name,
}: {
  instanceId: string | null;
  name: string | undefined;
}) {
  if (!instanceId) return <span className="text-slate-500">Not attached</span>;
  return (
    <Link
      to={instancePath(instanceId)}
      className="text-brand-800 hover:underline"
    >
      {name ?? instanceId}
    </Link>
  );
}
