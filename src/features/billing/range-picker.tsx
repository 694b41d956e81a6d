import { useId, useState, type FormEvent } from 'react';
import { Button } from '../../components/button';
import { controlClass } from '../../components/control-class';
import {
  checkRange,
  presetRange,
  rangePresets,
  type DateRange,
  type RangeChoice,
  type RangePreset,
} from '../../lib/usage-range';

interface RangePickerProps {
  choice: RangeChoice;
  now: number;
  onChange: (preset: RangePreset, range?: DateRange) => void;
}

const labelClass = 'block text-sm font-medium text-slate-800';

/** A range's problem as of the moment it is typed or applied. */
const checkAsOfNow = (range: DateRange) => checkRange(range, Date.now());

/**
 * Picks the period: a preset applies at once; a custom range applies on
 * "Show", and only when its start is not after its end.
 */
export function RangePicker({ choice, now, onChange }: RangePickerProps) {
  const presetId = useId();
  const [preset, setPreset] = useState(choice.preset);

  function pick(next: RangePreset) {
    setPreset(next);
    if (next !== 'custom') onChange(next);
  }

  return (
    <div className="mb-6 flex flex-wrap items-end gap-4">
      <div>
        <label htmlFor={presetId} className={labelClass}>
          Period
        </label>
        <select
          id={presetId}
          value={preset}
          onChange={(event) => pick(event.target.value as RangePreset)}
          className={`${controlClass} mt-1 w-auto`}
        >
          {rangePresets.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      </div>
      {preset === 'custom' && (
        <CustomRange
          initial={
            choice.preset === 'custom'
              ? choice.range
              : presetRange(choice.preset, now)
          }
          onApply={(range) => onChange('custom', range)}
        />
      )}
    </div>
  );
}

function CustomRange({
  initial,
  onApply,
}: {
  initial: DateRange;
  onApply: (range: DateRange) => void;
}) {
  const id = useId();
  const [range, setRange] = useState(initial);
  const [error, setError] = useState<string | undefined>();

  // Start and end are judged together: once a message is shown, a change
  // to either one says at once whether the range is right now.
  function edit(next: DateRange) {
    setRange(next);
    if (error) setError(checkAsOfNow(next));
  }

  function apply(event: FormEvent) {
    event.preventDefault();
    const problem = checkAsOfNow(range);
    setError(problem);
    if (!problem) onApply(range);
  }

  const field = (name: keyof DateRange, label: string) => (
    <div>
      <label htmlFor={`${id}-${name}`} className={labelClass}>
        {label}
      </label>
      <input
        id={`${id}-${name}`}
        type="date"
        value={range[name]}
        onChange={(event) => edit({ ...range, [name]: event.target.value })}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
        className={`${controlClass} mt-1 w-auto`}
      />
    </div>
  );

  return (
    <form
      onSubmit={apply}
      noValidate
      aria-label="Custom period"
      className="flex flex-wrap items-end gap-3"
    >
      {field('start', 'From (UTC)')}
      {field('end', 'To, included (UTC)')}
      <Button type="submit" variant="secondary">
        Show
      </Button>
      {error && (
        <p
          id={`${id}-error`}
          role="alert"
          className="w-full text-sm text-red-700"
        >
          {error}
        </p>
      )}
    </form>
  );
}
