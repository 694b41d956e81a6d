import type { ComponentProps, ReactNode } from 'react';
import { cx } from '../../lib/class-names';
import { controlClass, FieldLayout, useField, type FieldProps } from './field';

interface NumberFieldProps
  extends
    FieldProps,
    Omit<
      ComponentProps<'input'>,
      'name' | 'id' | 'type' | 'className' | 'aria-invalid' | 'aria-describedby'
    > {
  /** A unit shown after the input: "GB", "s". */
  unit?: ReactNode;
  /** Whole numbers only: phones then show a digit keypad. */
  integer?: boolean;
}

const decimalText = /^-?(\d+\.?\d*|\.\d+)$/;

/**
 * An empty input is no value at all, so the schema can say it is needed.
 * Text that is not plainly a decimal number stays text: Number() would
 * read "0x50" as 80 and "1e3" as 1000, and the schema could then neither
 * refuse it nor say why.
 */
export function toNumber(value: unknown): number | string | undefined {
  if (typeof value === 'number') return value;
  const text = String(value ?? '').trim();
  if (text === '') return undefined;
  return decimalText.test(text) ? Number(text) : text;
}

/**
 * A text input that holds a number. Not type="number": that one changes
 * value on a scroll wheel, accepts "1e3" and hides what the user typed
 * when it does not parse, so the schema could not explain the mistake.
 */
export function NumberField({
  name,
  label,
  description,
  optional,
  className,
  unit,
  integer = true,
  ...native
}: NumberFieldProps) {
  const field = useField(name, Boolean(description));
  const input = (
    <input
      type="text"
      inputMode={integer ? 'numeric' : 'decimal'}
      autoComplete="off"
      {...native}
      {...field.register(name, { setValueAs: toNumber })}
      {...field.aria}
      id={field.id}
      className={cx(
        controlClass,
        'tabular-nums',
        unit !== undefined && 'max-w-40',
      )}
    />
  );

  return (
    <FieldLayout
      field={field}
      label={label}
      description={description}
      optional={optional}
      className={className}
    >
      {unit ? (
        <div className="flex items-center gap-2">
          {input}
          <span className="text-sm text-slate-600">{unit}</span>
        </div>
      ) : (
        input
      )}
    </FieldLayout>
  );
}
