import {
  createContext,
  useContext,
  useId,
  type ComponentProps,
  type ReactNode,
} from 'react';
import { Link, type To } from 'react-router';
import { useWriteAccess } from '../api/queries/account';
import { cx } from '../lib/class-names';
import { Button, buttonClass, type ButtonVariant } from './button';

/** What a gated control spreads onto itself. */
export interface GateProps {
  disabled: boolean;
  'aria-describedby': string | undefined;
}

interface WriteGateProps {
  /** Renders the controls; each spreads the props it is given. */
  children: (gate: GateProps) => ReactNode;
  className?: string;
}

const reasonClass = 'text-xs text-slate-600';

const QuietReasons = createContext(false);

/**
 * Inside it, gated controls keep their reason for screen readers but do
 * not print it: in a table, one note per row would crowd out the rows.
 * The page's own create button still shows it once.
 */
export function QuietWriteReasons({ children }: { children: ReactNode }) {
  return <QuietReasons.Provider value>{children}</QuietReasons.Provider>;
}

/**
 * Controls that write, disabled (and saying why, once) when the token is
 * read-only. Until the token's scopes are known they are disabled without
 * a reason, rather than offered and then refused.
 */
export function WriteGate({ children, className }: WriteGateProps) {
  const { canWrite, reason } = useWriteAccess();
  const quiet = useContext(QuietReasons);
  const reasonId = useId();
  const gate: GateProps = {
    disabled: !canWrite,
    'aria-describedby': reason ? reasonId : undefined,
  };

  return (
    <div className={cx('flex flex-col gap-1', className)}>
      {children(gate)}
      {reason && (
        <p id={reasonId} className={quiet ? 'sr-only' : reasonClass}>
          {reason}
        </p>
      )}
    </div>
  );
}

type GatedButtonProps = ComponentProps<typeof Button> & {
  /** Styles the wrapper that holds the button and its reason. */
  gateClassName?: string;
};

/** A button that writes: disabled with its reason for a read-only token. */
export function GatedButton({
  gateClassName,
  disabled,
  ...props
}: GatedButtonProps) {
  return (
    <WriteGate className={cx('items-start', gateClassName)}>
      {(gate) => (
        <Button
          {...props}
          disabled={gate.disabled || disabled}
          aria-describedby={gate['aria-describedby']}
        />
      )}
    </WriteGate>
  );
}

interface GatedLinkProps {
  to: To;
  children: ReactNode;
  variant?: ButtonVariant;
  size?: 'md' | 'sm';
  className?: string;
  gateClassName?: string;
}

/**
 * A link to a page that writes ("Create instance"). A read-only token
 * gets a disabled button and the reason instead: a link cannot be
 * disabled, and the page behind it would only refuse.
 */
export function GatedLink({
  to,
  children,
  variant = 'primary',
  size = 'md',
  className,
  gateClassName,
}: GatedLinkProps) {
  return (
    <WriteGate className={cx('items-start', gateClassName)}>
      {(gate) =>
        gate.disabled ? (
          <Button
            variant={variant}
            size={size}
            className={className}
            disabled
            aria-describedby={gate['aria-describedby']}
          >
            {children}
          </Button>
        ) : (
          <Link to={to} className={cx(buttonClass(variant, size), className)}>
            {children}
          </Link>
        )
      }
    </WriteGate>
  );
}
