import { zodResolver } from '@hookform/resolvers/zod';
import { useQuery } from '@tanstack/react-query';
import { useEffect, useId, useRef, useState } from 'react';
import {
  useFieldArray,
  useForm,
  useFormContext,
  useWatch,
} from 'react-hook-form';
import { Link, useNavigate } from 'react-router';
import { useWriteAccess } from '../../api/queries/account';
import { instanceQueries } from '../../api/queries/instances';
import {
  loadBalancerQueries,
  useCreateLoadBalancer,
} from '../../api/queries/load-balancers';
import type { Pricing, Region } from '../../api/types';
import { Button, buttonClass } from '../../components/button';
import {
  ApiForm,
  CreateLeaveGuard,
  DraftNotice,
  CurlPreview,
  leaveWithoutAsking,
  NameField,
  NumberField,
  RegionField,
  SelectField,
  useRecheck,
  useDraft,
  useDraftStart,
} from '../../components/form';
import {
  controlClass,
  FieldError,
  useField,
} from '../../components/form/field';
import { lookForCreated } from '../../components/outcome-check';
import { notify } from '../../components/toast';
import { formatMoney } from '../../lib/format';
import { hourlyFromMonthly } from '../../lib/pricing';
import { PROTOCOLS } from '../../lib/validation/load-balancer';
import { AlgorithmField } from './algorithm-field';
import { HealthCheckFields } from './health-check-fields';
import { protocolLabels } from './load-balancer-format';
import {
  createLoadBalancerSchema,
  initialValues,
  toCreateRequest,
  type CreateLoadBalancerValues,
} from './load-balancer-schema';
import { regionInstances } from './region-instances';

const balancerPath = (id: string) => `/load-balancers/${id}`;
// Nothing typed is lost on the way to the balancer just made.
const toBalancer = { state: leaveWithoutAsking } as const;

// Messages about the backends list land under it, not in the alert.
const groupFields = ['backends'] as const;

interface FormProps {
  regions: Region[];
  pricing: Pricing;
}

function defaultRegion(regions: readonly Region[]) {
  const open = regions.filter((region) => region.available);
  return (open.find((r) => r.id === 'lagos-1') ?? open[0])?.id ?? '';
}

export function CreateLoadBalancerForm({ regions, pricing }: FormProps) {
  const navigate = useNavigate();
  const create = useCreateLoadBalancer();
  const { reason } = useWriteAccess();
  const createdId = useRef<string | null>(null);
  const start = useDraftStart(
    'load-balancer',
    initialValues(defaultRegion(regions)),
  );
  const form = useForm<CreateLoadBalancerValues>({
    resolver: zodResolver(createLoadBalancerSchema),
    mode: 'onChange',
    defaultValues: start.initial,
  });
  const draft = useDraft(form, start);

  async function submit(values: CreateLoadBalancerValues) {
    // Create pressed again before the page changes goes to the one made.
    if (createdId.current) {
      return navigate(balancerPath(createdId.current), toBalancer);
    }
    const balancer = await create.mutateAsync(toCreateRequest(values));
    createdId.current = balancer.id;
    notify.success(`Creating load balancer ${balancer.name}`);
    return navigate(balancerPath(balancer.id), toBalancer);
  }

  // A lost answer: the region's balancers tell whether it was made.
  const checkOutcome = ({ name, region }: CreateLoadBalancerValues) =>
    lookForCreated({
      what: 'load balancer',
      name,
      query: loadBalancerQueries.list({ region, per_page: 100 }),
      made: (page) => {
        const found = page.items.find((balancer) => balancer.name === name);
        return found && { href: balancerPath(found.id) };
      },
      // Made after all: the form's work is done, its draft with it.
      onHappened: () => draft.discard(),
    });

  return (
    <>
      <ApiForm
        form={form}
        onSubmit={submit}
        checkOutcome={checkOutcome}
        submitLabel="Create load balancer"
        pendingLabel="Creating…"
        disabledReason={reason}
        reasonFirst
        fields={groupFields}
        secondaryAction={<FormActions pricing={pricing} />}
        curl={<RequestPreview />}
      >
        <DraftNotice draft={draft} />
        <NameField />
        <RegionField
          regions={regions}
          description="Its backends must be instances of this region."
        />
        <AlgorithmField />
        <ListenerFields />
        <ProtocolHealthCheck />
        <InitialBackends />
      </ApiForm>
      <CreateLeaveGuard control={form.control} what="load balancer" />
    </>
  );
}

function ListenerFields() {
  useRecheck('protocol', 'health_check.path');
  return (
    <div className="grid gap-4 sm:grid-cols-3">
      <SelectField
        name="protocol"
        label="Protocol"
        options={PROTOCOLS.map((value) => ({
          value,
          label: protocolLabels[value],
        }))}
      />
      <NumberField name="port" label="Port" description="1–65535." />
      <NumberField
        name="backend_port"
        label="Backend port"
        description="Where instances listen."
      />
    </div>
  );
}

function ProtocolHealthCheck() {
  const { control } = useFormContext<CreateLoadBalancerValues>();
  const protocol = useWatch({ control, name: 'protocol' });
  return <HealthCheckFields protocol={protocol} />;
}

