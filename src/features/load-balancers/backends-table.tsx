import { Link } from 'react-router';
import {
  HEALTH_REFRESH_MS,
  useRemoveBackend,
} from '../../api/queries/load-balancers';
import type { Backend, LoadBalancer } from '../../api/types';
import { ConfirmDialog } from '../../components/confirm-dialog';
import { NumberField } from '../../components/form';
import { DataTable, RowActions, tableClasses } from '../../components/list';
import { StatusBadge } from '../../components/status-badge';
import { notify } from '../../components/toast';
import { GatedButton } from '../../components/write-gate';

const columns = ['Instance', 'Health', 'Weight', ''];

export function BackendsTable({
  balancer,
  names,
  onRemove,
}: {
  balancer: LoadBalancer;
  names: Map<string, string>;
  onRemove: (backend: Backend) => void;
}) {
  return (
    <fieldset className="min-w-0 space-y-3">
      <legend className="text-sm font-semibold text-slate-900">Backends</legend>
      <p className="text-sm text-slate-600">
        The balancer checks each backend every {balancer.health_check.interval}{' '}
        s; this page refreshes its view of their health every{' '}
        {HEALTH_REFRESH_MS / 1000} seconds. Weights (1–100) share traffic
        between backends.
      </p>
      {balancer.backends.length === 0 ? (
        <p className="text-sm text-slate-600">
          No backends yet: add an instance of {balancer.region} below.
        </p>
      ) : (
        <DataTable label="Backends" columns={columns}>
          {balancer.backends.map((backend) => (
            <BackendRow
              key={backend.instance_id}
              backend={backend}
              name={names.get(backend.instance_id)}
              onRemove={() => onRemove(backend)}
            />
          ))}
        </DataTable>
      )}
    </fieldset>
  );
}

function BackendRow({
  backend,
  name,
  onRemove,
}: {
  backend: Backend;
  name: string | undefined;
  onRemove: () => void;
}) {
  const { cell, row } = tableClasses;
  const label = name ?? backend.instance_id;
  return (
    <tr className={row}>
      <th scope="row" className={`${cell} font-medium`}>
        <Link
          to={`/instances/${backend.instance_id}`}
          className="text-brand-800 hover:underline"
        >
          {label}
        </Link>
      </th>
      <td className={cell}>
        <StatusBadge status={backend.health} />
      </td>
      <td className={cell}>
        <NumberField
          name={`weights.${backend.instance_id}`}
          label={<span className="sr-only">Weight of {label}</span>}
          className="w-24"
        />
      </td>
      <RowActions>
        <GatedButton variant="ghost" size="sm" onClick={onRemove}>
          Remove<span className="sr-only"> {label}</span>
        </GatedButton>
      </RowActions>
    </tr>
  );
}

export function RemoveBackendDialog({
  balancer,
  backend,
  name,
  onClose,
}: {
  balancer: LoadBalancer;
  backend: Backend | null;
  name: string | undefined;
  onClose: () => void;
}) {
  const remove = useRemoveBackend(balancer.id);
  const label = name ?? backend?.instance_id ?? '';

  async function confirm() {
    if (!backend) return;
    await remove.mutateAsync(backend.instance_id);
    notify.success(`Removed ${label} from ${balancer.name}.`);
  }

  return (
    <ConfirmDialog
      open={backend !== null}
      onOpenChange={(open) => !open && onClose()}
      title={`Remove ${label}?`}
      description={`${balancer.name} stops sending traffic to ${label}.`}
      consequences={`The instance ${label} itself keeps running, untouched.`}
      confirmLabel="Remove backend"
      pendingLabel="Removing…"
      tone="danger"
      onConfirm={confirm}
    />
  );
}
