import { useId } from 'react';
import { useFormContext, useWatch } from 'react-hook-form';
import type { Plan } from '../../api/types';
import { formatMoney } from '../../lib/format';
import { describeHourlyPrice } from '../../lib/pricing';
import type {
  CreateInstanceValues,
  InstanceChoices,
} from './create-instance-schema';
import { planSpecs } from './plan-picker';

function useChosenPlan(plans: readonly Plan[]) {
  const { control } = useFormContext<CreateInstanceValues>();
  const planId = useWatch({ control, name: 'plan' });
  return plans.find((plan) => plan.id === planId);
}

const rowClass = 'flex flex-wrap justify-between gap-x-3 gap-y-1 py-1';

/** What will be created and what it costs, beside the form. */
export function CreateInstanceSummary({
  choices,
}: {
  choices: InstanceChoices;
}) {
  const { control } = useFormContext<CreateInstanceValues>();
  const [regionId, imageId, backups] = useWatch({
    control,
    name: ['region', 'image', 'backups'],
  });
  const plan = useChosenPlan(choices.plans);
  const region = choices.regions.find((r) => r.id === regionId);
  const image = choices.images.find((i) => i.id === imageId);
  const headingId = useId();

  return (
    <section
      aria-labelledby={headingId}
      className="rounded-md border border-slate-200 bg-white p-4 text-sm"
    >
      <h2 id={headingId} className="font-semibold text-slate-900">
        Summary
      </h2>
      <dl className="mt-2 divide-y divide-slate-100">
        <SummaryRow label="Region" value={region?.name} />
        <SummaryRow label="Image" value={image?.name} />
        <SummaryRow
          label="Plan"
          value={plan && `${plan.name}: ${planSpecs(plan)}`}
        />
        <SummaryRow label="Backups" value={backups ? 'On' : 'Off'} />
      </dl>
      <PlanPrice plan={plan} currency={choices.currency} />
    </section>
  );
}

function SummaryRow({ label, value }: { label: string; value?: string }) {
  return (
    <div className={rowClass}>
      <dt className="text-slate-600">{label}</dt>
      <dd className="min-w-0 text-right break-words text-slate-900">
        {value ?? 'Not chosen'}
      </dd>
    </div>
  );
}

function PlanPrice({ plan, currency }: { plan?: Plan; currency: string }) {
  if (!plan) {
    return (
      <p className="mt-3 border-t border-slate-200 pt-3 text-slate-600">
        Choose a plan to see its price.
      </p>
    );
  }
  return (
    <dl className="mt-3 border-t border-slate-200 pt-3">
      <div className={rowClass}>
        <dt className="text-slate-600">Monthly</dt>
        <dd className="text-base font-semibold text-slate-900 tabular-nums">
          {formatMoney(plan.price_monthly, currency)}
        </dd>
      </div>
      <div className={rowClass}>
        <dt className="text-slate-600">Hourly</dt>
        <dd className="text-slate-900 tabular-nums">
          {formatMoney(plan.price_hourly, currency)}
        </dd>
      </div>
      <p className="mt-1 text-xs text-slate-600">
        Billed by the hour, and never more than the monthly price in a calendar
        month.
      </p>
    </dl>
  );
}

/**
 * The monthly price by the submit button, for a phone, where the summary
 * sits below the form.
 */
export function PriceBySubmit({ choices }: { choices: InstanceChoices }) {
  const plan = useChosenPlan(choices.plans);
  if (!plan) return null;
  return (
    <p className="text-sm text-slate-700 tabular-nums lg:hidden">
      {describeHourlyPrice(
        plan.price_hourly,
        plan.price_monthly,
        choices.currency,
      )}
    </p>
  );
}
