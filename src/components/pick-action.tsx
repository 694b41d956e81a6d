import { useCallback, useId, useRef, useState } from 'react';
import { isApiError } from '../api/errors';
import { cx } from '../lib/class-names';
import { describeError } from './describe-error';
import { controlClass } from './control-class';
import type { SelectOption } from './form/select-field';
import type { OutcomeLookup } from './outcome-check';
import { RequestId } from './request-id';
import { WriteGate } from './write-gate';
import { Button } from './button';

interface PickActionProps {
  /** The select's label: "Network to join". */
  label: string;
  placeholder: string;
  options: readonly SelectOption[];
  actionLabel: string;
  pendingLabel: string;
  /** Sends the request; a rejection is shown under the control. */
  onAction: (value: string) => Promise<unknown>;
  /**
   * How to learn whether the action took effect when its connection
   * drops (see `lookFor`); asked as the request goes.
   */
  checkOutcome?: (value: string) => OutcomeLookup;
  className?: string;
}

const errorClass =
  'rounded-md border border-red-200 bg-red-50 p-3 text-sm text-red-900';

/**
 * Choose one thing and act on it: attach to a network, assign an address.
 * One request per click, and what went wrong shown where the user looks.
 */
export function PickAction({
  label,
  placeholder,
  options,
  actionLabel,
  pendingLabel,
  onAction,
  checkOutcome,
  className,
}: PickActionProps) {
  const id = useId();
  const inFlight = useRef(false);
  const [value, setValue] = useState('');
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<unknown>(null);
  // Each attempt drops the last one's check: a new one starts afresh.
  const [check, setCheck] = useState<OutcomeLookup | null>(null);
  const summary = error ? describeError(error, { write: true }) : null;

  // The answer replaces "Outcome unknown"; a choice acted on is cleared.
  const outcomeKnown = useCallback((happened: boolean) => {
    setError(null);
    if (happened) setValue('');
  }, []);

  async function act() {
    if (inFlight.current || value === '') return;
    inFlight.current = true;
    setPending(true);
    setError(null);
    setCheck(null);
    const lookup = checkOutcome?.(value);
    try {
      await onAction(value);
      setValue('');
    } catch (failure) {
      setError(failure);
      if (lookup && isApiError(failure) && failure.isNetworkError) {
        setCheck(lookup);
      }
    } finally {
      inFlight.current = false;
      setPending(false);
    }
  }

  return (
    <WriteGate className={cx('gap-2', className)}>
      {(gate) => (
        <>
          <div className="flex flex-wrap items-end gap-2">
            <div className="min-w-0 flex-1 basis-56">
              <label
                htmlFor={id}
                className="block text-sm font-medium text-slate-800"
              >
                {label}
              </label>
              <select
                id={id}
                className={controlClass}
                value={value}
                disabled={gate.disabled}
                onChange={(event) => setValue(event.target.value)}
              >
                <option value="">{placeholder}</option>
                {options.map((option) => (
                  <option key={option.value} value={option.value}>
                    {option.label}
                  </option>
                ))}
              </select>
            </div>
            <Button
              variant="secondary"
              disabled={gate.disabled || pending || value === ''}
              aria-describedby={gate['aria-describedby']}
              onClick={() => void act()}
            >
              {pending ? pendingLabel : actionLabel}
            </Button>
          </div>
          {summary && (
            <div role="alert" className={errorClass}>
              <p className="font-medium">{summary.title}</p>
              <p>{summary.message}</p>
              {summary.requestId && <RequestId id={summary.requestId} />}
            </div>
          )}
          {check?.render(outcomeKnown)}
        </>
      )}
    </WriteGate>
  );
}
