import type { Ref } from 'react';
import { cx } from '../../lib/class-names';
import { RequestId } from '../request-id';
import type { FormFailure } from './apply-api-error';

const alertClass = cx(
  'rounded-md border border-red-200 bg-red-50 p-3 text-sm text-red-900',
  'focus:outline-none focus-visible:outline-2',
);

/** Turns `instance_quota` into "Instance quota" for the alert's list. */
function humanize(field: string) {
  const words = field.replace(/[._]+/g, ' ').trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/**
 * The form-level part of a failed submit: what no input shows, and the
 * request id for support. It can take focus so that on a phone, with the
 * alert scrolled away, the user is brought to it.
 */
export function FormAlert({
  failure,
  className,
  ref,
}: {
  failure: FormFailure;
  className?: string;
  ref?: Ref<HTMLDivElement>;
}) {
  return (
    <div
      ref={ref}
      role="alert"
      tabIndex={-1}
      className={cx(alertClass, className)}
    >
      <p className="font-semibold">{failure.title}</p>
      <p className="mt-1">{failure.message}</p>
      {failure.unshown.length > 0 && (
        <ul className="mt-2 list-disc space-y-1 pl-5">
          {failure.unshown.map(({ field, message }) => (
            <li key={field}>
              <span className="font-medium">{humanize(field)}:</span> {message}
            </li>
          ))}
        </ul>
      )}
      {failure.requestId && (
        <RequestId id={failure.requestId} className="mt-2" />
      )}
    </div>
  );
}
