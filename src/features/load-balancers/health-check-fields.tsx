import { NumberField, TextField, useRecheck } from '../../components/form';
import {
  INTERVAL_MAX,
  INTERVAL_MIN,
  THRESHOLD_MAX,
  THRESHOLD_MIN,
} from '../../lib/validation/load-balancer';

/** Path (for http and https), interval, timeout and failure threshold. */
export function HealthCheckFields({ protocol }: { protocol: string }) {
  // The timeout must stay below the interval whichever one moves.
  useRecheck('health_check.interval', 'health_check.timeout');

  return (
    <fieldset className="min-w-0 space-y-4">
      <legend className="text-sm font-semibold text-slate-900">
        Health check
      </legend>
      {protocol === 'tcp' ? (
        <p className="text-sm text-slate-600">
          A TCP check only opens a connection to the backend port: there is no
          path.
        </p>
      ) : (
        <TextField
          name="health_check.path"
          label="Path"
          description="Asked for with GET; any 2xx or 3xx answer passes. Starts with /."
          autoComplete="off"
          autoCapitalize="none"
          spellCheck={false}
          mono
        />
      )}
      <div className="grid gap-4 sm:grid-cols-3">
        <NumberField
          name="health_check.interval"
          label="Interval"
          unit="s"
          description={`${INTERVAL_MIN}–${INTERVAL_MAX} s between checks.`}
        />
        <NumberField
          name="health_check.timeout"
          label="Timeout"
          unit="s"
          description="Below the interval."
        />
        <NumberField
          name="health_check.unhealthy_threshold"
          label="Unhealthy after"
          unit="failures"
          description={`${THRESHOLD_MIN}–${THRESHOLD_MAX} failed checks in a row.`}
        />
      </div>
    </fieldset>
  );
}
