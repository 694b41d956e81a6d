import type { ComponentProps } from 'react';
import type { RegisterOptions } from 'react-hook-form';
import { cx } from '../../lib/class-names';
import {
  controlClass,
  FieldLayout,
  monoClass,
  useField,
  type FieldProps,
} from './field';

type NativeProps<Tag extends 'input' | 'textarea'> = Omit<
  ComponentProps<Tag>,
  'name' | 'id' | 'className' | 'aria-invalid' | 'aria-describedby'
>;

interface TextFieldProps extends FieldProps, NativeProps<'input'> {
  /** Fixed-width text, for addresses, CIDRs and keys. */
  mono?: boolean;
  rules?: RegisterOptions;
}

export function TextField({
  name,
  label,
  description,
  optional,
  className,
  mono,
  rules,
  type = 'text',
  ...native
}: TextFieldProps) {
  const field = useField(name, Boolean(description));
  return (
    <FieldLayout
      field={field}
      label={label}
      description={description}
      optional={optional}
      className={className}
    >
      <input
        type={type}
        {...native}
        {...field.register(name, rules)}
        {...field.aria}
        id={field.id}
        className={cx(controlClass, mono && monoClass)}
      />
    </FieldLayout>
  );
}

interface TextAreaFieldProps extends FieldProps, NativeProps<'textarea'> {
  mono?: boolean;
  rules?: RegisterOptions;
}

export function TextAreaField({
  name,
  label,
  description,
  optional,
  className,
  mono,
  rules,
  rows = 4,
  ...native
}: TextAreaFieldProps) {
  const field = useField(name, Boolean(description));
  return (
    <FieldLayout
      field={field}
      label={label}
      description={description}
      optional={optional}
      className={className}
    >
      <textarea
        rows={rows}
        {...native}
        {...field.register(name, rules)}
        {...field.aria}
        id={field.id}
        className={cx(controlClass, 'min-h-20 resize-y', mono && monoClass)}
      />
    </FieldLayout>
  );
}
