import { useEffect, useRef } from 'react';
import { NavLink, useLocation, type To } from 'react-router';
import { cx } from '../lib/class-names';

export interface RouteTab {
  to: To;
  label: string;
  /** Active only on its exact URL; true by default for the first tab. */
  end?: boolean;
}

const listClass = cx(
  'relative flex gap-1 overflow-x-auto border-b border-slate-200',
  '[scrollbar-width:thin]',
);

const tabClass =
  'shrink-0 border-b-2 px-3 py-2 text-sm font-medium whitespace-nowrap';
const activeClass = 'border-brand-700 text-brand-800';
const idleClass = 'border-transparent text-slate-600 hover:text-slate-900';

/**
 * A detail page's tabs, each its own URL, so a tab can be linked to and
 * back returns to it. Links rather than ARIA tabs: each one navigates.
 */
export function RouteTabs({
  label,
  tabs,
  className,
}: {
  /** Names the navigation: "Instance sections". */
  label: string;
  tabs: readonly RouteTab[];
  className?: string;
}) {
  const listRef = useRef<HTMLUListElement>(null);
  const { pathname } = useLocation();

  // On a phone the active tab may start out of view. Scrolling the list
  // itself (not scrollIntoView) leaves the page's own scroll alone.
  useEffect(() => {
    const list = listRef.current;
    const active = list?.querySelector<HTMLElement>('[aria-current="page"]');
    if (!list || !active) return;
    const start = active.offsetLeft;
    const end = start + active.offsetWidth;
    if (start < list.scrollLeft || end > list.scrollLeft + list.clientWidth) {
      list.scrollLeft = Math.max(start - 16, 0);
    }
  }, [pathname]);

  return (
    <nav aria-label={label} className={className}>
      <ul ref={listRef} className={listClass}>
        {tabs.map((tab, index) => (
          <li key={index} className="shrink-0">
            <NavLink
              to={tab.to}
              end={tab.end ?? index === 0}
              className={({ isActive }) =>
                cx(tabClass, isActive ? activeClass : idleClass)
              }
            >
              {tab.label}
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
