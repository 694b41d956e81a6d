import { zodResolver } from '@hookform/resolvers/zod';
import { useForm } from 'react-hook-form';
import { z } from 'zod';
import { useWriteAccess } from '../../api/queries/account';
import { useAddBackend } from '../../api/queries/load-balancers';
import type { Instance, LoadBalancer } from '../../api/types';
import { ApiForm, NumberField, SelectField } from '../../components/form';
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
 * from here; if another client got there first, the 409 says so.
 */
export function AddBackendForm({
  balancer,
  instances,
}: {
  balancer: LoadBalancer;
  instances: readonly Instance[];
}) {
  const add = useAddBackend(balancer.id);
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
    await add.mutateAsync({ instance_id, weight: Number(weight) });
    const name = offered.find((i) => i.id === instance_id)?.name;
    form.reset(initial);
    notify.success(`Added ${name ?? instance_id} to ${balancer.name}.`);
  }

  return (
    <ApiForm
      form={form}
      onSubmit={submit}
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
