import type { ComponentProps, ReactNode } from 'react';
import { cx } from '../../lib/class-names';
import { controlClass, FieldLayout, useField, type FieldProps } from './field';

export interface SelectOption {
  value: string;
  label: string;
  disabled?: boolean;
}

interface SelectFieldProps
  extends
    FieldProps,
    Omit<
      ComponentProps<'select'>,
      'name' | 'id' | 'className' | 'aria-invalid' | 'aria-describedby'
    > {
  options?: readonly SelectOption[];
  /** A first, empty choice that asks the user to pick: "Choose a region". */
  placeholder?: string;
  /** Options or option groups, when `options` is not enough. */
  children?: ReactNode;
}

/** A native select: the phone's own picker, and no script to load. */
export function SelectField({
  name,
  label,
  description,
  optional,
  className,
  options,
  placeholder,
  children,
  ...native
}: SelectFieldProps) {
  const field = useField(name, Boolean(description));
  return (
    <FieldLayout
      field={field}
      label={label}
      description={description}
      optional={optional}
      className={className}
    >
      <select
        {...native}
        {...field.register(name)}
        {...field.aria}
        id={field.id}
        className={cx(controlClass, 'pr-8')}
      >
        {placeholder !== undefined && (
          <option value="" disabled={!optional}>
            {placeholder}
          </option>
        )}
        {options?.map((option) => (
          <option
            key={option.value}
            value={option.value}
            disabled={option.disabled}
          >
            {option.label}
          </option>
        ))}
        {children}
      </select>
    </FieldLayout>
  );
}