/** Instances of the chosen region to start with, each with a weight. */
function InitialBackends() {
  const { control, watch } = useFormContext<CreateLoadBalancerValues>();
  const region = useWatch({ control, name: 'region' });
  const backends = useFieldArray({ control, name: 'backends' });
  // What a change of region took off the list, said rather than hidden.
  const [dropped, setDropped] = useState<{ from: string; names: string[] }>();
  // A server message about a backend's instance lands on the whole list.
  const group = useField('backends', true);
  const instances = useQuery({
    ...instanceQueries.list(regionInstances(region)),
    enabled: Boolean(region),
  });
  const { replace } = backends;
  const names = new Map(instances.data?.items.map((i) => [i.id, i.name]));

  const namesRef = useRef(names);
  useEffect(() => {
    namesRef.current = names;
  });

  // Backends must share the balancer's region: a new region starts over.
  useEffect(() => {
    let from = region;
    const watching = watch((values, { name }) => {
      if (name !== 'region' || values.region === from) return;
      const taken = (values.backends ?? []).map(
        (backend) =>
          namesRef.current.get(backend?.instance_id ?? '') ??
          backend?.instance_id ??
          '',
      );
      setDropped(taken.length > 0 ? { from, names: taken } : undefined);
      if (taken.length > 0) replace([]);
      from = values.region ?? '';
    });
    return () => watching.unsubscribe();
    // Set up once: the region it starts from is the form's first.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [watch, replace]);

  const chosen = new Set(backends.fields.map((field) => field.instance_id));
  const offered =
    instances.data?.items.filter((instance) => !chosen.has(instance.id)) ?? [];

  return (
    <fieldset
      aria-describedby={group.aria['aria-describedby']}
      className="min-w-0 space-y-3"
    >
      <legend className="text-sm font-semibold text-slate-900">
        Backends <span className="font-normal text-slate-500">(optional)</span>
      </legend>
      <p id={group.descriptionId} className="text-sm text-slate-600">
        Instances of {region || 'the region'} to send traffic to, in proportion
        to their weight (1–100). You can add more later.
      </p>
      {dropped && (
        <p role="status" className="text-sm text-amber-900">
          {dropped.names.join(', ')} {dropped.names.length > 1 ? 'were' : 'was'}{' '}
          taken off the backends:{' '}
          {dropped.names.length > 1 ? 'they are' : 'it is'} in {dropped.from},
          and a balancer&apos;s backends share its region.
        </p>
      )}
      {backends.fields.length > 0 && (
        <ul className="space-y-2">
          {backends.fields.map((field, index) => (
            <li key={field.id} className="flex items-start gap-3">
              <span className="mt-2 min-w-0 flex-1 truncate font-mono text-sm">
                {names.get(field.instance_id) ?? field.instance_id}
              </span>
              <NumberField
                name={`backends.${index}.weight`}
                label={
                  <span className="sr-only">
                    Weight of {names.get(field.instance_id)}
                  </span>
                }
                className="w-24"
              />
              <Button
                variant="ghost"
                size="sm"
                className="mt-1"
                onClick={() => backends.remove(index)}
              >
                Remove
                <span className="sr-only"> {names.get(field.instance_id)}</span>
              </Button>
            </li>
          ))}
        </ul>
      )}
      <BackendChooser
        options={offered.map((i) => ({ value: i.id, label: i.name }))}
        onAdd={(instanceId) => {
          setDropped(undefined);
          backends.append({ instance_id: instanceId, weight: 100 });
        }}
      />
      <FieldError id={group.errorId} message={group.error} />
    </fieldset>
  );
}

function BackendChooser({
  options,
  onAdd,
}: {
  options: { value: string; label: string }[];
  onAdd: (instanceId: string) => void;
}) {
  const [choice, setChoice] = useState('');
  const id = useId();
  const valid = options.some((option) => option.value === choice);

  return (
    <div className="flex flex-wrap items-end gap-2">
      <div className="min-w-0 flex-1 sm:max-w-xs">
        <label htmlFor={id} className="block text-sm font-medium">
          Instance to add
        </label>
        <select
          id={id}
          value={valid ? choice : ''}
          onChange={(event) => setChoice(event.target.value)}
          className={`${controlClass} mt-1`}
        >
          <option value="">
            {options.length === 0 ? 'No instance left to add' : 'Choose…'}
          </option>
          {options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      </div>
      <Button
        variant="secondary"
        disabled={!valid}
        onClick={() => {
          onAdd(choice);
          setChoice('');
        }}
      >
        Add backend
      </Button>
    </div>
  );
}

function FormActions({ pricing }: { pricing: Pricing }) {
  const monthly = pricing.load_balancer_month;
  const price = formatMoney(monthly, pricing.currency);
  const hourly = formatMoney(hourlyFromMonthly(monthly), pricing.currency);
  return (
    <>
      <Link
        to="/load-balancers"
        state={leaveWithoutAsking}
        className={buttonClass('ghost')}
      >
        Cancel
      </Link>
      <p className="text-sm text-slate-700">
        {hourly} an hour, at most <span className="font-semibold">{price}</span>{' '}
        a month.
      </p>
    </>
  );
}

/** The request exactly as Create would send it. */
function RequestPreview() {
  const { control } = useFormContext<CreateLoadBalancerValues>();
  const body = useWatch({ control, compute: toCreateRequest });
  return <CurlPreview method="POST" path="/load-balancers" body={body} />;
}
