import { zodResolver } from '@hookform/resolvers/zod';
import { useQueryClient, type QueryClient } from '@tanstack/react-query';
import { useForm } from 'react-hook-form';
import { z } from 'zod';
import { ApiError, isApiError } from '../../api/errors';
import { useWriteAccess } from '../../api/queries/account';
import {
  loadBalancerQueries,
  useAddBackend,
} from '../../api/queries/load-balancers';
import type { Instance, LoadBalancer } from '../../api/types';
import { ApiForm, NumberField, SelectField } from '../../components/form';
import { lookFor } from '../../components/outcome-check';
import { notify } from '../../components/toast';
import { checkWeight } from '../../lib/validation/load-balancer';

const addBackendSchema = z
  .object({ instance_id: z.string(), weight: z.unknown() })
  .superRefine((values, context) => {
    if (!values.instance_id) {
      context.addIssue({
        code: 'custom',
        message: 'Choose an instance',
        path: ['instance_id'],
      });
    }
    const weight = checkWeight(values.weight);
    if (weight) {
      context.addIssue({ code: 'custom', message: weight, path: ['weight'] });
    }
  });

type AddBackendValues = z.infer<typeof addBackendSchema>;

const initial: AddBackendValues = { instance_id: '', weight: 100 };

/**
 * Adds an instance as a backend. Only instances of the balancer's region
 * that are not backends already are offered, so neither refusal can come
 * from here; if another client got there first, the 409 says what to do.
 */
export function AddBackendForm({
  balancer,
  instances,
}: {
  balancer: LoadBalancer;
  instances: readonly Instance[];
}) {
  const add = useAddBackend(balancer.id);
  const client = useQueryClient();
  const { reason } = useWriteAccess();
  const form = useForm<AddBackendValues>({
    resolver: zodResolver(addBackendSchema),
    mode: 'onChange',
    defaultValues: initial,
  });
  const taken = new Set(balancer.backends.map((b) => b.instance_id));
  const offered = instances.filter(
    (i) => i.region === balancer.region && !taken.has(i.id),
  );

  async function submit({ instance_id, weight }: AddBackendValues) {
    const name = offered.find((i) => i.id === instance_id)?.name;
    const backend = { id: instance_id, name: name ?? instance_id };
    try {
      await add.mutateAsync({ instance_id, weight: Number(weight) });
    } catch (error) {
      const explained = await explainConflict(client, error, balancer, backend);
      // It is in the table now, no longer a choice: the select must not
      // seem to hold another instance while the form still holds this one.
      if (explained !== error) form.setValue('instance_id', '');
      throw explained;
    }
    form.reset(initial);
    notify.success(`Added ${backend.name} to ${balancer.name}.`);
  }

  // A lost answer: the balancer's backends tell whether it was added.
  function checkOutcome({ instance_id }: AddBackendValues) {
    const name = offered.find((i) => i.id === instance_id)?.name ?? instance_id;
    return lookFor({
      query: loadBalancerQueries.detail(balancer.id),
      checking: `Looking for ${name} among the backends…`,
      outcome: (current) =>
        current.backends.some((b) => b.instance_id === instance_id)
          ? {
              happened: true,
              message: `${name} was added to ${balancer.name}.`,
            }
          : {
              happened: false,
              message: `${name} is not a backend of ${balancer.name}. You can add it again.`,
            },
      onHappened: () => form.reset(initial),
    });
  }

  return (
    <ApiForm
      form={form}
      onSubmit={submit}
      checkOutcome={checkOutcome}
      submitLabel="Add backend"
      pendingLabel="Adding…"
      disabledReason={reason}
    >
      <div className="grid gap-4 sm:grid-cols-[minmax(0,2fr)_minmax(0,1fr)]">
        <SelectField
          name="instance_id"
          label="Instance"
          placeholder={
            offered.length === 0
              ? `No other instance in ${balancer.region}`
              : 'Choose an instance'
          }
          description={`Instances of ${balancer.region} that are not backends yet.`}
          options={offered.map((instance) => ({
            value: instance.id,
            label: `${instance.name} (${instance.status})`,
          }))}
        />
        <NumberField name="weight" label="Weight" description="1–100." />
      </div>
    </ApiForm>
  );
}

/**
 * A 409 here usually means the instance became a backend after this page
 * loaded. The balancer is read again (the refetch the conflict started,
 * not a second request): if the instance is among its backends, the user
 * is told where to change it instead; otherwise the API's reason stands.
 */
async function explainConflict(
  client: QueryClient,
  error: unknown,
  balancer: LoadBalancer,
  instance: { id: string; name: string },
) {
  if (!isApiError(error) || error.status !== 409) return error;
  const current = await client
    .fetchQuery(loadBalancerQueries.detail(balancer.id))
    .catch(() => null);
  const added = current?.backends.some((b) => b.instance_id === instance.id);
  if (!added) return error;
  return new ApiError(
    409,
    error.code,
    `${instance.name} is already a backend of ${balancer.name}: change its weight in the table instead.`,
    error.details,
    error.requestId,
  );
}
