import {
  notifyManager,
  useQueryClient,
  type QueryClient,
} from '@tanstack/react-query';
import { lazy, Suspense, useEffect, useRef, useState } from 'react';
import { Navigate, NavLink, Outlet, useNavigate } from 'react-router';
import { isDemo } from '../api/config';
import { clearRateLimit } from '../api/rate-limit';
import { signOut, useSession } from '../api/session';
import { Button } from '../components/button';
import { notify } from '../components/toast';
import { useResetDemo } from '../features/auth/reset-demo';
import { leaveWithoutAsking } from '../lib/leave-without-asking';
import { cx } from '../lib/class-names';
import { navigation } from './navigation';
import { RateLimitBanner, RateLimitMeter } from './rate-limit-status';

// Neither is needed for the first screen: they load when first shown.
const SignInDialog = lazy(() => import('../features/auth/sign-in-dialog'));
const Toaster = lazy(() =>
  import('sonner').then((module) => ({ default: module.Toaster })),
);

export function Shell() {
  const session = useSession();
  const [menuOpen, setMenuOpen] = useState(false);
  const menuButton = useRef<HTMLButtonElement>(null);

  // Escape closes the phone menu, as it would any disclosure, and leaves
  // focus on its button.
  useEffect(() => {
    if (!menuOpen) return;
    const close = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return;
      setMenuOpen(false);
      menuButton.current?.focus();
    };
    document.addEventListener('keydown', close);
    return () => document.removeEventListener('keydown', close);
  }, [menuOpen]);

  if (session.status === 'signed-out')
    return <Navigate to="/sign-in" replace />;

  return (
    <div className="min-h-dvh">
      <a
        href="#main"
        className="sr-only focus:not-sr-only focus:absolute focus:p-2"
      >
        Skip to content
      </a>
      <header className="border-b border-slate-200 bg-white">
        <div className="mx-auto flex h-14 max-w-7xl items-center gap-4 px-4">
          <NavLink to="/" className="font-semibold text-brand-800">
            Fugoku
          </NavLink>
          <div className="ml-auto hidden items-center gap-3 lg:flex">
            <RateLimitMeter />
            <AccountActions />
          </div>
          <button
            ref={menuButton}
            type="button"
            className="ml-auto rounded px-2 py-1 text-sm lg:hidden"
            aria-expanded={menuOpen}
            aria-controls="mobile-menu"
            onClick={() => setMenuOpen((open) => !open)}
          >
            Menu
          </button>
        </div>
        {menuOpen && (
          <div
            id="mobile-menu"
            className="space-y-2 border-t border-slate-200 px-4 py-3 lg:hidden"
          >
            <Navigation onNavigate={() => setMenuOpen(false)} />
            <div className="flex items-center justify-between gap-2">
              <RateLimitMeter />
              <AccountActions />
            </div>
          </div>
        )}
      </header>
      <RateLimitBanner />
      <div className="mx-auto flex max-w-7xl">
        <aside className="hidden w-52 shrink-0 px-3 py-6 lg:block">
          <Navigation />
        </aside>
        <main id="main" className="min-w-0 flex-1 px-4 py-6">
          <Outlet />
        </main>
      </div>
      {session.status === 'expired' && (
        <Suspense fallback={null}>
          <SignInDialog reason={session.reason} />
        </Suspense>
      )}
      <Suspense fallback={null}>
        <Toaster position="bottom-right" richColors closeButton />
      </Suspense>
    </div>
  );
}

function Navigation({
  className,
  onNavigate,
}: {
  className?: string;
  onNavigate?: () => void;
}) {
  return (
    <nav aria-label="Main" className={cx('flex flex-col gap-1', className)}>
      {navigation.map((item) => (
        <NavLink
          key={item.to}
          to={item.to}
          // The overview lives at "/", which every other page starts with.
          end={item.to === '/'}
          onClick={onNavigate}
          className={({ isActive }) =>
            cx(
              'rounded-md px-3 py-2 text-sm font-medium',
              isActive
                ? 'bg-brand-50 text-brand-800'
                : 'text-slate-700 hover:bg-slate-100',
            )
          }
        >
          {item.label}
        </NavLink>
      ))}
    </nav>
  );
}

function AccountActions() {
  const queryClient = useQueryClient();
  const navigate = useNavigate();

  function leave() {
    signOut();
    queryClient.clear();
    clearRateLimit();
    navigate('/sign-in', { replace: true });
  }

  const resetDemo = useResetDemo(async () => {
    // The budget is whole again: reads held back by a 429 go now.
    clearRateLimit();
    queryClient.getMutationCache().clear();
    // Every answer from before goes at once, on screen too (pages show their
    // loading state), without asking again for the page being left.
    for (const query of queryClient.getQueryCache().getAll()) query.reset();
    // The overview's loader asks afresh for all it shows (even when it is
    // already the page on screen); done once those answers are in.
    // A form being filled in is not asked about: the reset was.
    await navigate('/', { replace: true, state: leaveWithoutAsking });
    await answersShown(queryClient);
    notify.success('The demo is as it started: every change was undone.');
  });

  return (
    <div className="flex items-center gap-1">
      {isDemo && (
        <Button variant="ghost" size="sm" onClick={resetDemo.open}>
          Reset demo
        </Button>
      )}
      {resetDemo.dialog}
      <Button variant="ghost" size="sm" onClick={leave}>
        Sign out
      </Button>
    </div>
  );
}

/**
 * Resolves once no query of the cache is fetching and the pages reading
 * them have been told (React Query tells them on its next batch).
 */
function answersShown(queryClient: QueryClient) {
  return new Promise<void>((resolve) => {
    const check = () => {
      if (queryClient.isFetching() > 0) return;
      unsubscribe();
      notifyManager.schedule(resolve);
    };
    const unsubscribe = queryClient.getQueryCache().subscribe(check);
    check();
  });
}
