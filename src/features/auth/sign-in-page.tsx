import { Navigate, useNavigate, useSearchParams } from 'react-router';
import { isDemo } from '../../api/config';
import { getSignOutReason, useSession } from '../../api/session';
import { useState } from 'react';
import { useResetDemo } from './reset-demo';
import { SignInForm } from './sign-in-form';

/** Only paths inside the console are followed after signing in. */
function safeNext(next: string | null) {
  return next && next.startsWith('/') && !next.startsWith('//') ? next : '/';
}

export function SignInPage() {
  const session = useSession();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const next = safeNext(params.get('next'));
  // Held in memory only: a reload of the page no longer shows it.
  const reason = getSignOutReason();

  if (session.status === 'signed-in') return <Navigate to={next} replace />;

  return (
    <main className="mx-auto flex min-h-dvh max-w-md flex-col justify-center px-4 py-10">
      <h1 className="text-2xl font-semibold text-brand-800">
        Sign in to Fugoku
      </h1>
      <p className="mt-2 text-sm text-slate-600">
        Paste an API token. Create one under Account → API tokens, or with{' '}
        <code className="font-mono">fugoku auth token</code>. The token stays in
        this tab only and is forgotten when you sign out or close it.
      </p>
      {isDemo && (
        <p className="mt-2 rounded-md bg-brand-50 p-3 text-sm text-brand-800">
          This is the demo: a simulated cloud running in your browser. Use the
          demo token to look around; nothing here costs money. <ResetDemo />
        </p>
      )}
      {reason && (
        <p
          role="status"
          className="mt-4 rounded-md border border-amber-300 bg-amber-50 p-3 text-sm text-amber-950"
        >
          {reason}
        </p>
      )}
      <div className="mt-6 rounded-lg border border-slate-200 bg-white p-5">
        <SignInForm
          onSignedIn={() => navigate(next, { replace: true })}
          demoTokenRefused="Reset demo, above, restores it (and puts back everything else as the demo started)."
        />
      </div>
    </main>
  );
}

/**
 * A way back for a demo user who revoked the demo token or deleted what
 * they wanted to look at: the mock account as it started.
 */
function ResetDemo() {
  const [done, setDone] = useState(false);
  const reset = useResetDemo(() => setDone(true));
  return (
    <>
      {done ? (
        <span role="status">The demo is as it started.</span>
      ) : (
        <button
          type="button"
          className="font-medium underline"
          onClick={reset.open}
        >
          Reset demo
        </button>
      )}
      {reset.dialog}
    </>
  );
}

export { SignInPage as Component };
