import { hashKey, useQueryClient } from '@tanstack/react-query';
import { useId, useState, type FormEvent } from 'react';
import { api, unwrap } from '../../api/client';
import { isApiError, type ApiError } from '../../api/errors';
import { currentTokenQuery } from '../../api/queries/account';
import { getToken, signIn } from '../../api/session';
import { Button } from '../../components/button';
import { RequestId } from '../../components/request-id';
import { mockControls } from '../../lib/demo';

interface SignInFormProps {
  onSignedIn: () => void;
  /** In the demo, how to get a revoked demo token back, from here. */
  demoTokenRefused?: string;
}

function describeFailure(error: ApiError) {
  if (error.status === 401) {
    return 'That token was not accepted. Check that it was copied whole and has not been revoked.';
  }
  return error.message;
}

const demoTokenRevoked =
  'The demo token was not accepted: it has been revoked in this demo.';

/**
 * Checks a token against the API before keeping it, so that a mistyped one
 * is caught here rather than on the next page.
 */
export function SignInForm({ onSignedIn, demoTokenRefused }: SignInFormProps) {
  const queryClient = useQueryClient();
  const demoToken = mockControls()?.demoToken;
  const inputId = useId();
  const errorId = useId();
  const [token, setToken] = useState('');
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [refused, setRefused] = useState<string | null>(null);

  async function verify(candidate: string) {
    if (pending) return;
    if (!candidate.trim()) {
      setError(new Error('Enter an API token.'));
      return;
    }
    setPending(true);
    setError(null);
    try {
      const current = await unwrap(
        api.GET('/account/tokens/current', {
          headers: { Authorization: `Bearer ${candidate.trim()}` },
        }),
      );
      const sameToken = getToken() === candidate.trim();
      signIn(candidate.trim());
      queryClient.setQueryData(currentTokenQuery.queryKey, current);
      // What failed while signed out fetches again; a new token may see a
      // different account, so then everything does. The token itself was
      // just read, and is not asked for twice.
      const tokenHash = hashKey(currentTokenQuery.queryKey);
      void queryClient.invalidateQueries({
        predicate: (query) =>
          query.queryHash !== tokenHash &&
          (!sameToken || query.state.status === 'error'),
      });
      onSignedIn();
    } catch (failure) {
      setError(failure);
      setRefused(candidate.trim());
    } finally {
      setPending(false);
    }
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    void verify(token);
  }

  let message: string | null = null;
  const demoRefused =
    isApiError(error) &&
    error.status === 401 &&
    Boolean(demoToken) &&
    refused === demoToken;
  if (demoRefused) {
    message = [demoTokenRevoked, demoTokenRefused].filter(Boolean).join(' ');
  } else if (isApiError(error)) message = describeFailure(error);
  else if (error instanceof Error) message = error.message;

  return (
    <form onSubmit={submit} noValidate className="space-y-4">
      <div>
        <label htmlFor={inputId} className="block text-sm font-medium">
          API token
        </label>
        <input
          id={inputId}
          type="password"
          autoComplete="off"
          spellCheck={false}
          value={token}
          onChange={(event) => setToken(event.target.value)}
          aria-invalid={message ? true : undefined}
          aria-describedby={message ? errorId : undefined}
          className="mt-1 block w-full rounded-md border border-slate-300 px-3 py-2 font-mono text-sm aria-invalid:border-red-600"
        />
        {message && (
          <p id={errorId} className="mt-1 text-sm text-red-700">
            {message}
          </p>
        )}
        {isApiError(error) && error.requestId && (
          <RequestId id={error.requestId} className="mt-1" />
        )}
      </div>
      <div className="flex flex-wrap gap-2">
        <Button type="submit" disabled={pending}>
          {pending ? 'Signing in…' : 'Sign in'}
        </Button>
        {demoToken && (
          <Button
            variant="secondary"
            disabled={pending}
            onClick={() => {
              setToken(demoToken);
              void verify(demoToken);
            }}
          >
            Use the demo token
          </Button>
        )}
      </div>
    </form>
  );
}
