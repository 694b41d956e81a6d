import { useId, type ReactNode } from 'react';
import { get, useFormContext, useFormState } from 'react-hook-form';
import { cx } from '../../lib/class-names';

/** What every field takes besides its own input's attributes. */
export interface FieldProps {
  /** The form value it edits; a dotted path for nested values. */
  name: string;
  label: ReactNode;
  description?: ReactNode;
  /** Says "optional" beside the label. */
  optional?: boolean;
  /** Styles the field's wrapper, not the input. */
  className?: string;
}

export { controlClass } from '../control-class';

export const monoClass = 'font-mono';

const labelClass = 'block text-sm font-medium text-slate-900';
const descriptionClass = 'mt-1 text-sm text-slate-600';
const errorClass = 'mt-1 text-sm font-medium text-red-700';

/**
 * Wires one field to the form: its error (from validation as the user
 * types, or from the server) and the ids that tie label, description and
 * error to the input.
 */
export function useField(name: string, hasDescription: boolean) {
  const { register } = useFormContext();
  const { errors } = useFormState({ name });
  const id = useId();
  const message = get<unknown, { message?: unknown } | undefined>(
    errors,
    name,
  )?.message;
  const error = typeof message === 'string' && message ? message : null;
  const descriptionId = `${id}-description`;
  const errorId = `${id}-error`;
  const describedBy =
    [hasDescription && descriptionId, error && errorId]
      .filter(Boolean)
      .join(' ') || undefined;

  return {
    register,
    id,
    error,
    descriptionId,
    errorId,
    aria: {
      'aria-invalid': error ? true : undefined,
      'aria-describedby': describedBy,
    },
  };
}

export function FieldLabel({
  htmlFor,
  optional,
  children,
}: {
  htmlFor: string;
  optional?: boolean;
  children: ReactNode;
}) {
  return (
    <label htmlFor={htmlFor} className={labelClass}>
      {children}
      {optional && (
        <span className="font-normal text-slate-500"> (optional)</span>
      )}
    </label>
  );
}

export function FieldDescription({
  id,
  children,
}: {
  id: string;
  children: ReactNode;
}) {
  return (
    <p id={id} className={descriptionClass}>
      {children}
    </p>
  );
}

export function FieldError({
  id,
  message,
}: {
  id: string;
  message: string | null;
}) {
  if (!message) return null;
  return (
    <p id={id} className={errorClass}>
      {message}
    </p>
  );
}

/** Label, input, description and error, stacked. */
export function FieldLayout({
  field,
  label,
  description,
  optional,
  className,
  children,
}: {
  field: ReturnType<typeof useField>;
  label: ReactNode;
  description?: ReactNode;
  optional?: boolean;
  className?: string;
  children: ReactNode;
}) {
  return (
    <div className={cx('space-y-1', className)}>
      <FieldLabel htmlFor={field.id} optional={optional}>
        {label}
      </FieldLabel>
      {children}
      {description && (
        <FieldDescription id={field.descriptionId}>
          {description}
        </FieldDescription>
      )}
      <FieldError id={field.errorId} message={field.error} />
    </div>
  );
}
