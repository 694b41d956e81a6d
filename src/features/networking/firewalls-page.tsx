import { useQuery } from '@tanstack/react-query';
import { useId } from 'react';
import { Link, useSearchParams, type LoaderFunctionArgs } from 'react-router';
import { prefetch } from '../../api/prefetch';
import { currentTokenQuery } from '../../api/queries/account';
import { firewallRulesQuery } from '../../api/queries/attachments';
import { instanceQueries } from '../../api/queries/instances';
import { FirewallEditor } from '../../components/firewall/firewall-editor';
import { controlClass } from '../../components/control-class';
import { EmptyState } from '../../components/list';
import { PageHeader } from '../../components/page-header';
import { QueryError, QueryLoading } from '../../components/query-error';
import { SkeletonText } from '../../components/skeleton';
import {
  instanceChoices,
  InstanceSearch,
  useInstanceChoices,
} from './instance-choices';

export function loader({ request }: LoaderFunctionArgs) {
  const id = new URL(request.url).searchParams.get('instance');
  prefetch(instanceChoices(), currentTokenQuery);
  if (id) prefetch(instanceQueries.detail(id), firewallRulesQuery(id));
  return null;
}

/** Pick an instance, then read and edit its firewall; the pick is in the URL. */
export function FirewallsPage() {
  const [search, setSearch] = useSearchParams();
  const instanceId = search.get('instance') ?? '';

  return (
    <>
      <PageHeader
        title="Firewalls"
        description="Each instance has its own rules. Rules only allow traffic."
      />
      <InstancePicker
        value={instanceId}
        onChange={(id) => setSearch(id ? { instance: id } : {})}
      />
      {instanceId ? (
        <SelectedFirewall instanceId={instanceId} />
      ) : (
        <EmptyState
          title="Choose an instance"
          description="Pick an instance above to see and change its firewall rules."
        />
      )}
    </>
  );
}

function InstancePicker({
  value,
  onChange,
}: {
  value: string;
  onChange: (id: string) => void;
}) {
  const id = useId();
  const choices = useInstanceChoices();
  // The chosen instance stays on offer when a search leaves it out.
  const chosen = useQuery({
    ...instanceQueries.detail(value),
    enabled: value !== '',
  }).data;
  const listed = choices.instances.some((i) => i.id === chosen?.id);
  const instances =
    chosen && !listed ? [chosen, ...choices.instances] : choices.instances;

  return (
    <div className="mb-6 max-w-md">
      <InstanceSearch choices={choices} />
      <label htmlFor={id} className="block text-sm font-medium text-slate-800">
        Instance
      </label>
      <select
        id={id}
        className={controlClass}
        value={value}
        onChange={(event) => onChange(event.target.value)}
      >
        <option value="">Choose an instance</option>
        {instances.map((instance) => (
          <option key={instance.id} value={instance.id}>
            {instance.name} ({instance.region})
          </option>
        ))}
      </select>
    </div>
  );
}

function SelectedFirewall({ instanceId }: { instanceId: string }) {
  const query = useQuery(instanceQueries.detail(instanceId));

  if (query.isError) {
    return <QueryError error={query.error} onRetry={() => query.refetch()} />;
  }
  if (!query.data)
    return (
      <QueryLoading query={query}>
        <SkeletonText lines={4} label="Loading the instance" />
      </QueryLoading>
    );
  const instance = query.data;
  return (
    <div className="space-y-4">
      <p className="text-sm text-slate-600">
        Rules of{' '}
        <Link
          to={`/instances/${instance.id}/firewall`}
          className="font-medium text-brand-700 hover:underline"
        >
          {instance.name}
        </Link>{' '}
        in {instance.region}.
      </p>
      <FirewallEditor instance={instance} />
    </div>
  );
}

export { FirewallsPage as Component };
