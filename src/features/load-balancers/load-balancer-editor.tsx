import { zodResolver } from '@hookform/resolvers/zod';
import { useMemo, useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { useWriteAccess } from '../../api/queries/account';
import {
  loadBalancerQueries,
  useUpdateBackend,
  useUpdateLoadBalancer,
} from '../../api/queries/load-balancers';
import type { Backend, LoadBalancer } from '../../api/types';
import { Button } from '../../components/button';
import { ConfirmDialog } from '../../components/confirm-dialog';
import { ApiForm, useLeaveGuard } from '../../components/form';
import { lookForSaved } from '../../components/outcome-check';
import { notify } from '../../components/toast';
import { AlgorithmField } from './algorithm-field';
import { BackendsTable, RemoveBackendDialog } from './backends-table';
import { HealthCheckFields } from './health-check-fields';
import {
  editLoadBalancerSchema,
  editValues,
  type EditLoadBalancerValues,
} from './load-balancer-schema';
import { hasChanges, pendingChanges } from './pending-changes';
import { useFollowBalancer } from './use-follow-balancer';

interface EditorProps {
  balancer: LoadBalancer;
  /** Instance names by id, to name backends. */
  names: Map<string, string>;
}

/**
 * The algorithm, the health check and each backend's weight, edited in
 * place and saved together. Edits live in this form's state, which the
 * sign-in dialog leaves alone, so a 401 loses nothing; and what is sent
 * is measured against the API's last answer, so a part already saved is
 * not sent twice.
 */
export function LoadBalancerEditor({ balancer, names }: EditorProps) {
  const updateBalancer = useUpdateLoadBalancer(balancer.id);
  const updateBackend = useUpdateBackend(balancer.id);
  const { reason } = useWriteAccess();
  const resolver = useMemo(
    () => zodResolver(editLoadBalancerSchema(balancer.protocol)),
    [balancer.protocol],
  );
  const form = useForm<EditLoadBalancerValues>({
    resolver,
    mode: 'onChange',
    defaultValues: editValues(balancer),
  });
  useFollowBalancer(form, balancer);
  const values = useWatch({ control: form.control }) as EditLoadBalancerValues;
  const changes = pendingChanges(values, balancer);
  const unsaved = hasChanges(changes);
  const blocker = useLeaveGuard(unsaved);
  const [removing, setRemoving] = useState<Backend | null>(null);

  async function save(submitted: EditLoadBalancerValues) {
    // One request per change, each only while it still differs from what
    // the API last said: a retry after a failure sends only what is left.
    let current = balancer;
    const { config } = pendingChanges(submitted, current);
    if (config) current = await updateBalancer.mutateAsync(config);
    for (const { instanceId, weight } of pendingChanges(submitted, current)
      .weights) {
      current = await updateBackend.mutateAsync({ instanceId, weight });
    }
    notify.success(`Saved the changes to ${balancer.name}.`);
  }

  // A dropped connection leaves the outcome unknown: the balancer tells.
  const checkOutcome = (submitted: EditLoadBalancerValues) =>
    lookForSaved({
      query: loadBalancerQueries.detail(balancer.id),
      saved: (fresh) => !hasChanges(pendingChanges(submitted, fresh)),
      done: `The changes to ${balancer.name} were saved.`,
      notDone:
        'Not every change was saved. Save again: only what is left is sent.',
    });

  return (
    <>
      <ApiForm
        form={form}
        onSubmit={save}
        submitLabel="Save changes"
        pendingLabel="Saving…"
        disabledReason={reason}
        checkOutcome={checkOutcome}
        secondaryAction={
          <Button
            variant="ghost"
            disabled={!unsaved}
            onClick={() => form.reset(editValues(balancer))}
          >
            Discard changes
          </Button>
        }
      >
        <AlgorithmField />
        <HealthCheckFields protocol={balancer.protocol} />
        <BackendsTable
          balancer={balancer}
          names={names}
          onRemove={setRemoving}
        />
        {unsaved && (
          <p className="text-sm font-medium text-amber-900" role="status">
            You have unsaved changes.
          </p>
        )}
      </ApiForm>
      {/* Outside the form: a dialog's submit would bubble up to it. */}
      <RemoveBackendDialog
        balancer={balancer}
        backend={removing}
        name={removing ? names.get(removing.instance_id) : undefined}
        onClose={() => setRemoving(null)}
      />
      <ConfirmDialog
        open={blocker.state === 'blocked'}
        onOpenChange={(open) => !open && blocker.reset?.()}
        title="Leave without saving?"
        description={`Your changes to ${balancer.name} have not been saved.`}
        consequences="The new settings and weights will be lost."
        confirmLabel="Leave and lose changes"
        tone="danger"
        onConfirm={async () => blocker.proceed?.()}
      />
    </>
  );
}
