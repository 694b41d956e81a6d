import { useQuery, type UseQueryResult } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { plansQuery, pricingQuery } from '../../api/queries/reference';
import type { Instance, Plan, Pricing } from '../../api/types';
import { QueryError } from '../../components/query-error';
import { Skeleton } from '../../components/skeleton';
import { notify } from '../../components/toast';
import { cx } from '../../lib/class-names';
import { describeHourlyPrice } from '../../lib/pricing';
import { ConfirmDialog } from '../../components/confirm-dialog';
import { describePlanPriceChange, planSpecs } from './instance-format';
import { useSendAction } from './use-send-action';

interface ResizeDialogProps {
  instance: Instance;
  open: boolean;
  onOpenChange: (open: boolean) => void;
}

/** A disk cannot shrink: only plans with at least as much disk qualify. */
export function resizeChoices(plans: readonly Plan[], instance: Instance) {
  const current = plans.find((plan) => plan.id === instance.plan);
  const minimumDisk = current?.disk_gb ?? instance.specs.disk_gb;
  return plans
    .filter((plan) => plan.id !== instance.plan)
    .filter((plan) => plan.disk_gb >= minimumDisk)
    .sort((a, b) => a.price_monthly - b.price_monthly);
}

/**
 * Moves the instance to another plan, showing what the month will cost.
 * Render it only while open, so that each opening starts with no choice.
 */
export function ResizeDialog({
  instance,
  open,
  onOpenChange,
}: ResizeDialogProps) {
  const { send } = useSendAction(instance);
  const [planId, setPlanId] = useState<string | null>(null);
  const plans = useQuery({ ...plansQuery, enabled: open });
  const pricing = useQuery({ ...pricingQuery, enabled: open });
  const chosen = plans.data?.find((plan) => plan.id === planId);

  async function resize() {
    if (!chosen) return;
    await send({ type: 'resize', plan: chosen.id });
    notify.success(`Resizing ${instance.name} to ${chosen.name}.`);
  }

  return (
    <ConfirmDialog
      open={open}
      onOpenChange={onOpenChange}
      title={`Resize ${instance.name}`}
      description={
        <p>
          A new plan changes the vCPUs, memory and disk of{' '}
          <b className="break-all">{instance.name}</b>, and it is unavailable
          while it resizes. A disk can only grow, so plans with a smaller disk
          are not offered.
        </p>
      }
      confirmLabel="Resize instance"
      pendingLabel="Resizing…"
      ready={Boolean(chosen)}
      onConfirm={resize}
    >
      <PlanPicker
        plans={plans}
        pricing={pricing}
        instance={instance}
        value={planId}
        onChange={setPlanId}
      />
    </ConfirmDialog>
  );
}

interface PlanPickerProps {
  plans: UseQueryResult<Plan[]>;
  /** For the currency the prices are in. */
  pricing: UseQueryResult<Pricing>;
  instance: Instance;
  value: string | null;
  onChange: (id: string) => void;
}

function PlanPicker({
  plans,
  pricing,
  instance,
  value,
  onChange,
}: PlanPickerProps) {
  const failed = [plans, pricing].find((query) => query.isError);
  if (failed) {
    return <QueryError error={failed.error} onRetry={failed.refetch} />;
  }
  if (!plans.data || !pricing.data) {
    return <Skeleton className="h-48 w-full" />;
  }

  const { currency } = pricing.data;
  const current = plans.data.find((plan) => plan.id === instance.plan);
  const choices = resizeChoices(plans.data, instance);
  const chosen = choices.find((plan) => plan.id === value);
  return (
    <>
      {current && <CurrentPlan plan={current} currency={currency} />}
      {choices.length === 0 ? (
        <p className="text-sm text-slate-700">
          No plan has a larger disk than this one, so there is nothing to resize
          to.
        </p>
      ) : (
        <fieldset className="min-w-0 space-y-2">
          <legend className="mb-2 text-sm font-medium text-slate-900">
            New plan
          </legend>
          {choices.map((plan) => (
            <PlanOption
              key={plan.id}
              plan={plan}
              current={current}
              currency={currency}
              checked={plan.id === value}
              onChange={onChange}
            />
          ))}
        </fieldset>
      )}
      <PriceChange from={current} to={chosen} currency={currency} />
    </>
  );
}

function CurrentPlan({ plan, currency }: { plan: Plan; currency: string }) {
  return (
    <p className="text-sm text-slate-700">
      Now on <b>{plan.name}</b>: {planSpecs(plan)},{' '}
      {describePrice(plan, currency)}.
    </p>
  );
}

const optionClass = cx(
  'flex cursor-pointer items-start gap-3 rounded-md border border-slate-300',
  'p-3 text-sm has-[:checked]:border-brand-700 has-[:checked]:bg-brand-50',
);

/** "$0.071 an hour, at most $48.00 a month", as prices read elsewhere. */
function describePrice(plan: Plan, currency: string) {
  return describeHourlyPrice(plan.price_hourly, plan.price_monthly, currency);
}

// The radio is named by the plan's name alone and described by what it
// changes, its size and its price, so that a screen reader reads the name
// first.
function PlanOption({
  plan,
  current,
  currency,
  checked,
  onChange,
}: {
  plan: Plan;
  /** The plan the instance is on, for the change in price. */
  current: Plan | undefined;
  currency: string;
  checked: boolean;
  onChange: (id: string) => void;
}) {
  const id = useId();
  const described = [current && `${id}-change`, `${id}-specs`, `${id}-price`];
  return (
    <label className={optionClass}>
      <input
        type="radio"
        name="plan"
        value={plan.id}
        checked={checked}
        onChange={() => onChange(plan.id)}
        aria-labelledby={`${id}-name`}
        aria-describedby={described.filter(Boolean).join(' ')}
        className="mt-0.5 accent-brand-700"
      />
      <span className="min-w-0 flex-1">
        <span className="flex flex-wrap justify-between gap-x-2">
          <span id={`${id}-name`} className="font-medium text-slate-900">
            {plan.name}
          </span>
          {current && (
            <span id={`${id}-change`} className="text-slate-900 tabular-nums">
              {describePlanPriceChange(current, plan, currency)}
            </span>
          )}
        </span>
        <span id={`${id}-specs`} className="block text-slate-600">
          {planSpecs(plan)}
        </span>
        <span
          id={`${id}-price`}
          className="block text-xs text-slate-600 tabular-nums"
        >
          {describePrice(plan, currency)}
        </span>
      </span>
    </label>
  );
}

function PriceChange({
  from,
  to,
  currency,
}: {
  from: Plan | undefined;
  to: Plan | undefined;
  currency: string;
}) {
  return (
    <p aria-live="polite" className="min-h-5 text-sm text-slate-900">
      {from && to && (
        <>
          Price: {describePrice(from, currency)} →{' '}
          <b>{describePrice(to, currency)}</b> (
          {describePlanPriceChange(from, to, currency)})
        </>
      )}
    </p>
  );
}
