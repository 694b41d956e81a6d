import type { ComponentProps } from 'react';
import { cx } from '../../lib/class-names';
import {
  FieldDescription,
  FieldError,
  useField,
  type FieldProps,
} from './field';

interface CheckboxFieldProps
  extends
    Omit<FieldProps, 'optional'>,
    Omit<
      ComponentProps<'input'>,
      'name' | 'id' | 'type' | 'className' | 'aria-invalid' | 'aria-describedby'
    > {}

const boxClass = cx(
  'mt-0.5 size-4 shrink-0 rounded border-slate-400 accent-brand-700',
  'aria-invalid:outline aria-invalid:outline-red-600',
);

/** The box beside its label; description and error line up under the label. */
export function CheckboxField({
  name,
  label,
  description,
  className,
  ...native
}: CheckboxFieldProps) {
  const field = useField(name, Boolean(description));
  return (
    <div className={cx('flex gap-3', className)}>
      <input
        type="checkbox"
        {...native}
        {...field.register(name)}
        {...field.aria}
        id={field.id}
        className={boxClass}
      />
      <div className="min-w-0">
        <label
          htmlFor={field.id}
          className="text-sm font-medium text-slate-900"
        >
          {label}
        </label>
        {description && (
          <FieldDescription id={field.descriptionId}>
            {description}
          </FieldDescription>
        )}
        <FieldError id={field.errorId} message={field.error} />
      </div>
    </div>
  );
}
