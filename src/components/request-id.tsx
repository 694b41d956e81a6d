import { cx } from '../lib/class-names';
import { CopyButton } from './copy-button';

/** The request id of a failure, for support requests. */
export function RequestId({
  id,
  className,
}: {
  id: string;
  className?: string;
}) {
  return (
    <p className={cx('text-xs text-slate-600', className)}>
      Request ID <span className="font-mono">{id}</span>
      <CopyButton value={id} label="Copy request ID" className="ml-1" />
    </p>
  );
}
