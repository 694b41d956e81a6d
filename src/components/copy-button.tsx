import { useEffect, useState } from 'react';
import { cx } from '../lib/class-names';

interface CopyButtonProps {
  value: string;
  /** What is copied, for screen readers: "Copy instance ID". */
  label: string;
  className?: string;
  /** Called after each copy that worked. */
  onCopied?: () => void;
}

/** Copies a value to the clipboard and says so for a moment. */
export function CopyButton({
  value,
  label,
  className,
  onCopied,
}: CopyButtonProps) {
  const [state, setState] = useState<'idle' | 'copied' | 'failed'>('idle');

  useEffect(() => {
    if (state === 'idle') return;
    const timer = setTimeout(() => setState('idle'), 2000);
    return () => clearTimeout(timer);
  }, [state]);

  async function copy() {
    try {
      await navigator.clipboard.writeText(value);
      setState('copied');
      onCopied?.();
    } catch {
      setState('failed');
    }
  }

  return (
    <button
      type="button"
      onClick={copy}
      aria-label={label}
      className={cx(
        'inline-flex h-7 min-w-7 items-center justify-center rounded px-1.5',
        'text-xs text-slate-600 hover:bg-slate-200 hover:text-slate-900',
        className,
      )}
    >
      {state === 'idle' && <CopyIcon />}
      {state === 'copied' && 'Copied'}
      {state === 'failed' && 'Copy failed'}
      <span role="status" className="sr-only">
        {state === 'copied' ? 'Copied to the clipboard' : ''}
      </span>
    </button>
  );
}

function CopyIcon() {
  return (
    <svg
      aria-hidden="true"
      viewBox="0 0 16 16"
      className="size-3.5"
      fill="none"
      stroke="currentColor"
      strokeWidth="1.5"
    >
      <rect x="5" y="5" width="9" height="9" rx="1.5" />
      <path d="M11 5V3.5A1.5 1.5 0 0 0 9.5 2h-6A1.5 1.5 0 0 0 2 3.5v6A1.5 1.5 0 0 0 3.5 11H5" />
    </svg>
  );
}

/** A value in monospace with a copy button beside it: ids, addresses. */
export function Copyable({ value, label }: { value: string; label: string }) {
  return (
    <span className="inline-flex items-center gap-1">
      <span className="font-mono text-sm break-all">{value}</span>
      <CopyButton value={value} label={label} />
    </span>
  );
}
