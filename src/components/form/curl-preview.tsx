import { apiBaseUrl, isDemo } from '../../api/config';
import { cx } from '../../lib/class-names';
import {
  curlCommand,
  defaultApiUrl,
  mockServerUrl,
  type CurlRequest,
} from '../../lib/curl';
import { CopyButton } from '../copy-button';

interface CurlPreviewProps extends CurlRequest {
  /** Open at first; closed by default so that it stays out of the way. */
  defaultOpen?: boolean;
  className?: string;
}

const summaryClass = cx(
  'cursor-pointer select-none px-3 py-2 text-sm font-medium text-slate-800',
  'hover:bg-slate-100',
);

const codeClass = cx(
  'overflow-x-auto rounded bg-slate-900 p-3',
  'text-xs leading-relaxed text-slate-100',
);

/** The request the form will send, as a curl command to copy into a script. */
export function CurlPreview({
  defaultOpen = false,
  className,
  ...request
}: CurlPreviewProps) {
  const command = curlCommand(request);

  return (
    <details
      open={defaultOpen}
      className={cx('rounded-md border border-slate-200 bg-white', className)}
    >
      <summary className={summaryClass}>Equivalent API request</summary>
      <div className="space-y-2 border-t border-slate-200 p-3">
        <div className="flex items-start justify-between gap-2">
          <VariablesHint />
          <CopyButton value={command} label="Copy curl command" />
        </div>
        <pre className={codeClass}>
          <code>{command}</code>
        </pre>
      </div>
    </details>
  );
}

/**
 * What to set the command's variables to. A live build names the API it
 * talks to; the demo's mock answers the page alone, so the demo says how to
 * reach the same mock over HTTP, and the live API for a real account.
 */
function VariablesHint() {
  if (!isDemo) {
    return (
      <p className="text-xs text-slate-600">
        First set <code>FUGOKU_API_TOKEN</code> to a token of yours, and
        <code> FUGOKU_API_URL</code> to <code>{apiBaseUrl}</code>.
      </p>
    );
  }
  return (
    <p className="text-xs text-slate-600">
      This demo runs on a mock cloud inside the browser, which curl cannot
      reach. To run the command on the mock, serve it over HTTP with{' '}
      <code>npm run mock:server</code> (from the console’s source; it starts
      from the seeded account), then set <code>FUGOKU_API_URL</code> to{' '}
      <code>{mockServerUrl}</code> and <code>FUGOKU_API_TOKEN</code> to the demo
      token. For your own account: <code>{defaultApiUrl}</code> and a token of
      yours.
    </p>
  );
}
