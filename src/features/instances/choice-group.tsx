import { useId, type ReactNode } from 'react';
import { useFormContext } from 'react-hook-form';
import {
  FieldDescription,
  FieldError,
  useField,
} from '../../components/form/field';
import { cx } from '../../lib/class-names';

/** Spread on every input of a group, so each reads as invalid. */
export interface ChoiceAria {
  'aria-invalid': true | undefined;
}

interface ChoiceGroupProps {
  /** The form value the group edits: one id, or a list of ids. */
  name: string;
  legend: ReactNode;
  description?: ReactNode;
  optional?: boolean;
  className?: string;
  children: (aria: ChoiceAria) => ReactNode;
}

/**
 * Radios or boxes under one legend. The description and the error belong
 * to the fieldset, so a screen reader gives them on entering the group.
 */
export function ChoiceGroup({
  name,
  legend,
  description,
  optional,
  className,
  children,
}: ChoiceGroupProps) {
  const field = useField(name, Boolean(description));
  return (
    <fieldset
      aria-describedby={field.aria['aria-describedby']}
      className={cx('min-w-0 space-y-2', className)}
    >
      <legend className="text-sm font-medium text-slate-900">
        {legend}
        {optional && (
          <span className="font-normal text-slate-500"> (optional)</span>
        )}
      </legend>
      {description && (
        <FieldDescription id={field.descriptionId}>
          {description}
        </FieldDescription>
      )}
      {children({ 'aria-invalid': field.error ? true : undefined })}
      <FieldError id={field.errorId} message={field.error} />
    </fieldset>
  );
}

interface ChoiceBoxProps extends ChoiceAria {
  /** The list the box adds its value to. */
  name: string;
  value: string;
  label: ReactNode;
  /** A second line: a fingerprint, a subnet. */
  detail?: ReactNode;
}

const boxClass = cx(
  'mt-0.5 size-4 shrink-0 rounded border-slate-400 accent-brand-700',
  'aria-invalid:outline aria-invalid:outline-red-600',
);

/** One box of a list of ids; the detail describes it without naming it. */
export function ChoiceBox({
  name,
  value,
  label,
  detail,
  ...aria
}: ChoiceBoxProps) {
  const { register } = useFormContext();
  const id = useId();
  const detailId = `${id}-detail`;
  return (
    <div className="flex gap-3">
      <input
        type="checkbox"
        id={id}
        value={value}
        {...register(name)}
        {...aria}
        aria-describedby={detail ? detailId : undefined}
        className={boxClass}
      />
      <div className="min-w-0 text-sm">
        <label htmlFor={id} className="font-medium break-words text-slate-900">
          {label}
        </label>
        {detail && (
          <p
            id={detailId}
            className="font-mono text-xs break-all text-slate-600"
          >
            {detail}
          </p>
        )}
      </div>
    </div>
  );
}
