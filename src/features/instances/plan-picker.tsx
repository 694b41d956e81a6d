import { useId } from 'react';
import { useFormContext } from 'react-hook-form';
import type { Plan } from '../../api/types';
import { cx } from '../../lib/class-names';
import { formatMoney } from '../../lib/format';
import { describeHourlyPrice } from '../../lib/pricing';
import { ChoiceGroup, type ChoiceAria } from './choice-group';
import type { CreateInstanceValues } from './create-instance-schema';

interface PlanPickerProps {
  plans: readonly Plan[];
  currency: string;
}

/** "2 vCPU · 4 GB RAM · 80 GB disk" */
export function planSpecs(plan: Plan) {
  return `${plan.vcpu} vCPU · ${plan.ram_gb} GB RAM · ${plan.disk_gb} GB disk`;
}

/**
 * The plans as radio cards, each with its size, its monthly price and how
 * it is billed: by the hour, never above the monthly price.
 */
export function PlanPicker({ plans, currency }: PlanPickerProps) {
  return (
    <ChoiceGroup name="plan" legend="Plan">
      {(aria) => (
        <div className="grid gap-2 sm:grid-cols-2">
          {plans.map((plan) => (
            <PlanCard key={plan.id} plan={plan} currency={currency} {...aria} />
          ))}
        </div>
      )}
    </ChoiceGroup>
  );
}

const cardClass = cx(
  'flex cursor-pointer gap-3 rounded-md border border-slate-300 bg-white p-3',
  'hover:border-slate-400 has-checked:border-brand-700 has-checked:bg-brand-50',
  'has-focus-visible:outline-2 has-focus-visible:outline-brand-700',
  'has-aria-invalid:border-red-600',
);

interface PlanCardProps extends ChoiceAria {
  plan: Plan;
  currency: string;
}

// The radio is named by the plan's name alone and described by its size
// and price, so that a screen reader reads the name first.
function PlanCard({ plan, currency, ...aria }: PlanCardProps) {
  const { register } = useFormContext<CreateInstanceValues>();
  const id = useId();
  return (
    <label className={cardClass}>
      <input
        type="radio"
        value={plan.id}
        {...register('plan')}
        {...aria}
        aria-labelledby={`${id}-name`}
        aria-describedby={`${id}-price ${id}-specs ${id}-billing`}
        className="mt-1 size-4 shrink-0 accent-brand-700"
      />
      <span className="min-w-0 flex-1 text-sm">
        <span className="flex flex-wrap justify-between gap-x-2">
          <span id={`${id}-name`} className="font-medium text-slate-900">
            {plan.name}
          </span>
          <span id={`${id}-price`} className="text-slate-900 tabular-nums">
            {formatMoney(plan.price_monthly, currency)}
            <span className="text-slate-600"> a month</span>
          </span>
        </span>
        <span id={`${id}-specs`} className="block text-slate-600">
          {planSpecs(plan)}
        </span>
        <span id={`${id}-billing`} className="block text-xs text-slate-600">
          {describeHourlyPrice(plan.price_hourly, plan.price_monthly, currency)}
        </span>
      </span>
    </label>
  );
}
