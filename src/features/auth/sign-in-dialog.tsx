import * as Dialog from '@radix-ui/react-dialog';
import { useQueryClient } from '@tanstack/react-query';
import { useNavigate } from 'react-router';
import { signOut } from '../../api/session';
import { Button } from '../../components/button';
import { SignInForm } from './sign-in-form';

/** Ends a message from the API with a full stop, if it has none. */
function sentence(text: string) {
  return /[.!?]$/.test(text.trim()) ? text.trim() : `${text.trim()}.`;
}

/**
 * Opens over the current page when the API rejects the token. The page
 * underneath stays mounted, so whatever was typed is still there after
 * signing in again.
 */
export default function SignInDialog({ reason }: { reason: string | null }) {
  const queryClient = useQueryClient();
  const navigate = useNavigate();

  function leave() {
    signOut();
    queryClient.clear();
    navigate('/sign-in', { replace: true });
  }

  return (
    <Dialog.Root open>
      <Dialog.Portal>
        <Dialog.Overlay className="fixed inset-0 bg-slate-900/50" />
        <Dialog.Content
          onEscapeKeyDown={(event) => event.preventDefault()}
          onInteractOutside={(event) => event.preventDefault()}
          className="fixed top-1/2 left-1/2 w-[min(28rem,calc(100vw-2rem))] -translate-x-1/2 -translate-y-1/2 rounded-lg bg-white p-5 shadow-xl"
        >
          <Dialog.Title className="text-lg font-semibold">
            Sign in again
          </Dialog.Title>
          <Dialog.Description className="mt-1 text-sm text-slate-600">
            {sentence(reason ?? 'The API no longer accepts your token')} Your
            work on this page is kept; sign in to carry on.
          </Dialog.Description>
          <div className="mt-4">
            <SignInForm
              onSignedIn={() => undefined}
              demoTokenRefused="Sign out instead: Reset demo, on the sign-in page, restores it."
            />
          </div>
          <Button variant="ghost" size="sm" className="mt-3" onClick={leave}>
            Sign out instead
          </Button>
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}
